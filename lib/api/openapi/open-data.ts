import { OPEN_DATA_DATASET_IDS } from "../../open-data/datasets";
import { errorResponses, type PathItems } from "./types";

/** Issue 17: the public open data (anonymous, published figures only). */
export const openDataPaths: PathItems = {
  "/api/v1/open-data": {
    get: {
      summary: "Catalogue of the open datasets (anonymous)",
      description:
        "Each dataset's metadata block (judul/title, deskripsi/description, sumber, satuan, frekuensi, terakhir_diperbarui, lisensi, minimum_n, kolom), its row count and links to JSON, CSV and JSON Schema. Only periods an administrator published (PublishedSnapshot kind open-data) are included; never live figures.",
      tags: ["open-data"],
      security: [],
      responses: {
        "200": {
          description: "{ datasets: [ { id, judul, …, rows, links: { json, csv, schema } } ] }",
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
  },
  "/api/v1/open-data/{file}": {
    get: {
      summary: "One open dataset as JSON, CSV or its JSON Schema (anonymous)",
      description: `file = {dataset}.json ({ metadata, data }), {dataset}.csv (header = the tidy columns, UTF-8 with BOM) or {dataset}.schema.json (JSON Schema 2020-12 of the JSON document, generated from the zod schema the rows are built with). Datasets: ${OPEN_DATA_DATASET_IDS.join(", ")}. Every row has kode_wilayah, nama_wilayah, tahun, periode (Q1–Q4, S1–S2, 01–12 or tahunan), periode_mulai, periode_akhir, satuan, nilai, jumlah_data (≥ minimum_n) and the dataset's dimension columns.`,
      tags: ["open-data"],
      security: [],
      parameters: [{ name: "file", in: "path", required: true, schema: { type: "string", examples: ["ikm.csv"] } }],
      responses: {
        "200": {
          description: "The dataset",
          content: {
            "application/json": { schema: { type: "object" } },
            "text/csv": { schema: { type: "string" } },
            "application/schema+json": { schema: { type: "object" } },
          },
        },
        ...errorResponses(404),
      },
    },
  },
};
