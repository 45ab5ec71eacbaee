"use client";
import type { ReactNode } from "react";
import { Rectangle, type BarShapeProps } from "recharts";
import type { ChartLink } from "@/lib/drilldown/chart-link";
import type { Locale } from "@/lib/i18n/locales";
import id from "@/lib/i18n/messages/id/charts.json";
import en from "@/lib/i18n/messages/en/charts.json";

/** The legend's own words (the running period, priorities, grade lines) in the reader's language. */
export function chartWords(locale: Locale) {
  return locale === "en" ? en : id;
}

/**
 * What charts draw besides their marks (issue 16): drill-down links on bars and points (built by each domain's pure
 * link file, `lib/drilldown/chart-link.ts`), and the legend. Links are SVG `<a href>` elements: focusable with Tab,
 * named by their figure, and followed like any link; a chart holding them is a named group (`ChartFrame
 * interactive`), not an image. The legend is drawn in HTML under the chart and read back from the same markup
 * (`data-legend-color`) by the PNG download, so the image says which colour is which series.
 */

/**
 * A mark wrapped in its link (nothing around it without one). `pointerOnly`: a second mark of the same link (a bar
 * drawn as two columns) — clickable, but out of the tab order and hidden from screen readers, which reach the link
 * once through the first mark.
 */
export function ChartLinkMark({
  link,
  children,
  pointerOnly = false,
}: {
  link: ChartLink | undefined;
  children: ReactNode;
  pointerOnly?: boolean;
}) {
  if (!link) return <g>{children}</g>;
  if (pointerOnly)
    return (
      <a href={link.href} tabIndex={-1} aria-hidden="true" className="chart-link">
        {children}
      </a>
    );
  return (
    <a href={link.href} aria-label={link.name} className="chart-link">
      {children}
    </a>
  );
}

/** A recharts bar `shape` whose bar `index` is a link when `linkAt(index)` gives one (`pointerOnly`: ChartLinkMark). */
export function linkedBar(linkAt: (index: number) => ChartLink | undefined, pointerOnly = false) {
  return function LinkedBar(props: BarShapeProps) {
    const { x, y, width, height, fill, fillOpacity, index } = props;
    return (
      <ChartLinkMark link={linkAt(index)} pointerOnly={pointerOnly}>
        <Rectangle x={x} y={y} width={width} height={height} fill={fill} fillOpacity={fillOpacity} />
      </ChartLinkMark>
    );
  };
}

/** A point that is a link: a 12 px transparent target around the visible dot, so a finger can hit it. */
export function LinkedPoint({
  cx,
  cy,
  link,
  children,
}: {
  cx: number;
  cy: number;
  link?: ChartLink;
  children: ReactNode;
}) {
  if (!link) return <g>{children}</g>;
  return (
    <ChartLinkMark link={link}>
      <circle cx={cx} cy={cy} r={12} fill="transparent" />
      {children}
    </ChartLinkMark>
  );
}

/** A legend entry: a filled box (bars), a line, a dashed line (reference lines) or a hollow dashed point (partial). */
export type LegendEntry = { label: string; color: string; mark?: "box" | "line" | "dashed" | "hollow" };

function LegendMark({ color, mark = "box" }: Pick<LegendEntry, "color" | "mark">) {
  return (
    <svg width="18" height="12" aria-hidden="true" focusable="false">
      {mark === "box" && <rect x="3" y="0" width="12" height="12" fill={color} />}
      {mark === "line" && <line x1="0" y1="6" x2="18" y2="6" stroke={color} strokeWidth="2" />}
      {mark === "dashed" && <line x1="0" y1="6" x2="18" y2="6" stroke={color} strokeWidth="2" strokeDasharray="4 3" />}
      {mark === "hollow" && (
        <circle cx="9" cy="6" r="4.5" fill="#ffffff" stroke={color} strokeWidth="2" strokeDasharray="2 2" />
      )}
    </svg>
  );
}

/** The legend under a chart; hidden from screen readers (the page's table carries the figures). */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend" aria-hidden="true" data-testid="chart-legend">
      {entries.map((entry) => (
        <li
          key={`${entry.label}|${entry.color}`}
          data-legend-color={entry.color}
          data-legend-mark={entry.mark ?? "box"}
        >
          <LegendMark color={entry.color} mark={entry.mark} />
          <span>{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
