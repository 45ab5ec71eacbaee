import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { createCampaignApi, listCampaignsApi } from "@/lib/api/operations/attendance-outreach";
import { toWibDate } from "@/lib/calendar/working-days";
import { listCampaignReports } from "@/lib/outreach/queries";
import { createCampaign } from "@/lib/outreach/store";

export const dynamic = "force-dynamic";

/** GET /api/v1/outreach/campaigns?weeks=4 — every campaign with its before/after figures. */
export const GET = apiHandler(listCampaignsApi, async ({ query }) => {
  const today = toWibDate(new Date());
  return { weeks: query.weeks, today, campaigns: await listCampaignReports({ weeks: query.weeks, today }) };
});

/** POST /api/v1/outreach/campaigns — record a campaign (ADMIN). */
export const POST = apiHandler(createCampaignApi, async ({ actor, body, reply }) =>
  reply(201, await createCampaign(await body(), actor)),
);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = methodNotAllowed(["GET", "POST"]);
export const DELETE = methodNotAllowed(["GET", "POST"]);
