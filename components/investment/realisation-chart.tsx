"use client";
import { formatPercent, formatRupiah, formatRupiahShort } from "@/lib/format/format";
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/locales";
import { AXIS_TICK, PeriodChartFigure, periodXAxis, rupiahYAxis } from "@/components/charts/chart-kit";

export type RealisationChartPoint = { label: string; planned: string; realised: string; compliance: number | null };

/**
 * Planned vs cumulative realised investment per period (bars, rupiah axis) and LKPM compliance (line, % axis).
 * Rupiah arrive as exact strings; bars use numbers (chart precision), the tooltip shows short and exact amounts.
 */
export function RealisationChart({
  points,
  labels: seriesLabels,
  locale,
  caption,
}: {
  points: RealisationChartPoint[];
  labels: { planned: string; realised: string; compliance: string };
  locale: Locale;
  caption: string;
}) {
  const data = points.map((point) => ({
    label: point.label,
    planned: Number(point.planned),
    realised: Number(point.realised),
    compliance: point.compliance === null ? null : point.compliance * 100,
    exactPlanned: point.planned,
    exactRealised: point.realised,
  }));
  const percent = (value: number) => formatPercent(value / 100, locale, 0);
  const labels = points.map((point) => point.label);
  return (
    <PeriodChartFigure
      testId="realisation-chart"
      caption={caption}
      labels={labels}
      axesWidth={150}
      legend={[
        { label: seriesLabels.planned, color: "#94a3b8" },
        { label: seriesLabels.realised, color: "#1d4ed8" },
        { label: seriesLabels.compliance, color: "#b45309", mark: "line" },
      ]}
    >
      {({ width, axis, margin }) => (
        <ComposedChart accessibilityLayer={false} data={data} margin={margin}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {periodXAxis(axis)}
          {rupiahYAxis(locale, width, "rupiah")}
          <YAxis
            yAxisId="percent"
            orientation="right"
            domain={[0, 100]}
            tickFormatter={percent}
            width={52}
            tick={AXIS_TICK}
          />
          <Tooltip
            formatter={(value, name, item) => {
              const payload = item?.payload as { exactPlanned: string; exactRealised: string } | undefined;
              if (name === "compliance")
                return [typeof value === "number" ? formatPercent(value / 100, locale) : "—", seriesLabels.compliance];
              const exact = BigInt(
                name === "planned" ? (payload?.exactPlanned ?? "0") : (payload?.exactRealised ?? "0"),
              );
              return [
                `${formatRupiahShort(exact, locale)} (${formatRupiah(exact, locale)})`,
                name === "planned" ? seriesLabels.planned : seriesLabels.realised,
              ];
            }}
          />
          <Bar yAxisId="rupiah" dataKey="planned" name="planned" fill="#94a3b8" isAnimationActive={false} />
          <Bar yAxisId="rupiah" dataKey="realised" name="realised" fill="#1d4ed8" isAnimationActive={false} />
          <Line
            yAxisId="percent"
            dataKey="compliance"
            name="compliance"
            stroke="#b45309"
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </PeriodChartFigure>
  );
}
