/**
 * The import templates one can download (issue 17): which columns each has, who may download it and what the
 * explanation sheet says first. Pure; lib/imports/templates.ts builds the files.
 */
import type { Capability } from "../auth/roles";
import type { ImportColumn } from "../spreadsheet/columns";
import { APPLICATION_IMPORT_COLUMNS } from "../applications/import-columns";
import { RESPONSE_IMPORT_COLUMNS } from "../skm/import-csv";
import { REALISATION_IMPORT_COLUMNS } from "../investment/realisation-columns";
import { HOLIDAY_IMPORT_COLUMNS } from "../calendar/holiday-columns";
import { OSS_COLUMNS } from "../oss/columns";
import { KBLI_TABLE_COLUMNS } from "../investment/kbli-table";

export const IMPORT_TEMPLATE_KINDS = [
  "applications",
  "responses",
  "realisations",
  "holidays",
  "oss-projects",
  "kbli",
] as const;
export type ImportTemplateKind = (typeof IMPORT_TEMPLATE_KINDS)[number];

export type ImportTemplateSpec = {
  title: string;
  fileName: string;
  capability: Capability;
  columns: readonly ImportColumn[];
  notes: readonly string[];
};

const COMMON_NOTES = [
  "Isi lembar Data mulai baris 2; baris judul jangan diubah. Angka boleh ditulis 1.250.000,50 atau 1250000.50; tanggal 17/08/2026 atau 2026-08-17.",
  "Fill in the Data sheet from row 2; keep the header row. Numbers as 1.250.000,50 or 1250000.50; dates as 17/08/2026 or 2026-08-17.",
];

export const IMPORT_TEMPLATES: Record<ImportTemplateKind, ImportTemplateSpec> = {
  applications: {
    title: "Impor permohonan izin / Permit applications import",
    fileName: "template-impor-permohonan.xlsx",
    capability: "importData",
    columns: APPLICATION_IMPORT_COLUMNS,
    notes: [
      ...COMMON_NOTES,
      "Kolom investasi hanya untuk izin usaha: semua kosong atau semua terisi (kecuali landValue dan buildingValue).",
    ],
  },
  responses: {
    title: "Impor respons SKM / Survey responses import",
    fileName: "template-impor-respons-skm.xlsx",
    capability: "importData",
    columns: RESPONSE_IMPORT_COLUMNS,
    notes: [...COMMON_NOTES, "SKM-2017 memakai U1–U9; IKM-2004 memakai U1–U14. Satu baris per responden."],
  },
  realisations: {
    title: "Impor laporan LKPM / LKPM realisation import",
    fileName: "template-impor-lkpm.xlsx",
    capability: "reportInvestmentRealisation",
    columns: REALISATION_IMPORT_COLUMNS,
    notes: [...COMMON_NOTES, "Satu baris per proyek dan periode; laporan yang dikirim ulang menggantikan yang lama."],
  },
  holidays: {
    title: "Impor hari libur / Holiday list import",
    fileName: "template-impor-hari-libur.xlsx",
    capability: "manageReferenceData",
    columns: HOLIDAY_IMPORT_COLUMNS,
    notes: [...COMMON_NOTES, "Satu baris per hari; berkas menggantikan seluruh daftar tahun yang dipilih."],
  },
  "oss-projects": {
    title: "Impor Data Proyek OSS-RBA / OSS-RBA project data import",
    fileName: "template-impor-data-proyek-oss.xlsx",
    capability: "importOssProjects",
    columns: OSS_COLUMNS,
    notes: [
      ...COMMON_NOTES,
      "Biasanya berkas diunduh langsung dari OSS dan diunggah apa adanya; template ini untuk menyusun data sendiri. mata_uang, kurs dan nomor_registrasi adalah kolom tambahan Lentera (opsional).",
    ],
  },
  kbli: {
    title: "Impor tabel KBLI resmi / Official KBLI table import",
    fileName: "template-impor-tabel-kbli.xlsx",
    capability: "manageReferenceData",
    columns: KBLI_TABLE_COLUMNS,
    notes: [
      "Isi dengan seluruh tabel KBLI dari BPS (Peraturan BPS No. 2 Tahun 2020) atau OSS: kolom kode dan judul. Baris kategori, golongan pokok, golongan dan subgolongan boleh ikut; hanya kode kelompok 5 digit yang disimpan.",
      "Fill in the whole KBLI table from BPS or OSS: code and title. Higher levels may be included; only 5-digit kelompok are kept.",
      "Format kolom kode sebagai Teks agar nol di depan (01111) tidak hilang. Berkas menggantikan seluruh tabel versi yang dipilih.",
    ],
  },
};

export function isImportTemplateKind(value: string): value is ImportTemplateKind {
  return (IMPORT_TEMPLATE_KINDS as readonly string[]).includes(value);
}
