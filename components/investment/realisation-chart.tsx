"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatRupiahExact, formatRupiahShort } from "@/lib/format/rupiah";
import type { Locale } from "@/lib/i18n/locales";

export type RealisationChartPoint = { label: string; planned: string; realised: string; compliance: number | null };

/**
 * Planned vs cumulative realised investment per period (bars, rupiah axis) and LKPM compliance (line, % axis).
 * Rupiah arrive as exact strings; bars use numbers (chart precision), the tooltip shows short and exact amounts.
 */
export function RealisationChart({
  points,
  labels,
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
  const percent = (value: number) =>
    `${value.toLocaleString(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 1 })}%`;
  return (
    <figure style={{ margin: 0 }} data-testid="realisation-chart">
      <figcaption className="sr-only">{caption}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            yAxisId="rupiah"
            tickFormatter={(value: number) => formatRupiahShort(value, locale)}
            width={110}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            yAxisId="percent"
            orientation="right"
            domain={[0, 100]}
            tickFormatter={percent}
            width={48}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            formatter={(value, name, item) => {
              const payload = item?.payload as { exactPlanned: string; exactRealised: string } | undefined;
              if (name === "compliance") return [typeof value === "number" ? percent(value) : "—", labels.compliance];
              const exact = BigInt(
                name === "planned" ? (payload?.exactPlanned ?? "0") : (payload?.exactRealised ?? "0"),
              );
              return [
                `${formatRupiahShort(exact, locale)} (${formatRupiahExact(exact, locale)})`,
                name === "planned" ? labels.planned : labels.realised,
              ];
            }}
          />
          <Legend formatter={(value: string) => labels[value as keyof typeof labels] ?? value} />
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
      </ResponsiveContainer>
    </figure>
  );
}
