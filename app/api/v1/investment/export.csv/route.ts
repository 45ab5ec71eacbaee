import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { csvResponse } from "@/lib/api/csv-response";
import { investmentExportApi } from "@/lib/api/operations/investment";
import { createInvestmentExport, exportFileName } from "@/lib/investment/export";

export const dynamic = "force-dynamic";

/** GET /api/v1/investment/export.csv — the filtered projects (kind=projects) or the trend (kind=trend), streamed. */
export const GET = apiHandler(investmentExportApi, async ({ actor, query }) => {
  const stream = await createInvestmentExport(query, actor);
  return csvResponse(stream, exportFileName(query));
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
