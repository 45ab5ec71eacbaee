"use client";
import { formatRupiah, formatRupiahShort } from "@/lib/format/format";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip } from "recharts";
import type { Locale } from "@/lib/i18n/locales";
import { PeriodChartFigure, periodXAxis, rupiahYAxis } from "@/components/charts/chart-kit";
import { linkedBar } from "@/components/charts/chart-links";
import type { ChartLink } from "@/lib/drilldown/chart-link";

/** `partial`: the period is still running; its bars are drawn lighter (the page says so in words). */
export type TrendChartPoint = {
  period: string;
  label: string;
  group: string | null;
  investment: string;
  partial?: boolean;
  /** Drill-down: the dashboard for this bar (segment) — lib/investment/trend-chart-links.ts. */
  link?: ChartLink;
};

const COLORS = [
  "#1d4ed8",
  "#b45309",
  "#047857",
  "#7c3aed",
  "#be123c",
  "#0e7490",
  "#4d7c0f",
  "#9333ea",
  "#c2410c",
  "#334155",
];

/**
 * Investment per period as bars (stacked by group when grouped). Rupiah arrive as exact strings; the bars use
 * numbers (chart precision is enough), the tooltip shows the short and the exact amount.
 */
export function TrendChart({
  points,
  groupLabels,
  locale,
  caption,
}: {
  points: TrendChartPoint[];
  groupLabels: Record<string, string>;
  locale: Locale;
  caption: string;
}) {
  const groups = [...new Set(points.map((p) => p.group ?? "__all"))];
  const rows = new Map<string, Record<string, string | number>>();
  const exact = new Map<string, string>();
  const links = new Map<string, ChartLink>();
  for (const point of points) {
    const row = rows.get(point.period) ?? { period: point.period, label: point.label, partial: point.partial ? 1 : 0 };
    const key = point.group ?? "__all";
    row[key] = Number(point.investment);
    exact.set(`${point.period}|${key}`, point.investment);
    if (point.link) links.set(`${point.period}|${key}`, point.link);
    rows.set(point.period, row);
  }
  const data = [...rows.values()];
  const labels = data.map((row) => String(row.label));
  return (
    <PeriodChartFigure
      testId="investment-trend-chart"
      caption={caption}
      labels={labels}
      axesWidth={110}
      interactive={links.size > 0}
      legend={groups.map((group, index) => ({
        label: groupLabels[group] ?? group,
        color: COLORS[index % COLORS.length]!,
      }))}
    >
      {({ width, axis, margin }) => (
        <BarChart accessibilityLayer={false} data={data} margin={margin}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {periodXAxis(axis)}
          {rupiahYAxis(locale, width)}
          <Tooltip
            formatter={(value, name, item) => {
              const period = String((item?.payload as { period?: string } | undefined)?.period ?? "");
              const text = exact.get(`${period}|${String(item?.dataKey ?? name)}`) ?? String(value);
              return [
                `${formatRupiahShort(BigInt(text), locale)} (${formatRupiah(BigInt(text), locale)})`,
                groupLabels[String(name)] ?? String(name),
              ];
            }}
          />
          {groups.map((group, index) => (
            <Bar
              key={group}
              dataKey={group}
              name={group}
              stackId="investment"
              fill={COLORS[index % COLORS.length]}
              isAnimationActive={false}
              shape={linkedBar((row) => links.get(`${String(data[row]?.period)}|${group}`))}
            >
              {data.map((row) => (
                <Cell key={String(row.period)} fillOpacity={row.partial === 1 ? 0.4 : 1} />
              ))}
            </Bar>
          ))}
        </BarChart>
      )}
    </PeriodChartFigure>
  );
}
