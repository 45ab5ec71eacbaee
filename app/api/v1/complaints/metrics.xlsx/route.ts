import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { complaintMetricsXlsxApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { listHandlingCategories } from "@/lib/complaints/handling-category-queries";
import { complaintMetricsRange, complaintMetricsTables } from "@/lib/complaints/metrics-export";
import { getComplaintKpis, getComplaintSummary } from "@/lib/complaints/queries";
import { periodInWords } from "@/lib/export/period-words";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { periodCovering } from "@/lib/periods/periods";
import { getOfficeProfile } from "@/lib/settings/office-profile";

export const dynamic = "force-dynamic";

/** GET /api/v1/complaints/metrics.xlsx — the complaint metrics page's tables, typed. */
export const GET = apiHandler(complaintMetricsXlsxApi, async ({ actor, query, request }) => {
  const now = new Date();
  const today = toWibDate(now);
  const asked = query.from && query.to ? { from: query.from, to: query.to } : undefined;
  const range = { ...complaintMetricsRange(asked, today), today };
  const locale = localeOfRequest(request);
  const ex = createTranslator(locale, "exports");
  const t = createTranslator(locale, "complaints");
  const [summary, kpis, categories, office] = await Promise.all([
    getComplaintSummary(range),
    getComplaintKpis(range),
    listHandlingCategories({ includeInactive: true }),
    getOfficeProfile(),
  ]);
  const subtitle = ex("period", { period: periodInWords(periodCovering(range.from, range.to), locale) });
  const tables = complaintMetricsTables(summary, kpis.overdueCount, categories, { t, ex }, subtitle, locale);
  const bytes = await writeXlsx(tables, { created: now, creator: office.name, title: ex("complaints.title") });
  const target = `${range.from}..${range.to}`;
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.complaintMetrics", target });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `metrik-pengaduan-${range.from}-${range.to}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
