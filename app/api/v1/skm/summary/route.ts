import { apiRoute, readQuery } from "@/lib/api/http";
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
