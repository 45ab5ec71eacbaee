import { apiRoute, methodNotAllowed, readJsonBody, readQuery } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { toWibDate } from "@/lib/calendar/working-days";
import { listCampaignReports } from "@/lib/outreach/queries";
import { ZCampaignInput, ZOutreachQuery } from "@/lib/outreach/schemas";
import { createCampaign } from "@/lib/outreach/store";

export const dynamic = "force-dynamic";

/** GET /api/v1/outreach/campaigns?weeks=4 — every campaign with its before/after figures. */
export const GET = apiRoute(async (request) => {
  await requireApiCapability(request, "viewOutreach");
  const { weeks } = readQuery(request, ZOutreachQuery);
  const today = toWibDate(new Date());
  return { weeks, today, campaigns: await listCampaignReports({ weeks, today }) };
});

/** POST /api/v1/outreach/campaigns — record a campaign (ADMIN). */
export const POST = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "manageOutreach");
  const input = await readJsonBody(request, ZCampaignInput);
  return Response.json(await createCampaign(input, actor), { status: 201 });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = methodNotAllowed(["GET", "POST"]);
export const DELETE = methodNotAllowed(["GET", "POST"]);
