import { apiRoute, methodNotAllowed, readImportFileBody } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { previewSpreadsheet } from "@/lib/spreadsheet/preview";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/import-preview: the header row and first rows of a CSV or .xlsx file as the importer will read it
 * (first sheet, header found below title rows), so an import form can show and map the columns of an Excel file.
 * Stores nothing. Whoever may import something (ADMIN, PLANNER).
 */
export const POST = apiRoute(async (request) => {
  await requireApiCapability(request, ["importData", "reportInvestmentRealisation"]);
  const file = await readImportFileBody(request, { maxBytes: 64 * 1024 * 1024 });
  const expected = new URL(request.url).searchParams.get("expect");
  return {
    preview: await previewSpreadsheet(file, { expectedHeaders: expected ? expected.split(",") : undefined }),
  };
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
