import { apiRoute, readQuery, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { toWibDate } from "@/lib/calendar/working-days";
import { getComplaintSummary } from "@/lib/complaints/queries";
import { ZComplaintSummaryQuery } from "@/lib/complaints/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  await requireApiCapability(request, "viewDashboards");
  const { from, to } = readQuery(request, ZComplaintSummaryQuery);
  return getComplaintSummary({ from, to, today: toWibDate(new Date()) });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
