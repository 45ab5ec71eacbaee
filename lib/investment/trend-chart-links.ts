/**
 * Drill-down links of the investment trend (issue 16): a bar (or, when the trend is grouped, a bar's segment) opens
 * `/staf/investasi` for that period's days inside the filter's range, one interval finer (a year by quarter, a
 * quarter by month), with every filter kept and the segment's group set as its filter — so the headline total there
 * is the bar's amount. Same page, same capability: no link answers 403. Pure.
 */
import { drillHref, drillName, periodWithin, type ChartLink } from "../drilldown/chart-link";
import { formatRupiahShort } from "../format/format";
import type { Locale } from "../i18n/locales";
import type { TInvestmentFilter, TrendInterval } from "./schemas";

const FINER: Record<TrendInterval, TrendInterval> = { year: "quarter", quarter: "month", month: "month" };

/**
 * The link of the trend's bar for `point.period` ("2026-Q2") and `point.group` (its group's code when the trend is
 * grouped, else null); `category` names the bar ("Triwulan II 2026 · Industri"), `series` the measure.
 */
export function investmentTrendLink(
  filter: TInvestmentFilter,
  point: { period: string; group: string | null; investment: bigint },
  words: { category: string; series: string; locale: Locale },
): ChartLink | undefined {
  const days = periodWithin(point.period, filter);
  if (!days || (filter.groupBy && point.group === null)) return undefined;
  const narrowed: Partial<Record<string, string>> = { ...filter };
  if (filter.groupBy && point.group !== null) narrowed[filter.groupBy] = point.group;
  return {
    href: drillHref("/staf/investasi", [
      ["dari", days.from],
      ["sampai", days.to],
      ["interval", FINER[filter.interval]],
      ["groupBy", filter.groupBy],
      ...(["sector", "sectorGroup", "kecamatan", "origin", "scale"] as const).map(
        (key) => [key, narrowed[key]] as const,
      ),
    ]),
    name: drillName(words.category, [[words.series, formatRupiahShort(point.investment, words.locale)]], words.locale),
  };
}
