/**
 * Import files (issue 17): the request body every import accepts (CSV or .xlsx, as uploaded), the 422 of an
 * all-or-nothing import that stored nothing, the .xlsx templates and the file preview.
 */
import { z } from "zod";
import { IMPORT_TEMPLATES, IMPORT_TEMPLATE_KINDS } from "../../imports/template-kinds";
import { bytesBody, defineOperation, ZApiError, type ErrorSpec } from "../contract";

/** Content types of an import file: CSV (as browsers and scripts label it) or .xlsx. */
export const IMPORT_FILE_TYPES = [
  "text/csv",
  "text/plain",
  "application/csv",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
] as const;

/**
 * The body of an import: the file's bytes, CSV or .xlsx. The spreadsheet reader tells one from the other by the
 * content itself, so a mislabelled file still reads.
 */
export function importFileBody(maxBytes: number, description: string) {
  return bytesBody({
    mediaTypes: IMPORT_FILE_TYPES,
    maxBytes,
    description: `${description} CSV (UTF-8 or Windows-1252, separated by , ; or tab) or .xlsx (first sheet; title rows above the header are skipped), at most ${maxBytes / 1024 / 1024} MB.`,
  });
}

/** One problem of a file row, as the importers name it. */
export const ZRowError = z.object({
  line: z.number().int().describe("Line of the file (the header is line 1)"),
  column: z.string(),
  message: z.string(),
});

/**
 * The 422 of an import that stored nothing (lib/api/http.ts `rejectedImportResponse` writes it): the error with the
 * first 50 row errors as fields keyed "baris N / kolom", and the whole import result beside it.
 */
export function rejectedImportError(result: z.ZodType, description: string): ErrorSpec {
  return {
    description: `${description}: nothing stored; \`fields\` keyed "baris N / kolom" (first 50) and the whole \`result\``,
    json: z.object({ error: ZApiError.shape.error, result: result.optional() }),
  };
}

export const importTemplateApi = defineOperation({
  method: "GET",
  path: "/api/v1/import-templates/{kind}",
  tags: ["imports"],
  summary: "Download the .xlsx template of an import",
  description:
    "Sheet Data (header row; drop-down lists on coded columns, filled with the office's licence types, kecamatan, kelurahan and counters), sheet Petunjuk (each column: required or not, what goes in it, an example, allowed values, Indonesian and English), sheet Daftar (the lists). Each template is for whoever may run that import: applications, responses: ADMIN; realisations, oss-projects: PLANNER, ADMIN; holidays, kbli (the official KBLI table): ADMIN.",
  // Whoever may run some import; the handler then checks the capability of the import asked for (403).
  access: { capability: [...new Set(Object.values(IMPORT_TEMPLATES).map((template) => template.capability))] },
  params: z.object({ kind: z.string().meta({ enum: [...IMPORT_TEMPLATE_KINDS] }) }),
  responses: {
    200: {
      description: "The template",
      mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      binary: true,
    },
  },
  errors: { 404: "No such template" },
});

export const importPreviewApi = defineOperation({
  method: "POST",
  path: "/api/v1/import-preview",
  tags: ["imports"],
  summary: "Preview a CSV or .xlsx file as the importers read it (stores nothing)",
  description:
    "Returns the sheet read (.xlsx: the first), the header row's line (title rows above it are skipped; `expect` = comma-separated headers the caller knows, to find it), the headers and the first five rows as text, so an import form can show and map the columns of an Excel file.",
  access: { capability: ["importData", "reportInvestmentRealisation"] },
  query: z.object({
    expect: z
      .string()
      .optional()
      .describe("Comma-separated headers the caller expects, to find the header row below title rows"),
  }),
  body: [importFileBody(64 * 1024 * 1024, "The file.")],
  responses: {
    200: {
      description: "The file as the importer reads it",
      json: z.object({
        preview: z.object({
          format: z.enum(["xlsx", "csv"]),
          sheetName: z.string().nullable().describe(".xlsx: the sheet read; null for CSV"),
          headerLine: z.number().int().describe("Line of the header row"),
          headers: z.array(z.string()),
          rows: z
            .array(z.object({ line: z.number().int(), cells: z.array(z.string()).describe("One per header") }))
            .describe("The first five data rows as text"),
        }),
      }),
    },
  },
});
