/** Pure: turns the dashboard's URL parameters into a period (default: the last complete quarter before `today`). */
import {
  customPeriod,
  parsePeriodKey,
  periodOf,
  previousPeriod,
  type CalendarPeriodKind,
  type Period,
  type PeriodKind,
  PERIOD_KINDS,
} from "../periods/periods";
import { parsePeriodRange, type PeriodRangeError } from "../periods/range-params";

export type DashboardParams = {
  kind?: string;
  period?: string;
  dari?: string;
  sampai?: string;
  from?: string;
  to?: string;
};

/**
 * A custom range (`dari`/`sampai`, or `from`/`to`) applies when the kind is "custom" or not given, so
 * `/staf/skm?dari=2026-01-01&sampai=2026-03-15` opens that range; a refused range (end before start, invalid date,
 * start after today) falls back to the default and is returned as `rangeError` for the page to explain.
 */
export function resolveDashboardPeriod(
  params: DashboardParams,
  today: string,
): { kind: PeriodKind; period: Period; trendKind: CalendarPeriodKind; rangeError: PeriodRangeError | null } {
  const requestedKind = (PERIOD_KINDS as readonly string[]).includes(params.kind ?? "")
    ? (params.kind as PeriodKind)
    : undefined;
  if (requestedKind === undefined || requestedKind === "custom") {
    const range = parsePeriodRange(params, today);
    if (range.ok && range.range) {
      return {
        kind: "custom",
        period: customPeriod(range.range.from, range.range.to),
        trendKind: "month",
        rangeError: null,
      };
    }
    if (!range.ok) return { ...resolveCalendar("quarter", undefined, today), rangeError: range.error };
    if (requestedKind === "custom") {
      const period = customPeriod(previousPeriod(periodOf("month", today)).from, today);
      return { kind: "custom", period, trendKind: "month", rangeError: null };
    }
  }
  return { ...resolveCalendar(requestedKind ?? "quarter", params.period, today), rangeError: null };
}

function resolveCalendar(
  kind: CalendarPeriodKind | "custom",
  key: string | undefined,
  today: string,
): { kind: CalendarPeriodKind; period: Period; trendKind: CalendarPeriodKind } {
  const calendarKind: CalendarPeriodKind = kind === "custom" ? "quarter" : kind;
  const parsed = key ? parsePeriodKey(key) : null;
  const period = parsed && parsed.kind === calendarKind ? parsed : previousPeriod(periodOf(calendarKind, today));
  return { kind: calendarKind, period, trendKind: calendarKind };
}

/** The last `count` periods of `kind` ending with the one before `today`'s (choices for the period picker). */
export function recentPeriods(kind: CalendarPeriodKind, today: string, count: number): Period[] {
  const out: Period[] = [];
  let p = periodOf(kind, today);
  for (let i = 0; i < count; i++) {
    out.push(p);
    p = previousPeriod(p);
  }
  return out;
}

/**
 * The SKM dashboard's URL for a period: a calendar period by kind and key (`?kind=year&period=2026`), any other
 * range as `?dari=…&sampai=…`. Drill-down links (the leadership dashboard's "Rincian") use it so the detail opens
 * the same period.
 */
export function skmDashboardQuery(period: { kind: PeriodKind; key: string; from: string; to: string }): string {
  return period.kind === "custom"
    ? `dari=${period.from}&sampai=${period.to}`
    : `kind=${period.kind}&period=${encodeURIComponent(period.key)}`;
}
