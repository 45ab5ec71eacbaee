/**
 * Drill-down links of the processing dashboard's charts (issue 16): a licence type's bar opens `/staf/waktu-proses`
 * for that licence type over the same days and kecamatan; a month's point opens the same page for that month's days
 * inside the range, keeping licence type and kecamatan. Same page, same capability: no link answers 403. Pure.
 */
import { drillHref, drillName, periodWithin, type ChartLink } from "../drilldown/chart-link";
import { formatCount, formatPercent } from "../format/format";
import type { Locale } from "../i18n/locales";

export type ProcessingChartContext = {
  from: string;
  to: string;
  licenseType: string | null;
  kecamatan: string | null;
  locale: Locale;
};

const PAGE = "/staf/waktu-proses";

function pageHref(range: { from: string; to: string }, licenseType: string | null, kecamatan: string | null): string {
  return drillHref(PAGE, [
    ["dari", range.from],
    ["sampai", range.to],
    ["licenseType", licenseType],
    ["kecamatan", kecamatan],
  ]);
}

/** "Tepat waktu per jenis izin": the bar of `row` → the dashboard filtered to that licence type. */
export function licenseTypeBarLink(
  context: ProcessingChartContext,
  row: { licenseType: string; name: string; onTimeRate: number | null },
  series: string,
): ChartLink {
  return {
    href: pageHref(context, row.licenseType, context.kecamatan),
    name: drillName(row.name, [[series, formatPercent(row.onTimeRate, context.locale)]], context.locale),
  };
}

/** The monthly trend: the point of `month` ("2026-03") → the dashboard for that month's days inside the range. */
export function monthPointLink(
  context: ProcessingChartContext,
  row: { month: string; label: string; completed: number; onTimeRate: number | null },
  series: { completed: string; onTime: string },
): ChartLink | undefined {
  const days = periodWithin(row.month, context);
  if (!days) return undefined;
  return {
    href: pageHref(days, context.licenseType, context.kecamatan),
    name: drillName(
      row.label,
      [
        [series.completed, formatCount(row.completed, context.locale)],
        [series.onTime, formatPercent(row.onTimeRate, context.locale)],
      ],
      context.locale,
    ),
  };
}

/** Every link of the dashboard's two linked charts, in the order of their rows. */
export function processingChartLinks(
  context: ProcessingChartContext,
  rows: {
    types: readonly Parameters<typeof licenseTypeBarLink>[1][];
    months: readonly Parameters<typeof monthPointLink>[1][];
  },
  series: { completed: string; onTime: string },
): { types: ChartLink[]; months: (ChartLink | undefined)[] } {
  return {
    types: rows.types.map((row) => licenseTypeBarLink(context, row, series.onTime)),
    months: rows.months.map((row) => monthPointLink(context, row, series)),
  };
}
