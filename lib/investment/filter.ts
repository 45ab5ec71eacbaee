/** The analytics filter's dates and defaults: WIB day ranges as UTC instants, a year back, the dashboard's URL. */
import { isIsoDate, wibStartOfDay, addCalendarDays } from "../calendar/working-days";
import { ZInvestmentFilter, type TInvestmentFilter } from "./schemas";

/**
 * The UTC instants bounding a WIB date range: [from 00:00 WIB, day after `to` 00:00 WIB).
 * ("2026-01-01", "2026-01-31") → [2025-12-31T17:00:00.000Z, 2026-01-31T17:00:00.000Z).
 */
export function wibRangeToUtc(from: string, to: string): { start: Date; endExclusive: Date } {
  return { start: wibStartOfDay(from), endExclusive: wibStartOfDay(addCalendarDays(to, 1)) };
}

/** The same filter moved one year back, for year-on-year growth (29 Feb → 28 Feb). */
export function filterOneYearEarlier<T extends { from: string; to: string }>(filter: T): T {
  return { ...filter, from: shiftOneYearBack(filter.from), to: shiftOneYearBack(filter.to) };
}

function shiftOneYearBack(date: string): string {
  const shifted = `${String(Number(date.slice(0, 4)) - 1).padStart(4, "0")}${date.slice(4)}`;
  return isIsoDate(shifted) ? shifted : `${shifted.slice(0, 4)}-02-28`;
}

/**
 * The dashboard's filter from its URL: missing dates default to 1 January of `today`'s year … `today`; an invalid
 * query falls back to the defaults and reports the field messages so the page can show them.
 */
export function dashboardFilter(
  params: Record<string, string | string[] | undefined>,
  today: string,
): { filter: TInvestmentFilter; errors: Record<string, string> } {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  // `dari`/`sampai` (drill-down links, lib/periods/range-params.ts) name the same range as `from`/`to`.
  const input = {
    ...single,
    from: single.dari || single.from || `${today.slice(0, 4)}-01-01`,
    to: single.sampai || single.to || today,
  };
  const parsed = ZInvestmentFilter.safeParse(input);
  if (parsed.success) return { filter: parsed.data, errors: {} };
  const errors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  return { filter: ZInvestmentFilter.parse({ from: `${today.slice(0, 4)}-01-01`, to: today }), errors };
}
