import { apiRoute, rejectedImportResponse, readQuery, readImportFileBody, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { importApplicationsCsv } from "@/lib/applications/import";
import { ZImportQuery } from "@/lib/applications/api-schemas";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * CSV or .xlsx import of applications (ADMIN or an ADMIN API token). 200 with the counts when rows were stored; 422 with
 * `rowErrors` (line, column, message) when an all-or-nothing file had invalid rows (nothing is stored).
 */
export const POST = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "importData");
  const query = readQuery(request, ZImportQuery);
  const file = await readImportFileBody(request, { maxBytes: MAX_FILE_BYTES });
  const result = await importApplicationsCsv(file, { mode: query.mode, mapping: query.mapping, actor });
  if (!result.committed && result.errorCount > 0) return rejectedImportResponse(result);
  return { result };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
