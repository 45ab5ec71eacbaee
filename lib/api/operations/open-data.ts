/** Open data (issue 17): the published figures as tidy datasets, anonymous. */
import { z } from "zod";
import { OPEN_DATA_DATASET_IDS, ZOpenDataMetadata } from "../../open-data/datasets";
import { defineOperation } from "../contract";

export const openDataCatalogueApi = defineOperation({
  method: "GET",
  path: "/api/v1/open-data",
  tags: ["open-data"],
  summary: "Catalogue of the open datasets (anonymous)",
  description:
    "Each dataset's metadata block (judul/title, deskripsi/description, sumber, satuan, frekuensi, terakhir_diperbarui, lisensi, minimum_n, kolom), its row count and links to JSON, CSV and JSON Schema. Only periods an administrator published (PublishedSnapshot kind open-data) are included; never live figures.",
  access: { public: true },
  responses: {
    200: {
      description: "The datasets",
      json: z.object({
        datasets: z.array(
          ZOpenDataMetadata.extend({
            rows: z.number().int(),
            links: z.object({ json: z.string(), csv: z.string(), schema: z.string() }),
          }),
        ),
      }),
    },
  },
});

export const openDataFileApi = defineOperation({
  method: "GET",
  path: "/api/v1/open-data/{file}",
  tags: ["open-data"],
  summary: "One open dataset as JSON, CSV or its JSON Schema (anonymous)",
  description: `file = {dataset}.json ({ metadata, data }), {dataset}.csv (header = the tidy columns, UTF-8 with BOM) or {dataset}.schema.json (JSON Schema 2020-12 of the JSON document, generated from the zod schema the rows are built with). Datasets: ${OPEN_DATA_DATASET_IDS.join(", ")}. Every row has kode_wilayah, nama_wilayah, tahun, periode (Q1–Q4, S1–S2, 01–12 or tahunan), periode_mulai, periode_akhir, satuan, nilai, jumlah_data (≥ minimum_n) and the dataset's dimension columns.`,
  access: { public: true },
  params: z.object({ file: z.string() }),
  parameterDocs: { file: { examples: ["ikm.csv"] } },
  responses: {
    200: { description: "The dataset", mediaType: ["application/json", "text/csv", "application/schema+json"] },
  },
  errors: { 404: "No such dataset or format" },
});
