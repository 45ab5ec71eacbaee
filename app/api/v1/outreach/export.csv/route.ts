import { apiRoute, methodNotAllowed, readQuery } from "@/lib/api/http";
import { csvResponse } from "@/lib/api/csv-response";
import { requireApiCapability } from "@/lib/auth/session";
import { toWibDate } from "@/lib/calendar/working-days";
import { outreachCsv } from "@/lib/outreach/export";
import { listCampaignReports } from "@/lib/outreach/queries";
import { ZOutreachQuery } from "@/lib/outreach/schemas";
import { recordAudit } from "@/lib/audit/audit";

export const dynamic = "force-dynamic";

/** GET /api/v1/outreach/export.csv?weeks=4 — the outreach report as CSV, one row per campaign. */
export const GET = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "viewOutreach");
  const { weeks } = readQuery(request, ZOutreachQuery);
  const today = toWibDate(new Date());
  const reports = await listCampaignReports({ weeks, today });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "export.outreach",
    detail: { weeks, campaigns: reports.length },
  });
  return csvResponse(outreachCsv(reports), `sosialisasi-${today}.csv`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
