/** Pure: turns the dashboard's URL parameters into a period (default: the last complete quarter before `today`). */
import { isIsoDate } from "../calendar/working-days";
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

export type DashboardParams = { kind?: string; period?: string; from?: string; to?: string };

export function resolveDashboardPeriod(
  params: DashboardParams,
  today: string,
): { kind: PeriodKind; period: Period; trendKind: CalendarPeriodKind } {
  const kind = (PERIOD_KINDS as readonly string[]).includes(params.kind ?? "")
    ? (params.kind as PeriodKind)
    : "quarter";
  if (kind === "custom") {
    if (params.from && params.to && isIsoDate(params.from) && isIsoDate(params.to) && params.from <= params.to) {
      return { kind, period: customPeriod(params.from, params.to), trendKind: "month" };
    }
    return { kind, period: customPeriod(previousPeriod(periodOf("month", today)).from, today), trendKind: "month" };
  }
  const parsed = params.period ? parsePeriodKey(params.period) : null;
  const period = parsed && parsed.kind === kind ? parsed : previousPeriod(periodOf(kind, today));
  const trendKind: CalendarPeriodKind = kind === "month" ? "month" : kind === "year" ? "year" : kind;
  return { kind, period, trendKind };
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
