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

export { isIsoDate, toWibDate, wibStartOfDay, addCalendarDays, calendarDaysBetween, isoWeekday } from "./wib-dates";
export {
  createWorkCalendar,
  holidaysOn,
  isWorkingDay,
  addWorkingDays,
  countWorkingDays,
  type HolidayKind,
  type HolidayEntry,
  type WorkCalendarOptions,
  type HolidayYearStatus,
  type WorkCalendar,
} from "./work-calendar";
export { computeSlaClock, isOverdueOn, type SlaPause, type SlaClockInput, type SlaClock } from "./sla-clock";
