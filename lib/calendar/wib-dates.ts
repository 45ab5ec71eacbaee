/**
 * WIB date primitives of the working-day clock (lib/calendar/working-days.ts): a calendar day is an ISO string
 * "YYYY-MM-DD" meaning a date in Asia/Jakarta (WIB = UTC+7, no DST); internally a day number (days since
 * 1970-01-01). Pure.
 */

const MILLISECONDS_PER_DAY = 86_400_000;
const WIB_OFFSET_MILLISECONDS = 7 * 60 * 60 * 1000;
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
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function formatDayNumber(dayNumber: number): string {
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

export function parseDayNumber(date: string, field: string): number {
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

export function isoWeekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
