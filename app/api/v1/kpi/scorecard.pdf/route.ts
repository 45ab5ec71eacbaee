import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { PDF_MEDIA_TYPE, downloadResponse } from "@/lib/api/download-response";
import { scorecardPdfApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { getScorecard } from "@/lib/kpi/scorecard-queries";
import { scorecardPeriodOf } from "@/lib/kpi/scorecard-export";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { renderScorecardPdf } from "@/components/kpi/scorecard-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/v1/kpi/scorecard.pdf — the leadership scorecard as a signed PDF report. */
export const GET = apiHandler(scorecardPdfApi, async ({ actor, query, request }) => {
  const now = new Date();
  const today = toWibDate(now);
  const period = scorecardPeriodOf(query.periode, today);
  const locale = localeOfRequest(request);
  const [scorecard, office] = await Promise.all([getScorecard(period, now), getOfficeProfile()]);
  const pdf = await renderScorecardPdf({ scorecard, office, today, locale });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.scorecardPdf", target: period.key });
  return downloadResponse(pdf, PDF_MEDIA_TYPE, `kartu-kinerja-${period.key}.pdf`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
