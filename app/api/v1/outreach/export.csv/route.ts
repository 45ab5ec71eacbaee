import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { csvResponse } from "@/lib/api/csv-response";
import { outreachCsvApi } from "@/lib/api/operations/attendance-outreach";
import { toWibDate } from "@/lib/calendar/working-days";
import { outreachCsv } from "@/lib/outreach/export";
import { listCampaignReports } from "@/lib/outreach/queries";
import { recordAudit } from "@/lib/audit/store";

export const dynamic = "force-dynamic";

/** GET /api/v1/outreach/export.csv?weeks=4 — the outreach report as CSV, one row per campaign. */
export const GET = apiHandler(outreachCsvApi, async ({ actor, query }) => {
  const today = toWibDate(new Date());
  const reports = await listCampaignReports({ weeks: query.weeks, today });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "export.outreach",
    detail: { weeks: query.weeks, campaigns: reports.length },
  });
  return csvResponse(outreachCsv(reports), `sosialisasi-${today}.csv`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
