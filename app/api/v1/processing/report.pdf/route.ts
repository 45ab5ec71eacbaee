import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { PDF_MEDIA_TYPE, downloadResponse } from "@/lib/api/download-response";
import { processingPdfApi } from "@/lib/api/operations/exports";
import { getProcessingExport } from "@/lib/applications/processing-export-queries";
import { processingFilterLine, processingTables } from "@/lib/applications/processing-export";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { periodInWords } from "@/lib/export/period-words";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { periodCovering } from "@/lib/periods/periods";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { renderProcessingReportPdf } from "@/components/applications/processing-report-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/v1/processing/report.pdf — the processing report as a signed PDF. */
export const GET = apiHandler(processingPdfApi, async ({ actor, query, request }) => {
  const now = new Date();
  const locale = localeOfRequest(request);
  const ex = createTranslator(locale, "exports");
  const [{ range, data, licenseType, kecamatan }, office] = await Promise.all([
    getProcessingExport(query, now),
    getOfficeProfile(),
  ]);
  const t = createTranslator(locale, "applications");
  const period = periodInWords(periodCovering(range.from, range.to), locale);
  const filter = processingFilterLine({ licenseType, kecamatan }, { t, ex }, locale) ?? undefined;
  // The PDF's tables carry no subtitle: the period is in the report's heading.
  const tables = processingTables(data, { t, ex }, "", locale);
  const pdf = await renderProcessingReportPdf({
    title: ex("processing.title"),
    period,
    filter,
    tables,
    office,
    today: toWibDate(now),
    locale,
  });
  const target = `${range.from}..${range.to}`;
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.processingPdf", target });
  return downloadResponse(pdf, PDF_MEDIA_TYPE, `laporan-waktu-proses-${range.from}-${range.to}.pdf`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
