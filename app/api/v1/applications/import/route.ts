import { methodNotAllowed, rejectedImportResponse } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { importApplicationsApi } from "@/lib/api/operations/applications";
import { importApplicationsCsv } from "@/lib/applications/import-store";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

/**
 * CSV or .xlsx import of applications (ADMIN or an ADMIN API token). 200 with the counts when rows were stored; 422
 * with `fields` (line, column, message) and the result when an all-or-nothing file had invalid rows (nothing stored).
 */
export const POST = apiHandler(importApplicationsApi, async ({ actor, query, body }) => {
  const result = await importApplicationsCsv(await body(), { mode: query.mode, mapping: query.mapping, actor });
  if (!result.committed && result.errorCount > 0) return rejectedImportResponse(result);
  return { result };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
