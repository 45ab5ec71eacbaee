import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { PDF_MEDIA_TYPE, downloadResponse } from "@/lib/api/download-response";
import { skmReportPdfApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { getSkmExportData } from "@/lib/skm/dashboard-export-queries";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { periodInWords } from "@/lib/export/period-words";
import { renderSkmReportPdf } from "@/components/skm-report/skm-report-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/v1/skm/report.pdf — the staff SKM dashboard's period and filter as a signed PDF report. */
export const GET = apiHandler(skmReportPdfApi, async ({ actor, query, request }) => {
  const locale = localeOfRequest(request);
  const [{ period, data }, office] = await Promise.all([getSkmExportData(query), getOfficeProfile()]);
  const pdf = await renderSkmReportPdf({
    data,
    office,
    period: periodInWords(period, locale),
    today: toWibDate(new Date()),
    locale,
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.skmReportPdf", target: period.key });
  return downloadResponse(pdf, PDF_MEDIA_TYPE, `laporan-skm-${query.from}-${query.to}.pdf`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
