/**
 * The investment dashboard (/staf/investasi) as tables for the Excel download (issue 16): the trend (per period and,
 * when the chart is grouped, per group) and one sheet per breakdown (sector, kecamatan, origin, scale) with its share.
 * Rupiah stay whole numbers with a currency format, shares fractions shown as %. Pure: the caller passes the
 * dashboard's figures and translators of "investment" and "exports".
 */
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import { periodKeyLabel } from "../periods/periods";
import { xlsxTable, type XlsxColumn, type XlsxTable } from "../export/xlsx";
import { BREAKDOWN_DIMENSIONS, type TInvestmentFilter } from "./schemas";
import { groupLabeler } from "./group-label";

type Figures = { projects: number; investment: bigint; workers: number };
type TrendRow = Figures & { period: string; group: string | null };
type GroupRow = Figures & { group: string | null };

/** What the workbook needs of the dashboard (getInvestmentDashboard's answer fits). */
export type InvestmentExportData = {
  trend: { points: readonly TrendRow[]; totals: Figures };
  breakdowns: Record<(typeof BREAKDOWN_DIMENSIONS)[number], readonly GroupRow[]>;
  kecamatan: { code: string; name: string }[];
};

/** A group's share of the total investment as a fraction with four decimals (as the page shows it); null if none. */
export function investmentShare(part: bigint, total: bigint): number | null {
  return total > 0n ? Number((part * 10000n) / total) / 10000 : null;
}

export function investmentTables(
  data: InvestmentExportData,
  filter: Pick<TInvestmentFilter, "interval" | "groupBy">,
  { t, ex }: { t: Translator; ex: Translator },
  subtitle: string,
  locale: Locale,
): XlsxTable[] {
  const label = groupLabeler(t, data.kecamatan);
  const figures = <Row extends Figures>(): XlsxColumn<Row>[] => [
    { header: t("kpi.projects"), kind: "integer", value: (r) => r.projects },
    { header: t("kpi.investment"), kind: "rupiah", value: (r) => r.investment },
    { header: t("kpi.workers"), kind: "integer", value: (r) => r.workers },
  ];
  const groupBy = filter.groupBy;
  const trend = xlsxTable<TrendRow>({
    sheet: ex("investment.trendSheet"),
    title: `${t("chart.title")} · ${t(`intervals.${filter.interval}`)}`,
    subtitle,
    columns: [
      { header: t("chart.period"), kind: "text", value: (r) => periodKeyLabel(r.period, locale) },
      ...(groupBy
        ? [{ header: t(`filters.${groupBy}`), kind: "text" as const, value: (r: TrendRow) => label(groupBy, r.group) }]
        : []),
      ...figures<TrendRow>(),
    ],
    rows: data.trend.points,
    empty: t("empty"),
  });
  const total = data.trend.totals.investment;
  const breakdowns = BREAKDOWN_DIMENSIONS.map((dimension) =>
    xlsxTable<GroupRow>({
      sheet: t(`filters.${dimension}`),
      title: t("breakdown.title", { dimension: t(`filters.${dimension}`).toLowerCase() }),
      subtitle,
      columns: [
        { header: t(`filters.${dimension}`), kind: "text", value: (r) => label(dimension, r.group) },
        ...figures<GroupRow>(),
        {
          header: t("breakdown.share"),
          kind: "percent",
          decimals: 2,
          value: (r) => investmentShare(r.investment, total),
        },
      ],
      rows: data.breakdowns[dimension],
      empty: t("empty"),
    }),
  );
  return [trend, ...breakdowns];
}
