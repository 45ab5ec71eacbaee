/**
 * The columns of the applications import file (CSV or .xlsx), declared once: how each is read, what it means and,
 * for coded columns, its allowed values. Used to map a file's headers, to read its cells (Indonesian numbers and
 * dates, typed Excel cells) and to build the downloadable template. Pure.
 */
import { declareColumns, type ColumnDeclaration, type ImportColumn } from "../spreadsheet/columns";
import { INVESTMENT_ORIGINS } from "../investment/derive";
import { KBLI_VERSIONS } from "../investment/kbli";
import { APPLICANT_KINDS, STATUSES } from "./constants";
import { CANONICAL_COLUMNS, REQUIRED_COLUMNS, type CanonicalColumn } from "./import-rows";

const stage = (id: string, en: string): ColumnDeclaration => ({
  kind: "timestamp",
  description: { id: `Mulai tahap ${id} (WIB).`, en: `Start of the ${en} stage (WIB).` },
  example: "17/03/2026 10:00",
});

const DECLARATIONS: Record<CanonicalColumn, ColumnDeclaration> = {
  registrationNo: {
    kind: "text",
    description: {
      id: "Nomor registrasi unik, 3–60 karakter (huruf, angka, . _ - dan / di antara bagian).",
      en: "Unique registration number, 3–60 characters.",
    },
    example: "503/0123/419.47/2026",
  },
  licenseType: {
    kind: "text",
    valuesFrom: "licenseTypes",
    description: { id: "Kode jenis izin seperti di menu Layanan.", en: "Licence type code as under Services." },
    example: "PBG",
  },
  applicantName: {
    kind: "text",
    description: { id: "Nama pemohon (orang atau badan usaha); boleh kosong.", en: "Applicant name; may be empty." },
    example: "Budi Santoso",
  },
  applicantKind: {
    kind: "text",
    values: APPLICANT_KINDS,
    description: {
      id: "individual atau business (juga: perorangan, badan usaha).",
      en: "individual or business.",
    },
  },
  kecamatan: {
    kind: "text",
    valuesFrom: "kecamatan",
    description: { id: "Nama atau kode kecamatan.", en: "Kecamatan name or code." },
    example: "Kota",
  },
  kelurahan: {
    kind: "text",
    valuesFrom: "kelurahan",
    description: {
      id: "Nama atau kode kelurahan, harus berada di kecamatan tersebut.",
      en: "Kelurahan name or code, within the kecamatan.",
    },
    example: "Setonopande",
  },
  submittedAt: {
    kind: "timestamp",
    description: { id: "Waktu berkas diajukan (WIB).", en: "When the file was handed in (WIB)." },
    example: "16/03/2026 09:00",
  },
  completedAt: {
    kind: "timestamp",
    description: {
      id: "Waktu permohonan selesai (terbit, ditolak, dicabut); kosong untuk berkas yang masih diproses.",
      en: "When the application finished; empty for open files.",
    },
    example: "26/03/2026 14:00",
  },
  status: {
    kind: "text",
    values: STATUSES,
    description: {
      id: "in_process, returned, issued, rejected atau withdrawn (juga: diproses, dikembalikan, terbit, ditolak, dicabut).",
      en: "Application status.",
    },
  },
  feeCharged: {
    kind: "number",
    description: {
      id: "Biaya yang dipungut, rupiah bulat 0–1.000.000.000; boleh kosong.",
      en: "Fee charged, whole rupiah; may be empty.",
    },
    example: "350.000",
  },
  counter: {
    kind: "text",
    valuesFrom: "counters",
    description: { id: "Kode loket; boleh kosong.", en: "Counter code; may be empty." },
    example: "L1",
  },
  fileCompleteAt: {
    kind: "timestamp",
    description: {
      id: "Waktu berkas lengkap dan benar: jam SLA mulai di sini (bawaan: submittedAt).",
      en: "When the file was complete: the SLA clock starts here (default: submittedAt).",
    },
  },
  verifikasiAt: stage("verifikasi", "verification"),
  tinjauanLapanganAt: stage("tinjauan lapangan", "field visit"),
  rekomendasiTeknisAt: stage("rekomendasi teknis", "technical recommendation"),
  penetapanAt: stage("penetapan", "decree"),
  penyerahanAt: stage("penyerahan", "hand-over"),
  returnedAt: {
    kind: "timestamp",
    description: { id: "Berkas dikembalikan ke pemohon (jam berhenti).", en: "File returned to the applicant." },
  },
  resumedAt: {
    kind: "timestamp",
    description: { id: "Berkas kembali dari pemohon.", en: "File came back from the applicant." },
  },
  outcomeReason: {
    kind: "text",
    description: { id: "Alasan penolakan atau pencabutan.", en: "Reason of a rejection or withdrawal." },
  },
  nib: {
    kind: "text",
    description: {
      id: "NIB pemohon badan usaha (13 digit); menghubungkan proyek OSS dengan permohonan ini.",
      en: "NIB of a business applicant (13 digits); links OSS projects to this application.",
    },
    example: "9120001234567",
  },
  investmentValue: {
    kind: "number",
    description: {
      id: "Izin usaha: rencana nilai investasi dalam mata uang aslinya.",
      en: "Business licences: planned investment in its original currency.",
    },
    example: "1.250.000.000",
  },
  investmentCurrency: {
    kind: "text",
    description: { id: "Kode mata uang ISO 4217 (IDR, USD, …); PMDN harus IDR.", en: "ISO 4217 currency code." },
    example: "IDR",
  },
  exchangeRate: {
    kind: "number",
    description: { id: "Kurs rupiah per 1 satuan, wajib bila bukan IDR.", en: "Rupiah per unit, for non-IDR." },
    example: "16.325,75",
  },
  workersLocal: {
    kind: "number",
    description: { id: "Rencana tenaga kerja Indonesia.", en: "Planned Indonesian workers." },
    example: "12",
  },
  workersForeign: {
    kind: "number",
    description: { id: "Rencana tenaga kerja asing.", en: "Planned foreign workers." },
    example: "0",
  },
  kbli: {
    kind: "text",
    description: { id: "Kode KBLI (2–5 digit).", en: "KBLI code (2–5 digits)." },
    example: "10710",
  },
  kbliVersion: {
    kind: "text",
    values: KBLI_VERSIONS,
    description: { id: "Versi KBLI: 2020 atau 2025.", en: "KBLI version." },
  },
  origin: {
    kind: "text",
    values: INVESTMENT_ORIGINS,
    description: { id: "PMA atau PMDN.", en: "PMA (foreign) or PMDN (domestic)." },
  },
  landValue: {
    kind: "number",
    description: {
      id: "Pembelian dan pematangan tanah (bagian dari nilai investasi, mata uang yang sama).",
      en: "Land purchase and preparation (part of the investment).",
    },
  },
  buildingValue: {
    kind: "number",
    description: {
      id: "Bangunan/gedung (bagian dari nilai investasi, mata uang yang sama).",
      en: "Buildings (part of the investment).",
    },
  },
};

/** Every column of the applications import, in file order (the template's order). */

export const APPLICATION_IMPORT_COLUMNS: readonly ImportColumn[] = declareColumns(
  CANONICAL_COLUMNS,
  REQUIRED_COLUMNS,
  DECLARATIONS,
);
