import { IMPORT_TEMPLATE_KINDS } from "../../imports/template-kinds";
import { ZOssImportQuery } from "../../oss/schemas";
import { OSS_COLUMNS } from "../../oss/columns";
import { bearerSecurity, errorResponses, importFileBody, jsonSchema, type PathItems } from "./types";

const ossQuery = Object.entries(
  (jsonSchema(ZOssImportQuery) as { properties: Record<string, { description?: string }> }).properties,
).map(([name, property]) => ({
  name,
  in: "query",
  required: false,
  description: property.description,
  schema: { type: "string" },
}));

/** Issue 17: downloadable .xlsx templates of the imports. */
export const dataImportPaths: PathItems = {
  "/api/v1/import-templates/{kind}": {
    get: {
      summary: "Download the .xlsx template of an import",
      description:
        "Sheet Data (header row; drop-down lists on coded columns, filled with the office's licence types, kecamatan, kelurahan and counters), sheet Petunjuk (each column: required or not, what goes in it, an example, allowed values, Indonesian and English), sheet Daftar (the lists). Who may download: whoever may run that import (applications, responses: ADMIN; realisations, oss-projects: PLANNER, ADMIN; holidays: ADMIN).",
      tags: ["imports"],
      security: bearerSecurity,
      parameters: [
        { name: "kind", in: "path", required: true, schema: { type: "string", enum: [...IMPORT_TEMPLATE_KINDS] } },
      ],
      responses: {
        "200": {
          description: "The template",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: { type: "string", format: "binary" },
            },
          },
        },
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/v1/import-preview": {
    post: {
      summary: "Preview a CSV or .xlsx file as the importers read it (stores nothing)",
      description:
        "Body: the file (text/csv or the .xlsx type). Returns the sheet read (.xlsx: the first), the header row's line (title rows above it are skipped; `expect` = comma-separated headers the caller knows, to find it), the headers and the first five rows as text. ADMIN, PLANNER.",
      tags: ["imports"],
      security: bearerSecurity,
      parameters: [{ name: "expect", in: "query", required: false, schema: { type: "string" } }],
      requestBody: importFileBody,
      responses: {
        "200": {
          description: "{ preview: { format, sheetName, headerLine, headers[], rows[{ line, cells[] }] } }",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(401, 403, 413, 415, 422),
      },
    },
  },
  "/api/v1/oss/projects/import": {
    post: {
      summary: 'Import (or preview) an OSS-RBA "Data Proyek" download, .xlsx or CSV (ADMIN, PLANNER)',
      description: `The file as downloaded from OSS: first sheet, header row found below title rows, columns mapped by OSS header name (${OSS_COLUMNS.map((c) => c.key).join(", ")}; the last three are optional Lentera columns), extra columns ignored. Required: id_proyek, nib, nama_perusahaan, tanggal_terbit_oss, uraian_status_penanaman_modal, kbli, jumlah_investasi (422 naming a missing one); every other expected header missing is listed in result.missingHeaders ("kolom bangunan_gedung tidak ada"). Projects are upserted by id_proyek; each is linked to a Lentera application by nomor_registrasi, an earlier link, or its NIB (+ KBLI), and then counts instead of that application in the investment figures (trend, breakdowns, LKPM plan), on its tanggal_terbit_oss day. Amounts convert with kurs when mata_uang is not IDR. The scale is derived without land and buildings (a PMA is besar) and compared with uraian_skala_usaha (result.scaleDifferences). dryRun=1 previews: created / updated / unchanged rows and their links (result.plannedRows, first 500), missing headers, errors by line and column, nothing stored. All or nothing unless mode=valid-only; audited; undo with POST /api/v1/oss/imports/{id}/undo.`,
      tags: ["investment"],
      security: bearerSecurity,
      parameters: ossQuery,
      requestBody: importFileBody,
      responses: {
        "200": {
          description:
            "{ result: { dryRun, committed, importId, rows, validRows, invalidRows, created, updated, unchanged, linked, ambiguous, totalInvestment, missingHeaders[], missingHeaderMessages[], ignoredHeaders[], errors[{line,column,message}], errorCount, warnings[], scaleDifferences[{line,idProyek,companyName,ossScale,derivedScale,basis}], plannedRows[{line,idProyek,nib,companyName,action,investmentValue,link,ambiguousCandidates}] } }",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(401, 403, 413, 415, 422),
      },
    },
  },
  "/api/v1/oss/imports": {
    get: {
      summary: "The latest OSS project imports, newest first (ADMIN, PLANNER)",
      tags: ["investment"],
      security: bearerSecurity,
      responses: {
        "200": {
          description:
            "{ imports: [{ id, fileName, format, rowCount, created, updated, unchanged, linked, missingHeaders[], importedAt, importedBy, undoneAt, undoneBy }] }",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(401, 403),
      },
    },
  },
  "/api/v1/oss/imports/{id}/undo": {
    post: {
      summary: "Undo an OSS project import: created projects removed, updated ones restored (ADMIN, PLANNER)",
      description:
        "Only the latest standing import can be undone (409 naming the later one otherwise); the investment figures of every day involved are recounted in the same transaction; audited.",
      tags: ["investment"],
      security: bearerSecurity,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "{ undone: { removed, restored } }",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(401, 403, 404, 409),
      },
    },
  },
};
