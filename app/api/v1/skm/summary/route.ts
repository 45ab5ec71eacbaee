import { apiRoute, readQuery, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { getSkmSummary } from "@/lib/skm/summary-query";
import { ZSkmSummaryQuery } from "@/lib/skm/summary";

export const dynamic = "force-dynamic";

/** IKM summary for a date range (LEADERSHIP, PLANNER, ADMIN or an API token with one of those roles). */
export const GET = apiRoute(async (request: Request) => {
  await requireApiCapability(request, "viewSkmDashboard");
  const query = readQuery(request, ZSkmSummaryQuery);
  return getSkmSummary(query);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
