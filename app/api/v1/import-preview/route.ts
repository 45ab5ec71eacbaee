import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { importPreviewApi } from "@/lib/api/operations/imports";
import { previewSpreadsheet } from "@/lib/spreadsheet/preview";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/import-preview: the header row and first rows of a CSV or .xlsx file as the importer will read it
 * (first sheet, header found below title rows), so an import form can show and map the columns of an Excel file.
 * Stores nothing. Whoever may import something (ADMIN, PLANNER).
 */
export const POST = apiHandler(importPreviewApi, async ({ query, body }) => ({
  preview: await previewSpreadsheet(await body(), { expectedHeaders: query.expect?.split(",") }),
}));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
