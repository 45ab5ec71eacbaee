import { parsePeriodKey, periodKeyLabel } from "@/lib/periods/periods";
import { isPartialPeriod, labelWithPartial } from "@/lib/periods/partial";
import { processingChartLinks } from "@/lib/applications/chart-links";
import type { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";

export type ProcessingDashboardData = Awaited<ReturnType<typeof getProcessingDashboard>>;

/**
 * The chart rows of the processing dashboard derived from its one getProcessingDashboard read, shared by the widgets
 * of the page (each in its own <Suspense>, awaiting the same promise). Pure: `today` is passed in.
 */
export function processingView(
  data: ProcessingDashboardData,
  options: {
    licenseTypes: Array<{ code: string; name: string; nameEn: string }>;
    context: { from: string; to: string; licenseType: string | null; kecamatan: string | null; locale: Locale };
    today: string;
    t: Translator;
    tp: Translator;
  },
) {
  const { licenseTypes, context, today, t, tp } = options;
  const locale = context.locale;
  const typeNames = new Map(licenseTypes.map((lt) => [lt.code, locale === "en" ? lt.nameEn : lt.name]));
  const typeRows = data.summary.byLicenseType.map((row) => ({
    ...row,
    name: typeNames.get(row.licenseType) ?? row.licenseType,
    onTimePercent: row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10,
  }));
  // The running month is drawn lighter (a hollow point) and named under the chart with the day it counts to.
  const isRunning = (month: string) => isPartialPeriod(parsePeriodKey(month)!, today);
  const months = data.throughput.map((m) => ({
    month: `${periodKeyLabel(m.month, locale)}${isRunning(m.month) ? " *" : ""}`,
    completed: m.completed,
    onTimePercent: m.onTimeRate === null ? null : Math.round(m.onTimeRate * 1000) / 10,
    partial: isRunning(m.month) ? 1 : 0,
  }));
  const links = processingChartLinks(
    context,
    { types: typeRows, months: data.throughput.map((m, i) => ({ ...m, label: months[i]!.month })) },
    { completed: t("dashboard.completed"), onTime: t("dashboard.onTimeRate") },
  ); // drill-down (issue 16)
  const running = data.throughput.find((m) => isRunning(m.month));
  const monthPartial = running
    ? tp("partialLegend", {
        period: labelWithPartial(periodKeyLabel(running.month, locale), parsePeriodKey(running.month)!, today, locale),
      })
    : null;
  return { typeRows, months, links, monthPartial };
}
