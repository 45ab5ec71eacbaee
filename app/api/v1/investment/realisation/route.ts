import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { realisationSeriesApi } from "@/lib/api/operations/investment";
import { toWibDate } from "@/lib/calendar/working-days";
import { getRealisationSeries } from "@/lib/investment/realisation-queries";
import { realisationPointToJson } from "@/lib/investment/realisation";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/investment/realisation?from&to&interval=quarter|year&groupBy — plan vs LKPM realisation and
 * compliance per period. PLANNER, LEADERSHIP, ADMIN (session or token).
 */
export const GET = apiHandler(realisationSeriesApi, async ({ query }) => {
  const today = toWibDate(new Date());
  const points = await getRealisationSeries(query, today);
  return {
    from: query.from,
    to: query.to,
    interval: query.interval,
    groupBy: query.groupBy ?? null,
    asOf: today,
    series: points.map(realisationPointToJson),
  };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
