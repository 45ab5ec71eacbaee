/**
 * Calendar coverage (issue 13): the working-day clock knows the holidays of a year only when that year's SKB list
 * has been entered. Outside the covered years it silently counts plain Monday–Friday, so every computation that
 * touches such a day must say so. Pure: the calendar and the days come in, warnings go out.
 *
 * - A year is covered when it has at least one holiday row.
 * - A covered year is "provisional" until an admin has checked it against the signed SKB and confirmed it; a due
 *   date that depends on a provisional year can still move, so that is said too.
 */
import type { HolidayYearStatus, WorkCalendar } from "./working-days";

export type CalendarWarningCode = "HOLIDAYS_MISSING" | "HOLIDAYS_PROVISIONAL";

/** One entry of `calendarWarnings` in the API and of the notice on the pages. `message` is Bahasa Indonesia. */
export type CalendarWarning = { code: CalendarWarningCode; year: number; message: string };

/** Years touched by a computation: every year between the earliest and the latest day it looked at. */
export class TouchedYears {
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  /** Records days "YYYY-MM-DD" (null and undefined are skipped). Returns this for chaining. */
  add(...days: ReadonlyArray<string | null | undefined>): this {
    for (const day of days) {
      if (!day) continue;
      const year = Number(day.slice(0, 4));
      if (!Number.isInteger(year)) continue;
      if (year < this.first) this.first = year;
      if (year > this.last) this.last = year;
    }
    return this;
  }

  addYear(year: number): this {
    if (year < this.first) this.first = year;
    if (year > this.last) this.last = year;
    return this;
  }

  /** Every year from the first to the last recorded one, ascending (empty when nothing was recorded). */
  years(): number[] {
    if (!Number.isFinite(this.first)) return [];
    const years: number[] = [];
    for (let year = this.first; year <= this.last; year += 1) years.push(year);
    return years;
  }
}

export function isYearCovered(cal: WorkCalendar, year: number): boolean {
  return cal.coveredYears.has(year);
}

/** The status of a covered year; null when the year has no list. */
export function holidayYearStatus(cal: WorkCalendar, year: number): HolidayYearStatus | null {
  return cal.coveredYears.has(year) ? (cal.yearStatuses.get(year) ?? "provisional") : null;
}

export function missingHolidaysMessage(year: number): string {
  return `hari libur ${year} belum diisi — tenggat dihitung tanpa hari libur`;
}

export function provisionalHolidaysMessage(year: number): string {
  return `hari libur ${year} masih sementara (belum dicocokkan dengan SKB yang ditandatangani) — tenggat dapat berubah`;
}

/**
 * The warnings for the years a computation touched: HOLIDAYS_MISSING for a year without a list (its days were
 * counted as plain Monday–Friday), HOLIDAYS_PROVISIONAL for a year whose list is not confirmed yet. Ascending by
 * year; empty when every touched year is covered and official.
 */
export function calendarWarnings(cal: WorkCalendar, years: Iterable<number> | TouchedYears): CalendarWarning[] {
  const list = years instanceof TouchedYears ? years.years() : [...new Set(years)].sort((a, b) => a - b);
  const warnings: CalendarWarning[] = [];
  for (const year of list) {
    const status = holidayYearStatus(cal, year);
    if (status === null) warnings.push({ code: "HOLIDAYS_MISSING", year, message: missingHolidaysMessage(year) });
    else if (status === "provisional")
      warnings.push({ code: "HOLIDAYS_PROVISIONAL", year, message: provisionalHolidaysMessage(year) });
  }
  return warnings;
}

/** Warnings for the years of the days given (a shorthand for one computation's start and end). */
export function calendarWarningsForDays(
  cal: WorkCalendar,
  ...days: ReadonlyArray<string | null | undefined>
): CalendarWarning[] {
  return calendarWarnings(cal, new TouchedYears().add(...days));
}

/** The first year ≥ `fromYear` that has no list (the one the admin has to enter next). */
export function nextUncoveredYear(cal: WorkCalendar, fromYear: number): number {
  let year = fromYear;
  while (cal.coveredYears.has(year)) year += 1;
  return year;
}

/** Covered years with their status, ascending. */
export function coveredYearList(cal: WorkCalendar): Array<{ year: number; status: HolidayYearStatus }> {
  return [...cal.coveredYears]
    .sort((a, b) => a - b)
    .map((year) => ({ year, status: holidayYearStatus(cal, year) ?? "provisional" }));
}

/**
 * The leadership dashboard's reminder: from 1 November of a year (WIB `today`), when next year has no holiday
 * list yet, every due date from 1 January on would be counted without holidays. Null when nothing to remind.
 */
export function nextYearCoverageReminder(cal: WorkCalendar, today: string): { year: number } | null {
  const year = Number(today.slice(0, 4));
  if (today.slice(5) < "11-01") return null;
  return cal.coveredYears.has(year + 1) ? null : { year: year + 1 };
}
