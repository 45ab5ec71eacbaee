/**
 * Lentera's open data (issue 17): the published figures as tidy tables in the shape regional Satu Data portals use
 * (CKAN): every row has kode_wilayah, nama_wilayah, tahun, periode, satuan and nilai, plus its dimension columns and
 * jumlah_data (the count the figure rests on). Each dataset is declared once here — metadata, row schema (zod, also
 * served as JSON Schema), and the builder that turns one period's published figures into rows — and rows whose
 * jumlah_data is under the minimum n are left out (counted as suppressed). Pure: no database, no clock.
 */
import { z } from "zod";
import DATASET_TEXTS from "./dataset-texts.json";

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
export type OpenDataDatasetDefinition = Record<"title" | "description" | "unit" | "frequency", Text>;

/** Every dataset is published per period. */
const PER_PERIOD: Text = {
  id: "Per periode yang diterbitkan (bulan, triwulan, semester atau tahun)",
  en: "Per published period (month, quarter, semester or year)",
};

/** Title, description and unit of each dataset, in both languages: dataset-texts.json. */
export const OPEN_DATA_DATASETS = Object.fromEntries(
  OPEN_DATA_DATASET_IDS.map((id) => [id, { ...DATASET_TEXTS[id], frequency: PER_PERIOD }]),
) as Record<OpenDataDatasetId, OpenDataDatasetDefinition>;

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
