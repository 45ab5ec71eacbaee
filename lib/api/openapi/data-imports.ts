import { IMPORT_TEMPLATE_KINDS } from "../../imports/template-kinds";
import { bearerSecurity, errorResponses, type PathItems } from "./types";

/** Issue 17: downloadable .xlsx templates of the imports. */
export const dataImportPaths: PathItems = {
  "/api/v1/import-templates/{kind}": {
    get: {
      summary: "Download the .xlsx template of an import",
      description:
        "Sheet Data (header row; drop-down lists on coded columns, filled with the office's licence types, kecamatan, kelurahan and counters), sheet Petunjuk (each column: required or not, what goes in it, an example, allowed values, Indonesian and English), sheet Daftar (the lists). Who may download: whoever may run that import (applications, responses: ADMIN; realisations: PLANNER, ADMIN; holidays: ADMIN).",
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
      requestBody: {
        required: true,
        content: {
          "text/csv": { schema: { type: "string" } },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
            schema: { type: "string", format: "binary" },
          },
        },
      },
      responses: {
        "200": {
          description: "{ preview: { format, sheetName, headerLine, headers[], rows[{ line, cells[] }] } }",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(401, 403, 413, 415, 422),
      },
    },
  },
};
