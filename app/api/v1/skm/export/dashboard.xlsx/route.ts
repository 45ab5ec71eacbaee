import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { skmDashboardXlsxApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { getSkmExportData } from "@/lib/skm/dashboard-export-queries";
import { skmDashboardTables } from "@/lib/skm/dashboard-export";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { periodInWords } from "@/lib/export/period-words";

export const dynamic = "force-dynamic";

/** GET /api/v1/skm/export/dashboard.xlsx — the SKM dashboard's tables (per element, per licence type, trend). */
export const GET = apiHandler(skmDashboardXlsxApi, async ({ actor, query, request }) => {
  const locale = localeOfRequest(request);
  const ex = createTranslator(locale, "exports");
  const [{ period, data }, office] = await Promise.all([getSkmExportData(query), getOfficeProfile()]);
  const periodLine = ex("period", { period: periodInWords(period, locale) });
  const tables = skmDashboardTables(data, { t: createTranslator(locale, "skm"), ex }, periodLine, locale);
  const bytes = await writeXlsx(tables, { created: new Date(), creator: office.name, title: ex("skm.title") });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.skmDashboard", target: period.key });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `skm-${query.from}-${query.to}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
