import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { skmElementsCsvApi } from "@/lib/api/operations/skm";
import { getSkmSummary } from "@/lib/skm/summary-queries";
import { elementSummaryCsv } from "@/lib/skm/summary-export";

export const dynamic = "force-dynamic";

/** Per-element summary as CSV (same parameters as /api/v1/skm/summary). */
export const GET = apiHandler(skmElementsCsvApi, async ({ query }) => {
  const summary = await getSkmSummary(query);
  return new Response("\uFEFF" + elementSummaryCsv(summary), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skm-unsur-${query.from}-${query.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
