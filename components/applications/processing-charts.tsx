"use client";
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal, formatPercent } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ChartLink } from "@/lib/drilldown/chart-link";
import { chartWords, linkedBar, LinkedPoint, type LegendEntry } from "@/components/charts/chart-links";
import {
  AXIS_TICK,
  CategoryTick,
  charactersFor,
  ChartFrame,
  linesNeeded,
  MIN_CATEGORY_SLOT,
  periodAxisLayout,
  periodXAxis,
} from "@/components/charts/chart-kit";

/** A series: its data key, its name in the legend and tooltip, its colour, and how its values read. */
type Series = { key: string; label: string; color: string; unit?: "percent" | "days" | "count" };

/** Percent series hold percentages (81.2), days one decimal, counts whole numbers — in the reader's format. */
function formatValue(value: unknown, unit: Series["unit"], locale: Locale): string {
  if (typeof value !== "number") return "—";
  if (unit === "percent") return formatPercent(value / 100, locale);
  return formatDecimal(value, locale, unit === "days" ? 2 : 0, { trim: unit === "days" });
}

/** A tooltip line: the hovered value in its series' format, named by the series' label (not its data key). */
function seriesTooltip(series: readonly Series[], locale: Locale) {
  return (value: unknown, name: unknown, item: { dataKey?: unknown } | undefined): [string, string] => {
    const s = series.find((candidate) => candidate.key === item?.dataKey);
    return [formatValue(value, s?.unit, locale), s?.label ?? String(name)];
  };
}

/** Axis ticks: whole percentages and days, so "25 %" rather than "25,0 %". */
function formatTick(value: unknown, unit: Series["unit"], locale: Locale): string {
  if (typeof value !== "number") return "";
  return unit === "percent" ? formatPercent(value / 100, locale, 0) : formatDecimal(value, locale, 1, { trim: true });
}

/**
 * A bar chart; the page always shows the same figures in a table, so the chart is decorative for screen readers —
 * unless its bars are drill-down links (`links`, one per row), then it is a group named `label` holding them. With
 * several series, every column of a row opens the row's link; the first is the one in the tab order.
 * layout "vertical" draws horizontal bars with the categories (licence types, stages) wrapped on the left — the
 * shape for long category lists; "horizontal" draws columns with every category named under its column.
 */
export function ProcessingBarChart({
  data,
  xKey,
  series,
  locale,
  layout = "horizontal",
  links,
  label,
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  locale: Locale;
  layout?: "horizontal" | "vertical";
  /** Drill-down: the link of each row's bar (lib/applications/chart-links.ts). */
  links?: readonly (ChartLink | undefined)[];
  label?: string;
}) {
  const labels = data.map((row) => String(row[xKey] ?? ""));
  const axisWidth = (width: number) => Math.min(200, Math.round(width * 0.42));
  const maxChars = (width: number) => charactersFor(axisWidth(width) - 10);
  const rowHeight = (width: number) => Math.max(24, linesNeeded(labels, maxChars(width)) * 14 + 10) * series.length;
  const height =
    layout === "vertical"
      ? (width: number) => Math.max(160, labels.length * rowHeight(width) + 60)
      : (width: number) => 220 + periodAxisLayout(labels, width).height;
  const valueAxis = series.length === 1 ? series[0]!.unit : undefined;
  return (
    <ChartFrame
      categories={labels}
      height={height}
      minSlot={layout === "vertical" ? undefined : MIN_CATEGORY_SLOT}
      label={links ? label : undefined}
      interactive={links !== undefined}
      legend={series.map((s) => ({ label: s.label, color: s.color }))}
    >
      {(width) => {
        const axis = periodAxisLayout(labels, width);
        return (
          <BarChart
            accessibilityLayer={false}
            data={data}
            layout={layout}
            margin={{ top: 8, right: 28, bottom: 8, left: layout === "vertical" ? 4 : Math.max(4, axis.overhang - 60) }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            {layout === "vertical" ? (
              <>
                <XAxis type="number" tick={AXIS_TICK} tickFormatter={(v) => formatTick(v, valueAxis, locale)} />
                <YAxis
                  type="category"
                  dataKey={xKey}
                  width={axisWidth(width)}
                  interval={0}
                  tick={(props) => <CategoryTick {...props} maxChars={maxChars(width)} />}
                />
              </>
            ) : (
              <>
                {periodXAxis(axis, xKey)}
                <YAxis tick={AXIS_TICK} tickFormatter={(v) => formatTick(v, valueAxis, locale)} />
              </>
            )}
            <Tooltip formatter={seriesTooltip(series, locale)} />
            {series.map((s, seriesIndex) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.color}
                isAnimationActive={false}
                shape={links ? linkedBar((index) => links[index], seriesIndex > 0) : undefined}
              />
            ))}
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}

/**
 * A row with `partial: 1` is the running period: a hollow, dashed point marks it (the page says so in words). With
 * a `link`, the point is a drill-down link with a visible dot.
 */
function RunningPoint(props: {
  cx?: number;
  cy?: number;
  payload?: Record<string, unknown>;
  stroke?: string;
  link?: ChartLink;
}) {
  if (props.cx === undefined || props.cy === undefined) return null;
  const partial = props.payload?.partial === 1;
  if (!partial && !props.link) return null;
  return (
    <LinkedPoint cx={props.cx} cy={props.cy} link={props.link}>
      {partial ? (
        <circle
          cx={props.cx}
          cy={props.cy}
          r={5}
          fill="#ffffff"
          stroke={props.stroke}
          strokeWidth={2}
          strokeDasharray="2 2"
          data-partial="true"
        />
      ) : (
        <circle cx={props.cx} cy={props.cy} r={3} fill={props.stroke} />
      )}
    </LinkedPoint>
  );
}

/** Lines over periods; with `percent`, the second and later series use a 0–100 % axis on the right. */
export function ProcessingLineChart({
  data,
  xKey,
  series,
  locale,
  percent = false,
  links,
  label,
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  locale: Locale;
  percent?: boolean;
  /** Drill-down: the link of each row, on the first series' point (lib/applications/chart-links.ts). */
  links?: readonly (ChartLink | undefined)[];
  label?: string;
}) {
  const labels = data.map((row) => String(row[xKey] ?? ""));
  const legend: LegendEntry[] = series.map((s) => ({ label: s.label, color: s.color, mark: "line" }));
  if (data.some((row) => row.partial === 1))
    legend.push({ label: chartWords(locale).partial, color: "#374151", mark: "hollow" });
  return (
    <ChartFrame
      label={links ? label : undefined}
      interactive={links !== undefined}
      legend={legend}
      categories={labels}
      minSlot={MIN_CATEGORY_SLOT}
      reserved={percent ? 140 : 80}
      height={(width) => 230 + periodAxisLayout(labels, width).height}
    >
      {(width) => {
        const axis = periodAxisLayout(labels, width);
        return (
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: Math.max(0, axis.overhang - 60) }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            {periodXAxis(axis, xKey)}
            <YAxis yAxisId="left" tick={AXIS_TICK} tickFormatter={(v) => formatTick(v, series[0]?.unit, locale)} />
            {percent && (
              <YAxis
                yAxisId="right"
                orientation="right"
                domain={[0, 100]}
                tick={AXIS_TICK}
                tickFormatter={(v) => formatPercent(Number(v) / 100, locale, 0)}
              />
            )}
            <Tooltip formatter={seriesTooltip(series, locale)} />
            {series.map((s, index) => (
              <Line
                key={s.key}
                yAxisId={percent && index > 0 ? "right" : "left"}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                dot={(dotProps) => (
                  <RunningPoint
                    key={dotProps.index}
                    {...dotProps}
                    link={index === 0 ? links?.[dotProps.index] : undefined}
                  />
                )}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
