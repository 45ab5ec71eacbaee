"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatRupiahExact, formatRupiahShort } from "@/lib/format/rupiah";
import type { Locale } from "@/lib/i18n/locales";

export type TrendChartPoint = { period: string; label: string; group: string | null; investment: string };

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
  for (const point of points) {
    const row = rows.get(point.period) ?? { period: point.period, label: point.label };
    const key = point.group ?? "__all";
    row[key] = Number(point.investment);
    exact.set(`${point.period}|${key}`, point.investment);
    rows.set(point.period, row);
  }
  const data = [...rows.values()];
  return (
    <figure style={{ margin: 0 }} data-testid="investment-trend-chart">
      <figcaption className="sr-only">{caption}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            tickFormatter={(value: number) => formatRupiahShort(value, locale)}
            width={110}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            formatter={(value, name, item) => {
              const period = String((item?.payload as { period?: string } | undefined)?.period ?? "");
              const text = exact.get(`${period}|${String(item?.dataKey ?? name)}`) ?? String(value);
              return [
                `${formatRupiahShort(BigInt(text), locale)} (${formatRupiahExact(BigInt(text), locale)})`,
                groupLabels[String(name)] ?? String(name),
              ];
            }}
          />
          {groups.length > 1 && <Legend formatter={(value: string) => groupLabels[value] ?? value} />}
          {groups.map((group, index) => (
            <Bar
              key={group}
              dataKey={group}
              name={group}
              stackId="investment"
              fill={COLORS[index % COLORS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
