/**
 * Splits a range of WIB days into the whole calendar months it contains and the partial months at its ends, so a
 * read can take whole months from a month roll-up and only the ends from the day rows (issue 15). Pure.
 */
import { addCalendarDays, isIsoDate } from "../calendar/working-days";

export type MonthSplit = {
  /** Day ranges (inclusive) outside the whole months: none, the start, the end, or the whole range. */
  dayRanges: Array<{ from: string; to: string }>;
  /** The whole months "YYYY-MM" (inclusive), or null when the range contains none. */
  months: { from: string; to: string } | null;
};

function lastDayOfMonth(day: string): string {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return addCalendarDays(next, -1);
}

/**
 * ("2026-01-15", "2026-04-10") → days 15–31 Jan and 1–10 Apr, months 2026-02…2026-03; ("2026-01-01", "2026-12-31")
 * → months 2026-01…2026-12 and no days; an empty range (from > to) → nothing.
 */
export function splitIntoMonths(from: string, to: string): MonthSplit {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`not a day range: ${from}…${to}`);
  if (from > to) return { dayRanges: [], months: null };
  const firstWhole = from.endsWith("-01") ? from : addCalendarDays(lastDayOfMonth(from), 1);
  const lastWhole = to === lastDayOfMonth(to) ? to : addCalendarDays(`${to.slice(0, 7)}-01`, -1);
  if (firstWhole > lastWhole) return { dayRanges: [{ from, to }], months: null };
  const dayRanges: Array<{ from: string; to: string }> = [];
  if (from < firstWhole) dayRanges.push({ from, to: addCalendarDays(firstWhole, -1) });
  if (to > lastWhole) dayRanges.push({ from: addCalendarDays(lastWhole, 1), to });
  return { dayRanges, months: { from: firstWhole.slice(0, 7), to: lastWhole.slice(0, 7) } };
}

/**
 * Days "YYYY-MM-DD" grouped by calendar month, in order, each group sorted and without repeats: ["2026-02-03",
 * "2026-01-31", "2026-02-01", "2026-02-03"] → [["2026-01-31"], ["2026-02-01", "2026-02-03"]]. An aggregate refresh
 * done a group at a time adjusts each month roll-up once.
 */
export function daysByMonth(days: Iterable<string>): string[][] {
  const groups: string[][] = [];
  for (const day of [...new Set(days)].sort()) {
    const last = groups.at(-1);
    if (last && last[0]!.slice(0, 7) === day.slice(0, 7)) last.push(day);
    else groups.push([day]);
  }
  return groups;
}
