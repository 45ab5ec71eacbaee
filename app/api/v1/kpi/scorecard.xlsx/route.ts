import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { scorecardXlsxApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { getScorecard } from "@/lib/kpi/scorecard-queries";
import { scorecardPeriodOf, scorecardTables } from "@/lib/kpi/scorecard-export";
import { getOfficeProfile } from "@/lib/settings/office-profile";

export const dynamic = "force-dynamic";

/** GET /api/v1/kpi/scorecard.xlsx — the leadership scorecard of a period as a typed Excel workbook. */
export const GET = apiHandler(scorecardXlsxApi, async ({ actor, query, request }) => {
  const now = new Date();
  const period = scorecardPeriodOf(query.periode, toWibDate(now));
  const locale = localeOfRequest(request);
  const t = createTranslator(locale, "exports");
  const [scorecard, office] = await Promise.all([getScorecard(period, now), getOfficeProfile()]);
  const common = createTranslator(locale, "common");
  const dashboard = createTranslator(locale, "dashboard");
  const tables = scorecardTables(
    scorecard,
    { t, kpiName: (code) => common(`kpi.${code}`), statusName: (status) => dashboard(`status.${status}`) },
    locale,
  );
  const bytes = await writeXlsx(tables, { created: now, creator: office.name, title: t("scorecard.title") });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.scorecard", target: period.key });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `kartu-kinerja-${period.key}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
