import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { PDF_MEDIA_TYPE, downloadResponse } from "@/lib/api/download-response";
import { publishedSkmReportPdfApi } from "@/lib/api/operations/exports";
import { toWibDate } from "@/lib/calendar/working-days";
import { AppError } from "@/lib/errors";
import { periodInWords } from "@/lib/export/period-words";
import { formatDate } from "@/lib/format/format";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { getPublishedSkmReport } from "@/lib/skm/report-queries";
import { renderSkmReportPdf } from "@/components/skm-report/skm-report-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/v1/skm/published/{periodKey}/report.pdf (anonymous) — the published report of /laporan/skm/{periodKey}
 * as a PDF, from its frozen snapshot (never recomputed); drafts, withdrawn and unknown periods are 404.
 */
export const GET = apiHandler(publishedSkmReportPdfApi, async ({ params, query, request }) => {
  const locale = localeOfRequest(request);
  const [report, office] = await Promise.all([
    getPublishedSkmReport(params.periodKey, { version: query.versi }),
    getOfficeProfile(),
  ]);
  const ex = createTranslator(locale, "exports");
  if (!report) throw new AppError("NOT_FOUND", ex("skm.notPublished", { period: params.periodKey }));
  const pdf = await renderSkmReportPdf({
    data: { summary: report.data.summary },
    office,
    period: periodInWords(report.period, locale),
    today: toWibDate(new Date()),
    locale,
    published: {
      followUpPlan: report.followUpPlan,
      versionLine: ex("skm.published", { version: report.version, date: formatDate(report.publishedAt, locale) }),
    },
  });
  const version = report.isCurrent ? "" : `-versi-${report.version}`;
  return downloadResponse(pdf, PDF_MEDIA_TYPE, `laporan-skm-${report.period.key}${version}.pdf`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
