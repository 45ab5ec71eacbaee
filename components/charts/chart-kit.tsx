"use client";
import { useLayoutEffect, useRef, useState, type ReactElement } from "react";
import { ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatRupiahShort } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import { wrapLabel } from "@/lib/format/wrap-label";
import { ChartPngButton } from "@/components/export/chart-png-button";
import { ChartLegend, type LegendEntry } from "./chart-links";

/**
 * What every chart shares (issue 16): 12 px text at least, every category and period named (recharts' default
 * tick interval silently drops labels that would collide — here they wrap, or rotate when the ticks are close),
 * and the list of categories on the frame (data-chart-categories) so a test can check that each one is drawn.
 */
export const CHART_FONT_SIZE = 12;
export const AXIS_TICK = { fontSize: CHART_FONT_SIZE, fill: "#374151" } as const;
const LINE_HEIGHT = 14;
// Average advance of a 12 px system sans-serif character; used only to decide where to wrap.
const CHARACTER_WIDTH = 6.6;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** How many characters fit on one line of `width` pixels of tick text. */
export function charactersFor(width: number): number {
  return Math.max(6, Math.floor(width / CHARACTER_WIDTH));
}

/** The most lines any of `labels` needs at `maxChars` characters per line. */
export function linesNeeded(labels: readonly string[], maxChars: number): number {
  return Math.max(1, ...labels.map((label) => wrapLabel(label, maxChars).length));
}

/** A category on a vertical axis (horizontal bars): the whole name, wrapped, right-aligned beside its bar. */
export function CategoryTick({ x, y, payload, maxChars }: TickProps & { maxChars: number }) {
  const text = String(payload?.value ?? "");
  const lines = wrapLabel(text, maxChars);
  const firstDy = -((lines.length - 1) * LINE_HEIGHT) / 2 + CHART_FONT_SIZE / 3;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" {...AXIS_TICK} data-category={text}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? firstDy : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A category or period under a horizontal axis: wrapped below its tick, or — when the ticks are too close for that —
 * written whole at −40°.
 */
export function PeriodTick({ x, y, payload, maxChars, rotate }: TickProps & { maxChars: number; rotate: boolean }) {
  const text = String(payload?.value ?? "");
  if (rotate) {
    return (
      <text
        x={Number(x)}
        y={Number(y) + 4}
        textAnchor="end"
        transform={`rotate(-40 ${Number(x)} ${Number(y) + 4})`}
        {...AXIS_TICK}
        data-category={text}
      >
        {text}
      </text>
    );
  }
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" {...AXIS_TICK} data-category={text}>
      {wrapLabel(text, maxChars).map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? CHART_FONT_SIZE : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Layout of a horizontal category axis with `labels` on a chart `width` pixels wide: the characters per line,
 * whether to rotate, the axis height that fits the labels, and how far a rotated first label reaches to the left.
 */
export function periodAxisLayout(labels: readonly string[], width: number) {
  const slot = Math.max(1, (width - 80) / Math.max(1, labels.length));
  const maxChars = Math.max(1, Math.floor((slot - 4) / CHARACTER_WIDTH));
  const longestWord = Math.max(1, ...labels.flatMap((label) => label.split(/\s+/).map((word) => word.length)));
  const rotate = longestWord > maxChars || linesNeeded(labels, maxChars) > 3;
  const longest = Math.max(1, ...labels.map((label) => label.length));
  const height = rotate
    ? Math.ceil(longest * CHARACTER_WIDTH * 0.65 + 16)
    : linesNeeded(labels, maxChars) * LINE_HEIGHT + 12;
  // A rotated first label reaches left of its tick by about cos 40° of its length: room the chart must leave.
  const overhang = rotate ? Math.ceil((labels[0] ?? "").length * CHARACTER_WIDTH * 0.77) : 0;
  return { maxChars, rotate, height, overhang };
}

export type PeriodAxisLayout = ReturnType<typeof periodAxisLayout>;

/**
 * The category or period axis under a chart: every label drawn (interval 0; recharts' default drops labels that
 * would collide), wrapped or rotated as `axis` says. A function, not a component: recharts reads its axes from
 * the chart's direct children.
 */
export function periodXAxis(axis: PeriodAxisLayout, dataKey = "label") {
  return (
    <XAxis
      dataKey={dataKey}
      interval={0}
      height={axis.height}
      tick={(props) => <PeriodTick {...props} maxChars={axis.maxChars} rotate={axis.rotate} />}
    />
  );
}

/** Width of a rupiah value axis: "Rp 1,23 miliar" fits 110 px; a phone gets 84 px. */
export const rupiahAxisWidth = (chartWidth: number) => (chartWidth < 480 ? 84 : 110);

/** A value axis in short rupiah ("Rp 1,2 miliar" / "IDR 1.2 billion"). */
export function rupiahYAxis(locale: Locale, chartWidth: number, yAxisId?: string) {
  return (
    <YAxis
      yAxisId={yAxisId}
      tickFormatter={(value: number) => formatRupiahShort(value, locale)}
      width={rupiahAxisWidth(chartWidth)}
      tick={AXIS_TICK}
    />
  );
}

/** Narrowest slot per category on a horizontal axis: a label rotated −40° needs about 22 px not to touch the next. */
export const MIN_CATEGORY_SLOT = 24;

/**
 * A chart's frame: full width, the width handed to `children` (for tick layout), and the categories it must show
 * listed for tests. `label` names the picture for screen readers; without it the chart is decorative (the page shows
 * the same figures in a table) and hidden from them — such a chart must set accessibilityLayer={false}, or its
 * keyboard focus would sit inside a hidden element. With `minSlot`, a chart with many categories on a narrow phone keeps
 * `minSlot` px per category and scrolls sideways inside its own box (keyboard-focusable) instead of crowding its
 * labels — the page itself never scrolls sideways.
 */
export function ChartFrame({
  height,
  categories,
  label,
  minSlot,
  reserved = 80,
  testId,
  pngTitle,
  interactive = false,
  legend = [],
  children,
}: {
  /** Pixels, or computed from the width (labels that wrap or rotate need more room on a phone). */
  height: number | ((width: number) => number);
  categories: readonly string[];
  label?: string;
  minSlot?: number;
  /** Pixels of the width taken by value axes and margins, not by categories. */
  reserved?: number;
  testId?: string;
  /** The title drawn on the chart's PNG download (default: the heading of the card around it). */
  pngTitle?: string;
  /** The chart holds links (drill-down points): a named group instead of an image, so they stay reachable. */
  interactive?: boolean;
  /** Which colour is which series: drawn under the chart and into its PNG. */
  legend?: readonly LegendEntry[];
  children: (width: number) => ReactElement;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(600);
  // Measured before the first paint (a layout effect), so a phone never sees a chart at the default 600 px.
  useLayoutEffect(() => {
    const element = outer.current;
    if (!element) return;
    const initial = Math.floor(element.getBoundingClientRect().width);
    if (initial > 0) setAvailable(initial);
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setAvailable(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const needed = minSlot ? categories.length * minSlot + reserved : 0;
  const width = Math.max(available, needed);
  const scrolls = width > available;
  return (
    <div data-png-scope>
      <div
        ref={outer}
        className="chart-scroll"
        style={{ overflowX: scrolls ? "auto" : "hidden" }}
        tabIndex={scrolls ? 0 : undefined}
      >
        <div
          className="chart-frame"
          role={label ? (interactive ? "group" : "img") : undefined}
          aria-label={label}
          aria-hidden={label ? undefined : true}
          data-chart-categories={JSON.stringify(categories)}
          data-testid={testId}
          style={{ width, height: typeof height === "number" ? height : height(width) }}
        >
          <ResponsiveContainer width="100%" height="100%">
            {children(width)}
          </ResponsiveContainer>
        </div>
      </div>
      <ChartLegend entries={legend} />
      <ChartPngButton title={pngTitle ?? label} />
    </div>
  );
}

/**
 * A figure with a hidden caption holding a chart over periods with value axes `axesWidth` px wide in all (rupiah
 * on the left, maybe a percent axis on the right): the period axis layout and a left margin that leaves room for
 * a rotated first label are worked out here and handed to `children`.
 */
export function PeriodChartFigure({
  testId,
  caption,
  labels,
  axesWidth,
  legend,
  interactive = false,
  children,
}: {
  testId: string;
  caption: string;
  labels: readonly string[];
  axesWidth: number;
  legend?: readonly LegendEntry[];
  /** The bars are drill-down links: the chart becomes a group named by `caption` so they stay reachable. */
  interactive?: boolean;
  children: (chart: {
    width: number;
    axis: PeriodAxisLayout;
    margin: { top: number; right: number; bottom: number; left: number };
  }) => ReactElement;
}) {
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <figcaption className="sr-only">{caption}</figcaption>
      <ChartFrame
        categories={labels}
        minSlot={MIN_CATEGORY_SLOT}
        reserved={axesWidth + 80}
        legend={legend}
        label={interactive ? caption : undefined}
        interactive={interactive}
        height={(width) => 280 + periodAxisLayout(labels, width - axesWidth).height}
      >
        {(width) => {
          const axis = periodAxisLayout(labels, width - axesWidth);
          const left = Math.max(8, axis.overhang - rupiahAxisWidth(width));
          return children({ width, axis, margin: { top: 8, right: 8, bottom: 8, left } });
        }}
      </ChartFrame>
    </figure>
  );
}
