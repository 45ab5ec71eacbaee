"use client";
import { useState, type ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { wrapLabel } from "@/lib/format/wrap-label";

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

/**
 * A chart's frame: full width, the measured width handed to `children` (for tick layout), and the categories it
 * must show listed for tests. `label` names the picture for screen readers; without it the chart is decorative
 * (the page shows the same figures in a table).
 */
export function ChartFrame({
  height,
  categories,
  label,
  testId,
  children,
}: {
  /** Pixels, or computed from the measured width (labels that wrap or rotate need more room on a phone). */
  height: number | ((width: number) => number);
  categories: readonly string[];
  label?: string;
  testId?: string;
  children: (width: number) => ReactElement;
}) {
  const [width, setWidth] = useState(600);
  return (
    <div
      className="chart-frame"
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-chart-categories={JSON.stringify(categories)}
      data-testid={testId}
      style={{ width: "100%", height: typeof height === "number" ? height : height(width) }}
    >
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => w > 0 && w !== width && setWidth(w)}>
        {children(width)}
      </ResponsiveContainer>
    </div>
  );
}
