/**
 * The one shape of a chart's drill-down link (issue 16, "drill-down that keeps its context"): where a bar or point
 * leads, and the link's accessible name stating what it shows ("Triwulan II 2026: IKM 87,36 — buka rincian").
 * Each domain builds its links with these helpers in its own pure file (`lib/applications/processing-chart-links.ts`,
 * `lib/investment/trend-chart-links.ts`, `lib/skm/trend-points.ts`); the charts draw them
 * (`components/charts/chart-links.tsx`). Pure.
 */
import { parsePeriodKey } from "../periods/periods";
import type { Locale } from "../i18n/locales";
import id from "../i18n/messages/id/charts.json";
import en from "../i18n/messages/en/charts.json";

export type ChartLink = { href: string; name: string };

/** Query values in the order given; null, undefined and "" are left out. */
export type DrillQuery = ReadonlyArray<readonly [string, string | null | undefined]>;

/** `path?a=1&b=2` with the set values of `query` (just `path` when none is set). */
export function drillHref(path: string, query: DrillQuery): string {
  const set = query.filter(
    (entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1] !== "",
  );
  const search = new URLSearchParams(set.map(([key, value]) => [key, value])).toString();
  return search ? `${path}?${search}` : path;
}

/**
 * "Januari 2026: Selesai 120, Tepat waktu 81,2 % — buka rincian": the category, each series with its value (already
 * formatted in the reader's language), and what the link does.
 */
export function drillName(category: string, values: ReadonlyArray<readonly [string, string]>, locale: Locale): string {
  const words = locale === "en" ? en : id;
  const figures = values.map(([series, value]) => `${series} ${value}`).join(", ");
  return `${category}${figures ? `: ${figures}` : ""} — ${words.openDetails}`;
}

/**
 * The days of the period with `key` ("2026-03", "2026-Q1", "2026") that fall inside the page's range: a chart over
 * 15 January – 10 December 2026 links its January bar to 15–31 January and its December bar to 1–10 December, so the
 * detail counts exactly what the bar shows. Null for an unknown key or a period outside the range.
 */
export function periodWithin(key: string, range: { from: string; to: string }): { from: string; to: string } | null {
  const period = parsePeriodKey(key);
  if (!period) return null;
  const from = period.from > range.from ? period.from : range.from;
  const to = period.to < range.to ? period.to : range.to;
  return from <= to ? { from, to } : null;
}
