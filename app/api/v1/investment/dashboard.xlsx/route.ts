import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { investmentXlsxApi } from "@/lib/api/operations/exports";
import { recordAudit } from "@/lib/audit/store";
import { periodInWords } from "@/lib/export/period-words";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { getInvestmentDashboard } from "@/lib/investment/dashboard";
import { investmentTables } from "@/lib/investment/dashboard-export";
import { periodCovering } from "@/lib/periods/periods";
import { getOfficeProfile } from "@/lib/settings/office-profile";

export const dynamic = "force-dynamic";

/** GET /api/v1/investment/dashboard.xlsx — the investment dashboard's trend and breakdowns, typed. */
export const GET = apiHandler(investmentXlsxApi, async ({ actor, query, request }) => {
  const now = new Date();
  const locale = localeOfRequest(request);
  const ex = createTranslator(locale, "exports");
  const t = createTranslator(locale, "investment");
  const [data, office] = await Promise.all([getInvestmentDashboard(query), getOfficeProfile()]);
  const subtitle = ex("period", { period: periodInWords(periodCovering(query.from, query.to), locale) });
  const tables = investmentTables(data, query, { t, ex }, subtitle, locale);
  const bytes = await writeXlsx(tables, { created: now, creator: office.name, title: ex("investment.title") });
  const target = `${query.from}..${query.to}`;
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "export.investmentXlsx",
    target,
    detail: { ...query },
  });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `investasi-${query.from}-${query.to}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
