/**
 * Lentera's open data (issue 17): the published figures as tidy tables in the shape regional Satu Data portals use
 * (CKAN): every row has kode_wilayah, nama_wilayah, tahun, periode, satuan and nilai, plus its dimension columns and
 * jumlah_data (the count the figure rests on). Each dataset is declared once here — metadata, row schema (zod, also
 * served as JSON Schema), and the builder that turns one period's published figures into rows — and rows whose
 * jumlah_data is under the minimum n are left out (counted as suppressed). Pure: no database, no clock.
 */
import { z } from "zod";

export const OPEN_DATA_DATASET_IDS = ["ikm", "ikm-unsur", "ketepatan-waktu", "pengaduan", "investasi"] as const;
export type OpenDataDatasetId = (typeof OPEN_DATA_DATASET_IDS)[number];

export const OPEN_DATA_LICENCE = {
  id: "CC-BY-4.0",
  title: "Creative Commons Atribusi 4.0 Internasional",
  url: "https://creativecommons.org/licenses/by/4.0/deed.id",
} as const;

const ZBaseRow = {
  kode_wilayah: z.string().regex(/^\d{2}\.\d{2}(\.\d{2})?$/),
  nama_wilayah: z.string().min(1),
  tahun: z.number().int().min(2000).max(2100),
  periode: z.string().regex(/^(tahunan|S[12]|Q[1-4]|0[1-9]|1[0-2])$/),
  periode_mulai: z.iso.date(),
  periode_akhir: z.iso.date(),
  satuan: z.string().min(1),
  nilai: z.number(),
  jumlah_data: z.number().int().nonnegative(),
};

const ROWS = {
  ikm: z.strictObject({ ...ZBaseRow, kuesioner: z.string(), mutu_pelayanan: z.enum(["A", "B", "C", "D"]).nullable() }),
  "ikm-unsur": z.strictObject({ ...ZBaseRow, kuesioner: z.string(), kode_unsur: z.string(), nama_unsur: z.string() }),
  "ketepatan-waktu": z.strictObject({ ...ZBaseRow, kode_jenis_izin: z.string(), nama_jenis_izin: z.string() }),
  pengaduan: z.strictObject({
    ...ZBaseRow,
    indikator: z.enum([
      "pengaduan_diterima",
      "pengaduan_selesai",
      "persen_selesai_tepat_waktu",
      "median_hari_kerja_penyelesaian",
    ]),
  }),
  investasi: z.strictObject({
    ...ZBaseRow,
    dimensi: z.enum(["sektor", "kecamatan", "status_modal"]),
    kode_kategori: z.string(),
    nama_kategori: z.string(),
    tenaga_kerja: z.number().int().nonnegative(),
  }),
} as const satisfies Record<OpenDataDatasetId, z.ZodObject>;

export type OpenDataRow<I extends OpenDataDatasetId = OpenDataDatasetId> = z.infer<(typeof ROWS)[I]>;

type Text = { id: string; en: string };
export type OpenDataDatasetDefinition = {
  title: Text;
  description: Text;
  unit: Text;
  frequency: Text;
};

const PER_PERIOD: Text = {
  id: "Per periode yang diterbitkan (bulan, triwulan, semester atau tahun)",
  en: "Per published period (month, quarter, semester or year)",
};

export const OPEN_DATA_DATASETS: Record<OpenDataDatasetId, OpenDataDatasetDefinition> = {
  ikm: {
    title: { id: "Indeks Kepuasan Masyarakat (IKM) per periode", en: "Community Satisfaction Index (IKM) per period" },
    description: {
      id: "IKM pelayanan perizinan (PermenPANRB 14/2017; 25–100) dan mutu pelayanan, dari laporan SKM yang diterbitkan.",
      en: "Satisfaction index of the licensing service (25–100) and its grade, from the published SKM reports.",
    },
    unit: { id: "indeks (25–100)", en: "index (25–100)" },
    frequency: PER_PERIOD,
  },
  "ikm-unsur": {
    title: { id: "Nilai rata-rata per unsur pelayanan (SKM)", en: "Average score per service element (SKM)" },
    description: {
      id: "Nilai rata-rata jawaban (1–4) tiap unsur SKM per periode, dari laporan SKM yang diterbitkan.",
      en: "Average answer (1–4) per SKM element and period, from the published SKM reports.",
    },
    unit: { id: "nilai rata-rata (1–4)", en: "average score (1–4)" },
    frequency: PER_PERIOD,
  },
  "ketepatan-waktu": {
    title: { id: "Izin selesai tepat waktu per jenis izin", en: "Permits finished on time per licence type" },
    description: {
      id: "Persentase permohonan yang diselesaikan dalam SLA hari kerja (dikurangi penghentian jam), per jenis izin.",
      en: "Share of applications finished within their working-day SLA (net of stop-clock), per licence type.",
    },
    unit: { id: "persen", en: "percent" },
    frequency: PER_PERIOD,
  },
  pengaduan: {
    title: { id: "Penanganan pengaduan", en: "Complaint handling" },
    description: {
      id: "Pengaduan diterima dan diselesaikan, persentase selesai dalam tenggat, dan median hari kerja penyelesaian.",
      en: "Complaints received and resolved, share resolved within the deadline, median working days to resolution.",
    },
    unit: { id: "lihat kolom satuan", en: "see the satuan column" },
    frequency: PER_PERIOD,
  },
  investasi: {
    title: { id: "Rencana investasi per sektor, kecamatan dan status modal", en: "Planned investment by breakdown" },
    description: {
      id: "Nilai rencana investasi (rupiah) izin usaha dan proyek OSS-RBA yang terbit, per sektor BKPM, kecamatan dan PMA/PMDN; tiap proyek dihitung sekali.",
      en: "Planned investment (rupiah) of issued business licences and OSS-RBA projects by BKPM sector, kecamatan and PMA/PMDN; each project once.",
    },
    unit: { id: "rupiah", en: "rupiah" },
    frequency: PER_PERIOD,
  },
};

/** The metadata block of a dataset document. */
export const ZOpenDataMetadata = z.strictObject({
  id: z.enum(OPEN_DATA_DATASET_IDS),
  judul: z.string(),
  title: z.string(),
  deskripsi: z.string(),
  description: z.string(),
  sumber: z.string(),
  satuan: z.string(),
  frekuensi: z.string(),
  terakhir_diperbarui: z.iso.datetime().nullable(),
  lisensi: z.strictObject({ id: z.string(), title: z.string(), url: z.url() }),
  minimum_n: z.number().int().positive(),
  kolom: z.array(z.string()),
});
export type OpenDataMetadata = z.infer<typeof ZOpenDataMetadata>;

/** The JSON document of a dataset: its metadata and its rows. */
export function datasetDocumentSchema(id: OpenDataDatasetId) {
  return z.strictObject({ metadata: ZOpenDataMetadata, data: z.array(ROWS[id]) });
}

export function rowSchema(id: OpenDataDatasetId) {
  return ROWS[id];
}

/** The columns of a dataset's rows, in CSV order. */
export function datasetColumns(id: OpenDataDatasetId): string[] {
  return Object.keys(ROWS[id].shape);
}

/** JSON Schema (2020-12) of a dataset document, generated from the same zod schema the rows are checked with. */
export function datasetJsonSchema(id: OpenDataDatasetId): Record<string, unknown> {
  return z.toJSONSchema(datasetDocumentSchema(id), { target: "draft-2020-12" }) as Record<string, unknown>;
}

export function isOpenDataDatasetId(value: string): value is OpenDataDatasetId {
  return (OPEN_DATA_DATASET_IDS as readonly string[]).includes(value);
}
