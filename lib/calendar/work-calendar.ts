/** The working-day calendar and its O(1) counts (see lib/calendar/working-days.ts for the conventions). Pure. */
import { dayNumberFromParts, formatDayNumber, isoWeekdayOfDayNumber, parseDayNumber } from "./wib-dates";

export type HolidayKind = "libur_nasional" | "cuti_bersama";

/** One row of the SKB holiday list: `{ date: "2026-03-19", kind: "libur_nasional", name: "Hari Suci Nyepi …" }`. */
export type HolidayEntry = { date: string; kind: HolidayKind; name: string };

export type WorkCalendarOptions = {
  /**
   * Whether cuti bersama days stop the SLA clock like a national holiday (default true). Offices that roster
   * front-line staff on cuti bersama can switch it off so those days count as working days.
   */
  cutiBersamaStopsClock?: boolean;
  /**
   * Per-year status of the list (issue 13): "official" once an admin has checked it against the signed SKB,
   * "provisional" before. A covered year missing here counts as provisional.
   */
  yearStatuses?: Readonly<Record<number, HolidayYearStatus>>;
};

export type HolidayYearStatus = "official" | "provisional";

/** A prepared holiday calendar. Build it once with `createWorkCalendar` and reuse it for every count. */
export type WorkCalendar = {
  readonly cutiBersamaStopsClock: boolean;
  /** The rows the calendar was built from, sorted by date. */
  readonly holidays: readonly HolidayEntry[];
  /** Day number of 1 January of the first year that has a holiday row. */
  readonly tableStart: number;
  /** closuresBefore[i] = weekday holiday closures on days tableStart … tableStart + i − 1. */
  readonly closuresBefore: Int32Array;
  readonly holidaysByDate: ReadonlyMap<string, readonly HolidayEntry[]>;
  /** Years that have at least one holiday row: only there does the clock know the holidays (see calendar/coverage). */
  readonly coveredYears: ReadonlySet<number>;
  /** Status of each covered year ("provisional" unless confirmed). */
  readonly yearStatuses: ReadonlyMap<number, HolidayYearStatus>;
};

/** Day number of Monday 1970-01-05, the origin of the weekday count. */
const MONDAY_ANCHOR = 4;

// ---------------------------------------------------------------------------------------------------------------
// Counting

/** Monday–Friday days in [MONDAY_ANCHOR, dayNumber) — negative before the anchor, so differences always work. */
function weekdaysBefore(dayNumber: number): number {
  const offset = dayNumber - MONDAY_ANCHOR;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** The weekday d with weekdaysBefore(d + 1) === ordinal (the inverse of `weekdaysBefore`). */
function weekdayWithOrdinal(ordinal: number): number {
  const index = ordinal - 1;
  const weeks = Math.floor(index / 5);
  return MONDAY_ANCHOR + weeks * 7 + (index - weeks * 5);
}

function closuresBefore(cal: WorkCalendar, dayNumber: number): number {
  const table = cal.closuresBefore;
  const index = dayNumber - cal.tableStart;
  if (index <= 0) return 0;
  return index >= table.length ? table[table.length - 1] : table[index];
}

/** Working days before `dayNumber`, from a fixed origin: the count in (a, b] is before(b + 1) − before(a + 1). */
function workingDaysBefore(cal: WorkCalendar, dayNumber: number): number {
  return weekdaysBefore(dayNumber) - closuresBefore(cal, dayNumber);
}

function isWorkingDayNumber(cal: WorkCalendar, dayNumber: number): boolean {
  return workingDaysBefore(cal, dayNumber + 1) - workingDaysBefore(cal, dayNumber) === 1;
}

/** The working day d with workingDaysBefore(d + 1) === ordinal. */
function workingDayWithOrdinal(cal: WorkCalendar, ordinal: number): number {
  // Every answer d has F(d + 1) = ordinal + H(d + 1) (F weekdays, H closures before), so each candidate below is a
  // lower bound that only moves forward; it stops on the first weekday whose closures are all accounted for.
  let candidate = weekdayWithOrdinal(ordinal);
  for (;;) {
    const next = weekdayWithOrdinal(ordinal + closuresBefore(cal, candidate + 1));
    if (next === candidate) return candidate;
    candidate = next;
  }
}

export function addWorkingDayNumbers(cal: WorkCalendar, start: number, n: number): number {
  if (n === 0) return start;
  const ordinal = n > 0 ? workingDaysBefore(cal, start + 1) + n : workingDaysBefore(cal, start) + n + 1;
  return workingDayWithOrdinal(cal, ordinal);
}

export function countWorkingDayNumbers(cal: WorkCalendar, fromExclusive: number, toInclusive: number): number {
  if (toInclusive <= fromExclusive) return 0;
  return workingDaysBefore(cal, toInclusive + 1) - workingDaysBefore(cal, fromExclusive + 1);
}

/**
 * Builds a working-day calendar from SKB holiday rows. Working days are Monday–Friday that are not a libur
 * nasional and, when `cutiBersamaStopsClock` is on (the default), not a cuti bersama. Holidays on weekends change
 * nothing; a date listed twice counts once. Throws RangeError on a malformed date or kind.
 */
export function createWorkCalendar(holidays: readonly HolidayEntry[], options: WorkCalendarOptions = {}): WorkCalendar {
  const cutiBersamaStopsClock = options.cutiBersamaStopsClock ?? true;
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const holidaysByDate = new Map<string, HolidayEntry[]>();
  const coveredYears = new Set<number>();
  const closedDays: number[] = [];
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;

  for (const holiday of sorted) {
    const dayNumber = parseDayNumber(holiday.date, `holiday date (${holiday.name})`);
    if (holiday.kind !== "libur_nasional" && holiday.kind !== "cuti_bersama") {
      throw new RangeError(`holiday kind must be libur_nasional or cuti_bersama, got ${JSON.stringify(holiday.kind)}`);
    }
    const sameDay = holidaysByDate.get(holiday.date);
    if (sameDay === undefined) holidaysByDate.set(holiday.date, [holiday]);
    else sameDay.push(holiday);

    const year = Number(holiday.date.slice(0, 4));
    coveredYears.add(year);
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
    if (holiday.kind === "libur_nasional" || cutiBersamaStopsClock) closedDays.push(dayNumber);
  }

  const yearStatuses = new Map<number, HolidayYearStatus>();
  for (const year of coveredYears)
    yearStatuses.set(year, options.yearStatuses?.[year] === "official" ? "official" : "provisional");
  const coverage = { coveredYears, yearStatuses };

  if (sorted.length === 0) {
    const closuresBefore = new Int32Array(1);
    return { cutiBersamaStopsClock, holidays: sorted, tableStart: 0, closuresBefore, holidaysByDate, ...coverage };
  }

  // One entry per day of each covered year (≈ 366 × years): O(1) lookups for any day inside or outside the range.
  const tableStart = dayNumberFromParts(firstYear, 1, 1);
  const tableLength = dayNumberFromParts(lastYear + 1, 1, 1) - tableStart;
  const isClosed = new Uint8Array(tableLength);
  for (const dayNumber of closedDays) {
    if (isoWeekdayOfDayNumber(dayNumber) <= 5) isClosed[dayNumber - tableStart] = 1;
  }
  const table = new Int32Array(tableLength + 1);
  for (let index = 0; index < tableLength; index += 1) table[index + 1] = table[index] + isClosed[index];

  return { cutiBersamaStopsClock, holidays: sorted, tableStart, closuresBefore: table, holidaysByDate, ...coverage };
}

/** The holiday rows on a date (empty when none), e.g. to show "Cuti Bersama Idulfitri" beside a date. */
export function holidaysOn(cal: WorkCalendar, date: string): readonly HolidayEntry[] {
  return cal.holidaysByDate.get(date) ?? [];
}

/** True when `date` is a working day of the calendar (Mon–Fri, not a closing holiday). */
export function isWorkingDay(cal: WorkCalendar, date: string): boolean {
  return isWorkingDayNumber(cal, parseDayNumber(date, "date"));
}

/**
 * The n-th working day strictly after `start` (n ≥ 1); `start` itself for n = 0; the |n|-th working day strictly
 * before `start` for n < 0. `start` need not be a working day. Example (cuti bersama stops the clock):
 * ("2026-03-17", 3) → "2026-03-27", because 18–24 March 2026 are Nyepi, Idulfitri and cuti bersama.
 */
export function addWorkingDays(cal: WorkCalendar, start: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  return formatDayNumber(addWorkingDayNumbers(cal, parseDayNumber(start, "start"), n));
}

/** Working days d with fromExclusive < d ≤ toInclusive; 0 when toInclusive ≤ fromExclusive. */
export function countWorkingDays(cal: WorkCalendar, fromExclusive: string, toInclusive: string): number {
  return countWorkingDayNumbers(
    cal,
    parseDayNumber(fromExclusive, "fromExclusive"),
    parseDayNumber(toInclusive, "toInclusive"),
  );
}
