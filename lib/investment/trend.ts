/**
 * Pure investment trend arithmetic: the database returns one row per WIB day (and group); these functions roll
 * days up into months, quarters or years, add totals, and compute year-on-year growth and target progress.
 * All rupiah are bigint, so sums are exact however large.
 */
import { bucketKey, periodsBetween } from "../periods/periods";
import type { TrendInterval } from "./schemas";

/** One aggregate row as read from the database: a WIB day, an optional group value, and its sums. */
export type DailyInvestmentRow = {
  day: string;
  group: string | null;
  projects: number;
  investment: bigint;
  workers: number;
};

export type TrendPoint = {
  /** Period key: "2026-03", "2026-Q1" or "2026". */
  period: string;
  /** The group value (sector code, kecamatan code, PMA/PMDN, scale), or null when not grouped. */
  group: string | null;
  projects: number;
  investment: bigint;
  workers: number;
};

export type InvestmentTotals = { projects: number; investment: bigint; workers: number };

/**
 * Rolls daily rows up into periods of `interval`, ordered by period then group (nulls, i.e. unknown values, last).
 * Without a grouping every period between `from` and `to` appears, with zeros where nothing was issued, so a chart
 * shows gaps as zero instead of skipping them; with a grouping only non-empty (period, group) pairs appear.
 */
export function bucketTrend(
  rows: readonly DailyInvestmentRow[],
  interval: TrendInterval,
  range: { from: string; to: string },
  isGrouped: boolean,
): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  if (!isGrouped) {
    for (const period of periodsBetween(interval, range.from, range.to)) {
      points.set(`${period.key}\u0000`, { period: period.key, group: null, projects: 0, investment: 0n, workers: 0 });
    }
  }
  for (const row of rows) {
    const period = bucketKey(interval, row.day);
    const group = isGrouped ? row.group : null;
    const key = `${period}\u0000${group ?? ""}`;
    const point = points.get(key) ?? { period, group, projects: 0, investment: 0n, workers: 0 };
    point.projects += row.projects;
    point.investment += row.investment;
    point.workers += row.workers;
    points.set(key, point);
  }
  return [...points.values()].sort(comparePoints);
}

function comparePoints(a: TrendPoint, b: TrendPoint): number {
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  if (a.group === b.group) return 0;
  if (a.group === null) return 1;
  if (b.group === null) return -1;
  return a.group < b.group ? -1 : 1;
}

/** Sums of projects, rupiah and workers over any rows. */
export function sumInvestment(
  rows: readonly { projects: number; investment: bigint; workers: number }[],
): InvestmentTotals {
  let projects = 0;
  let investment = 0n;
  let workers = 0;
  for (const row of rows) {
    projects += row.projects;
    investment += row.investment;
    workers += row.workers;
  }
  return { projects, investment, workers };
}

/**
 * Totals per group, largest investment first (ties by group name), for breakdown tables and bars.
 */
export function totalsByGroup(rows: readonly DailyInvestmentRow[]): Array<InvestmentTotals & { group: string | null }> {
  const groups = new Map<string | null, InvestmentTotals & { group: string | null }>();
  for (const row of rows) {
    const entry = groups.get(row.group) ?? { group: row.group, projects: 0, investment: 0n, workers: 0 };
    entry.projects += row.projects;
    entry.investment += row.investment;
    entry.workers += row.workers;
    groups.set(row.group, entry);
  }
  return [...groups.values()].sort((a, b) =>
    a.investment !== b.investment
      ? a.investment > b.investment
        ? -1
        : 1
      : String(a.group).localeCompare(String(b.group)),
  );
}

/**
 * Year-on-year growth as a fraction: (current − previous) ÷ previous, e.g. 150 vs 120 → 0.25, 90 vs 120 → −0.25.
 * Exact to 1e-6 for bigint rupiah (the division is done in integers). Null when the previous period is zero,
 * where growth is undefined rather than infinite.
 */
export function growthRatio(current: bigint | number, previous: bigint | number): number | null {
  const now = BigInt(current);
  const before = BigInt(previous);
  if (before === 0n) return null;
  const millionths = ((now - before) * 1_000_000n) / before;
  return Number(millionths) / 1_000_000;
}

/**
 * Progress towards an annual target as a fraction (1 = reached), exact to 1e-6: 750 of 1,000 → 0.75.
 * Null when no target is set or the target is not positive.
 */
export function targetProgress(actual: bigint | number, target: bigint | number | null): number | null {
  if (target === null) return null;
  const goal = BigInt(target);
  if (goal <= 0n) return null;
  return Number((BigInt(actual) * 1_000_000n) / goal) / 1_000_000;
}

/** The JSON shape of a trend point in the API: rupiah as an integer string (exact; JSON numbers lose digits). */
export function trendPointToJson(point: TrendPoint) {
  return { ...point, investment: point.investment.toString() };
}

export function totalsToJson(totals: InvestmentTotals) {
  return { ...totals, investment: totals.investment.toString() };
}
