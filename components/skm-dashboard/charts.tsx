"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDecimal } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import {
  AXIS_TICK,
  CategoryTick,
  charactersFor,
  CHART_FONT_SIZE,
  ChartFrame,
  linesNeeded,
  MIN_CATEGORY_SLOT,
  periodAxisLayout,
  periodXAxis,
} from "@/components/charts/chart-kit";
import { chartWords, linkedBar, LinkedPoint, type LegendEntry } from "@/components/charts/chart-links";
import type { ChartLink } from "@/lib/drilldown/chart-link";

/** `link`: drill-down, the bar becomes a link named by its figure (lib/skm/element-links.ts). */
export type BarDatum = { label: string; value: number | null; highlight?: boolean; link?: ChartLink };

/**
 * Horizontal bars (per-element NRR, profile, info sources); highlighted bars are the improvement priorities.
 * Every category name is drawn whole (wrapped), each row tall enough for its lines, so names never overlap. With
 * links on its data the chart is a named group of links (keyboard reachable), else an image.
 */
export function HorizontalBarChart({
  data,
  domain,
  ariaLabel,
  seriesName,
  locale,
  decimals = 0,
  labelWidth = 170,
}: {
  data: BarDatum[];
  domain?: [number, number];
  ariaLabel: string;
  /** The measure's name in the tooltip ("NRR", "Jumlah"). */
  seriesName: string;
  locale: Locale;
  decimals?: number;
  labelWidth?: number;
}) {
  const labels = data.map((d) => d.label);
  const axisWidth = (width: number) => Math.min(labelWidth, Math.round(width * 0.45));
  const maxChars = (width: number) => charactersFor(axisWidth(width) - 10);
  const rowHeight = (width: number) => Math.max(30, linesNeeded(labels, maxChars(width)) * 14 + 14);
  const format = (v: unknown) => (typeof v === "number" ? formatDecimal(v, locale, decimals) : "");
  const legend: LegendEntry[] = [{ label: seriesName, color: "#0b5c7a" }];
  const interactive = data.some((d) => d.link);
  if (data.some((d) => d.highlight)) legend.push({ label: chartWords(locale).priority, color: "#b91c1c" });
  return (
    <ChartFrame
      label={ariaLabel}
      interactive={interactive}
      legend={legend}
      categories={labels}
      height={(width) => Math.max(120, data.length * rowHeight(width) + 40)}
    >
      {(width) => (
        <BarChart
          accessibilityLayer={interactive ? false : undefined}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={domain ?? [0, "auto"]} tickFormatter={format} tick={AXIS_TICK} />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth(width)}
            interval={0}
            tick={(props) => <CategoryTick {...props} maxChars={maxChars(width)} />}
          />
          <Tooltip formatter={(v) => [format(v), seriesName]} />
          <Bar
            dataKey="value"
            name={seriesName}
            isAnimationActive={false}
            shape={interactive ? linkedBar((index) => data[index]?.link) : undefined}
          >
            {data.map((d) => (
              <Cell key={d.label} fill={d.highlight ? "#b91c1c" : "#0b5c7a"} />
            ))}
            <LabelList dataKey="value" position="right" fontSize={CHART_FONT_SIZE} formatter={format} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}

/** `partial`: the period is still running (drawn as a hollow, dashed point; the page says so in words). */
export type TrendDatum = {
  label: string;
  ikm: number | null;
  partial?: boolean;
  /** Drill-down: the dashboard for this period with the same filters; the point becomes a link (keyboard too). */
  href?: string;
  /** The link's accessible name, e.g. "Triwulan II 2026: IKM 87,36 — buka rincian". */
  linkLabel?: string;
};

function TrendDot(props: { cx?: number; cy?: number; payload?: TrendDatum; index?: number }) {
  if (props.cx === undefined || props.cy === undefined || props.payload?.ikm == null) return null;
  const dot = props.payload.partial ? (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={5}
      fill="#ffffff"
      stroke="#0b5c7a"
      strokeWidth={2}
      strokeDasharray="2 2"
      data-partial="true"
    />
  ) : (
    <circle cx={props.cx} cy={props.cy} r={3} fill="#0b5c7a" stroke="#0b5c7a" />
  );
  const { href, linkLabel } = props.payload;
  return (
    <LinkedPoint
      key={props.index}
      cx={props.cx}
      cy={props.cy}
      link={href ? { href, name: linkLabel ?? "" } : undefined}
    >
      {dot}
    </LinkedPoint>
  );
}

/** The grade boundaries of PermenPANRB 14/2017 drawn as reference lines. */
const GRADE_LINES = [
  [88.31, "#166534", "A"],
  [76.61, "#0b5c7a", "B"],
  [65, "#92400e", "C"],
] as const;

/** IKM across periods, with the grade boundaries (PermenPANRB 14/2017) as reference lines; every period named. */
export function IkmTrendChart({ data, ariaLabel, locale }: { data: TrendDatum[]; ariaLabel: string; locale: Locale }) {
  const labels = data.map((d) => d.label);
  const words = chartWords(locale);
  const legend: LegendEntry[] = [
    { label: "IKM", color: "#0b5c7a", mark: "line" },
    ...GRADE_LINES.map(([, color, grade]) => ({
      label: words.grade.replace("{grade}", grade),
      color,
      mark: "dashed" as const,
    })),
  ];
  if (data.some((d) => d.partial)) legend.push({ label: words.partial, color: "#0b5c7a", mark: "hollow" });
  return (
    <ChartFrame
      label={ariaLabel}
      legend={legend}
      interactive={data.some((d) => d.href !== undefined)}
      categories={labels}
      minSlot={MIN_CATEGORY_SLOT}
      height={(width) => 220 + periodAxisLayout(labels, width).height}
    >
      {(width) => {
        const axis = periodAxisLayout(labels, width);
        return (
          <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: Math.max(0, axis.overhang - 60) }}>
            <CartesianGrid strokeDasharray="3 3" />
            {periodXAxis(axis)}
            <YAxis domain={[60, 100]} tick={AXIS_TICK} tickFormatter={(v: number) => formatDecimal(v, locale, 0)} />
            {GRADE_LINES.map(([y, color, grade]) => (
              <ReferenceLine
                key={grade}
                y={y}
                stroke={color}
                strokeDasharray="4 4"
                label={{ value: grade, position: "right", fontSize: CHART_FONT_SIZE }}
              />
            ))}
            <Tooltip formatter={(v) => [typeof v === "number" ? formatDecimal(v, locale, 2) : "—", "IKM"]} />
            <Line
              type="monotone"
              dataKey="ikm"
              name="IKM"
              stroke="#0b5c7a"
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
              dot={(dotProps) => <TrendDot {...dotProps} key={dotProps.index} />}
            />
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
