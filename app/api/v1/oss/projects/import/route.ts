import { methodNotAllowed, rejectedImportResponse } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { importOssProjectsApi } from "@/lib/api/operations/oss";
import { importOssProjects } from "@/lib/oss/import-store";

export const dynamic = "force-dynamic";
export const maxDuration = 600;

/**
 * POST /api/v1/oss/projects/import[?dryRun=1&mode=valid-only&fileName=…]: an OSS-RBA "Data Proyek" file (.xlsx or
 * CSV) as it comes from OSS. dryRun=1 previews (created / updated / unchanged / linked rows, missing headers, scale
 * differences, errors) and stores nothing. 200 { result } when stored or previewed; 422 { error, result } when an
 * all-or-nothing file had invalid rows (nothing stored). ADMIN or PLANNER.
 */
export const POST = apiHandler(importOssProjectsApi, async ({ actor, query, body }) => {
  const result = await importOssProjects(await body(), {
    actor,
    dryRun: query.dryRun,
    mode: query.mode,
    fileName: query.fileName ?? null,
  });
  if (!result.dryRun && !result.committed && result.errorCount > 0) return rejectedImportResponse(result);
  return { result };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
