/**
 * The working-day clock (hari kerja) used for every SLA figure in Lentera, plus the WIB date primitives it rests on.
 *
 * Conventions: a calendar day is an ISO string "YYYY-MM-DD" meaning a date in Asia/Jakarta (WIB = UTC+7, no DST);
 * a timestamp is a JS Date (UTC). Government offices work Monday–Friday; the national holidays (libur nasional)
 * and the joint leave days (cuti bersama) come from the yearly SKB of three ministers (domain reference §6) and are
 * passed in as rows — CSV or database reading happens in the IO layer, never here.
 *
 * Internally a date is a day number (days since 1970-01-01). Counting uses two closed forms: the number of
 * Monday–Friday days before a day, and a dense per-day table (one entry per day of every year that has a holiday
 * row) of holiday closures on weekdays before a day. Both are O(1), so counting is O(1) and finding the n-th
 * working day is a short fixed-point iteration, whatever n is.
 */

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

/** A period in which the file was returned to the applicant (dikembalikan): `to` is the day it came back. */
export type SlaPause = { from: string; to: string | null };

export type SlaClockInput = {
  /** The day the file was complete and correct (berkas lengkap dan benar); it is day 0. */
  clockStart: string;
  /** The SLA in working days for this licence type. */
  slaDays: number;
  pauses: readonly SlaPause[];
  /** The day the licence was finished (issued, rejected or otherwise closed), or null while in process. */
  finishedOn: string | null;
  /** Today's WIB date, passed in by the caller (see `toWibDate`). */
  today: string;
};

export type SlaClock = {
  dueDate: string;
  elapsedWorkingDays: number;
  pausedWorkingDays: number;
  /** slaDays − elapsedWorkingDays: negative once the SLA is exceeded (for finished files, the margin left). */
  remainingWorkingDays: number;
  isOverdue: boolean;
  processingDays: number | null;
  isOnTime: boolean | null;
};

const MILLISECONDS_PER_DAY = 86_400_000;
const WIB_OFFSET_MILLISECONDS = 7 * 60 * 60 * 1000;
/** Day number of Monday 1970-01-05, the origin of the weekday count. */
const MONDAY_ANCHOR = 4;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------------------------------------------
// Dates

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Proleptic Gregorian conversions (H. Hinnant, "chrono-compatible low-level date algorithms"): no Date objects, so
// they are fast and free of Date.UTC's two-digit-year quirk.
function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function formatDayNumber(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPrime = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPrime + 2) / 5) + 1;
  const month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function parseDayNumber(date: string, field: string): number {
  const match = ISO_DATE_PATTERN.exec(date);
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumberFromParts(year, month, day);
    }
  }
  throw new RangeError(`${field} must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
}

/** True when `value` is a real calendar date written "YYYY-MM-DD" (so "2026-02-29" is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The WIB calendar date (UTC+7) of an instant: 2026-03-16T18:30Z → "2026-03-17". */
export function toWibDate(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("toWibDate needs a valid Date");
  return formatDayNumber(Math.floor((time + WIB_OFFSET_MILLISECONDS) / MILLISECONDS_PER_DAY));
}

/** Midnight WIB of a calendar date as a UTC instant: "2026-03-17" → 2026-03-16T17:00:00.000Z. */
export function wibStartOfDay(date: string): Date {
  return new Date(parseDayNumber(date, "date") * MILLISECONDS_PER_DAY - WIB_OFFSET_MILLISECONDS);
}

/** The calendar date `days` days after `date` (negative goes back): ("2024-02-28", 1) → "2024-02-29". */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return formatDayNumber(parseDayNumber(date, "date") + days);
}

/** Calendar days from `from` to `to` (to − from; 0 for the same day, negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return parseDayNumber(to, "to") - parseDayNumber(from, "from");
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return isoWeekdayOfDayNumber(parseDayNumber(date, "date"));
}

function isoWeekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

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

function addWorkingDayNumbers(cal: WorkCalendar, start: number, n: number): number {
  if (n === 0) return start;
  const ordinal = n > 0 ? workingDaysBefore(cal, start + 1) + n : workingDaysBefore(cal, start) + n + 1;
  return workingDayWithOrdinal(cal, ordinal);
}

function countWorkingDayNumbers(cal: WorkCalendar, fromExclusive: number, toInclusive: number): number {
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

/**
 * The SLA clock of one application, in working days (hari kerja, net of stop-clock; domain reference §5 and §8.2).
 *
 * - The clock starts on `clockStart`, the day the file was complete and correct; that day is day 0.
 * - A pause is a stretch in which the file was returned to the applicant: from `from` (inclusive) to `to`
 *   (exclusive — the day it came back, which counts again); `to = null` means still returned, up to and including
 *   `today`. Pauses are only counted inside (clockStart, end], where end = finishedOn ?? today; overlapping pauses
 *   count once.
 * - elapsedWorkingDays = working days in (clockStart, end] − pausedWorkingDays (the paused working days there).
 * - dueDate = the slaDays-th working day after clockStart, pushed back by each paused working day before it is
 *   reached — i.e. the day the slaDays-th unpaused working day is completed. A pause that starts after the due date
 *   does not move it (the file was already late). An open pause assumes the file comes back tomorrow.
 * - remainingWorkingDays = slaDays − elapsedWorkingDays (negative once exceeded).
 * - isOverdue = unfinished and `isOverdueOn(dueDate, null, today)` (the due date already counts an open pause).
 * - processingDays = elapsedWorkingDays once finished (null before); isOnTime = processingDays ≤ slaDays.
 *
 * Cost: O(1) per call plus O(p log p) for p pauses.
 */
export function computeSlaClock(cal: WorkCalendar, input: SlaClockInput): SlaClock {
  const { slaDays, finishedOn } = input;
  if (!Number.isInteger(slaDays) || slaDays < 0) {
    throw new RangeError(`slaDays must be a whole number of working days ≥ 0, got ${slaDays}`);
  }
  const clockStart = parseDayNumber(input.clockStart, "clockStart");
  const today = parseDayNumber(input.today, "today");
  const end = finishedOn === null ? today : parseDayNumber(finishedOn, "finishedOn");

  const pauses = clipPauses(input.pauses, clockStart + 1, end);
  let pausedWorkingDays = 0;
  for (const [from, to] of pauses) pausedWorkingDays += countWorkingDayNumbers(cal, from - 1, to);
  const elapsedWorkingDays = countWorkingDayNumbers(cal, clockStart, end) - pausedWorkingDays;

  // Walk the unpaused stretches until slaDays working days have been used.
  let needed = slaDays;
  let cursor = clockStart;
  for (const [from, to] of pauses) {
    const available = countWorkingDayNumbers(cal, cursor, from - 1);
    if (available >= needed) break;
    needed -= available;
    cursor = to;
  }
  const dueDate = addWorkingDayNumbers(cal, cursor, needed);

  const isFinished = finishedOn !== null;
  return {
    dueDate: formatDayNumber(dueDate),
    elapsedWorkingDays,
    pausedWorkingDays,
    remainingWorkingDays: slaDays - elapsedWorkingDays,
    isOverdue: !isFinished && isOverdueOn(formatDayNumber(dueDate), null, input.today),
    processingDays: isFinished ? elapsedWorkingDays : null,
    isOnTime: isFinished ? elapsedWorkingDays <= slaDays : null,
  };
}

/**
 * The one definition of "overdue" (terlambat) for an open file, used by every figure that counts or lists overdue
 * files (the SLA clock above, the processing summary's SQL count, the dashboard's list and aging chart):
 * its SLA ran out before its clock stopped. `dueDate` is the due date over the closed pauses; `pausedSince` is the
 * first day of a return to the applicant that is still open (null while the office has the file).
 * - With the office: overdue once today is past the due date (dueDate < today; on the due date itself it is not).
 * - Returned to the applicant: the clock stopped on `pausedSince`, so the file is overdue only when the due date
 *   had already passed then (dueDate < pausedSince); waiting for the applicant never makes it late.
 * Finished files are never overdue (their lateness is isOnTime = false). In SQL this is
 * `"dueDate" < COALESCE("pausedSince", :today)` over the open statuses (lib/applications/overdue-sql.ts).
 */
export function isOverdueOn(dueDate: string, pausedSince: string | null, today: string): boolean {
  return dueDate < (pausedSince ?? today);
}

/** Pauses as inclusive day-number ranges clipped to [first, last], sorted and merged. */
function clipPauses(pauses: readonly SlaPause[], first: number, last: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pause of pauses) {
    const from = Math.max(parseDayNumber(pause.from, "pause.from"), first);
    const to = Math.min(pause.to === null ? last : parseDayNumber(pause.to, "pause.to") - 1, last);
    if (from <= to) ranges.push([from, to]);
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [ranges[0]];
  for (let index = 1; index < ranges.length; index += 1) {
    const previous = merged[merged.length - 1];
    const [from, to] = ranges[index];
    if (from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
