import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { PDF_MEDIA_TYPE, downloadResponse } from "@/lib/api/download-response";
import { weeklyReviewPdfApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { getWeeklyReview } from "@/lib/kpi/weekly-review-queries";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { renderWeeklyReviewPdf } from "@/components/kpi/weekly-review-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/v1/kpi/weekly-review.pdf — the weekly review (last seven days) as a signed PDF report. */
export const GET = apiHandler(weeklyReviewPdfApi, async ({ actor, request }) => {
  const now = new Date();
  const today = toWibDate(now);
  const locale = localeOfRequest(request);
  const [review, office] = await Promise.all([getWeeklyReview(now), getOfficeProfile()]);
  const pdf = await renderWeeklyReviewPdf({ review, office, today, locale });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.weeklyReviewPdf", target: today });
  return downloadResponse(pdf, PDF_MEDIA_TYPE, `tinjauan-mingguan-${today}.pdf`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
