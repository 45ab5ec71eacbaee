import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { investmentTrendApi } from "@/lib/api/operations/investment";
import { getInvestmentTrend } from "@/lib/investment/analytics-queries";
import { totalsToJson, trendPointToJson } from "@/lib/investment/trend";

export const dynamic = "force-dynamic";

/** GET /api/v1/investment/trend?from&to&interval&groupBy&… — PLANNER, LEADERSHIP, ADMIN (session or token). */
export const GET = apiHandler(investmentTrendApi, async ({ query: filter }) => {
  const { points, totals } = await getInvestmentTrend(filter);
  return {
    from: filter.from,
    to: filter.to,
    interval: filter.interval,
    groupBy: filter.groupBy ?? null,
    series: points.map(trendPointToJson),
    totals: totalsToJson(totals),
  };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
