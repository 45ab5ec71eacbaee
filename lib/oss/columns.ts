/**
 * The columns of the OSS-RBA "Data Proyek" download (reference §9), by their OSS header names, plus three optional
 * Lentera columns an office may add: mata_uang and kurs (when the amounts are not in rupiah, e.g. a PMA in US$) and
 * nomor_registrasi (the Lentera application the project is, when the NIB alone does not tell). OSS changes its
 * export between releases: every column but the seven required ones may be missing, and the preview names each
 * missing one ("kolom bangunan_gedung tidak ada"). Pure.
 */
import type { ImportColumn } from "../spreadsheet/columns";

const text = (key: string, id: string, en: string, extra: Partial<ImportColumn> = {}): ImportColumn => ({
  key,
  kind: "text",
  description: { id, en },
  ...extra,
});
const amount = (key: string, id: string, en: string): ImportColumn => ({
  key,
  kind: "number",
  description: { id: `${id} (rupiah, atau mata_uang bila ada).`, en: `${en} (rupiah, or mata_uang when given).` },
  example: "250.000.000",
});

export const OSS_COLUMNS: readonly ImportColumn[] = [
  text("id_proyek", "ID proyek OSS: kunci; impor ulang memperbarui proyek yang sama.", "OSS project id (the key).", {
    required: true,
    example: "R-202401150001",
  }),
  text("nib", "Nomor Induk Berusaha (13 digit); satu NIB bisa punya beberapa proyek.", "Business id (13 digits).", {
    required: true,
    example: "9120001234567",
  }),
  text("npwp_perusahaan", "NPWP perusahaan.", "Company tax number."),
  text("nama_perusahaan", "Nama perusahaan.", "Company name.", { required: true }),
  {
    key: "tanggal_terbit_oss",
    kind: "date",
    required: true,
    description: {
      id: "Tanggal terbit di OSS: hari proyek dihitung dalam analisis investasi.",
      en: "Issue date in OSS: the day the project counts in the investment analytics.",
    },
    example: "15/01/2024",
  },
  {
    key: "day_of_tanggal_pengajuan_proyek",
    kind: "date",
    description: { id: "Tanggal pengajuan proyek.", en: "Project submission date." },
  },
  text(
    "uraian_status_penanaman_modal",
    "PMA atau PMDN (juga: Penanaman Modal Asing / Dalam Negeri).",
    "PMA (foreign) or PMDN (domestic).",
    { required: true, values: ["PMA", "PMDN"] },
  ),
  text("uraian_jenis_perusahaan", "Jenis perusahaan (PT, CV, perorangan, …).", "Company kind."),
  text("uraian_risiko_proyek", "Tingkat risiko proyek, disimpan apa adanya.", "Risk level, kept as given.", {
    values: ["Rendah", "Menengah Rendah", "Menengah Tinggi", "Tinggi"],
  }),
  text(
    "uraian_skala_usaha",
    "Skala usaha menurut OSS, disimpan apa adanya dan dibandingkan dengan skala yang dihitung Lentera.",
    "OSS business scale, kept and compared with Lentera's.",
    { values: ["Usaha Mikro", "Usaha Kecil", "Usaha Menengah", "Usaha Besar"] },
  ),
  text("kab_kota_usaha", "Kabupaten/kota lokasi usaha.", "Regency/city of the business."),
  text("kecamatan_usaha", "Kecamatan (dicocokkan dengan nama).", "Kecamatan (matched by name).", {
    valuesFrom: "kecamatan",
  }),
  text("kelurahan_usaha", "Kelurahan (dicocokkan dengan nama).", "Kelurahan (matched by name).", {
    valuesFrom: "kelurahan",
  }),
  text("latitude", "Lintang lokasi.", "Latitude."),
  text("longitude", "Bujur lokasi.", "Longitude."),
  text("kbli", "Kode KBLI 2020 (5 digit).", "KBLI 2020 code.", { required: true, example: "10710" }),
  text("judul_kbli", "Judul KBLI.", "KBLI title."),
  text("kl_sektor_pembina", "Kementerian/lembaga pembina sektor.", "Supervising ministry."),
  text("luas_tanah", "Luas tanah, disimpan apa adanya.", "Land area, kept as given."),
  { ...amount("jumlah_investasi", "Jumlah investasi", "Total investment"), required: true },
  amount("mesin_peralatan", "Mesin dan peralatan", "Machinery and equipment"),
  amount("mesin_peralatan_impor", "Mesin dan peralatan impor", "Imported machinery"),
  amount("pembelian_pematangan_tanah", "Pembelian dan pematangan tanah", "Land purchase and preparation"),
  amount("bangunan_gedung", "Bangunan/gedung", "Buildings"),
  amount("modal_kerja", "Modal kerja", "Working capital"),
  amount("lain_lain", "Lain-lain", "Other"),
  { key: "tki", kind: "number", description: { id: "Tenaga kerja Indonesia.", en: "Indonesian workers." } },
  text("mata_uang", "Kolom Lentera (opsional): kode mata uang nilai-nilai di baris ini; kosong = IDR.", "Currency.", {
    example: "USD",
  }),
  { key: "kurs", kind: "number", description: { id: "Kolom Lentera (opsional): rupiah per 1 satuan.", en: "Rate." } },
  text(
    "nomor_registrasi",
    "Kolom Lentera (opsional): nomor registrasi permohonan di Lentera yang sama dengan proyek ini.",
    "Lentera registration number of the same project.",
  ),
];

/** The columns seen in OSS downloads (reference §9): named in the preview when a file lacks them. */
export const OSS_EXPECTED_HEADERS = OSS_COLUMNS.map((column) => column.key).filter(
  (key) => !["mata_uang", "kurs", "nomor_registrasi"].includes(key),
);
