import { periodOf } from "../periods/periods";
import { addCalendarDays } from "../calendar/working-days";
import { ZAttendanceMonth } from "./schemas";

/**
 * The month a page shows (pure): `?bulan=2026-05`, else the month of `today`; a month that has not ended stops at
 * today (the days after it have no punches yet). Invalid input falls back to today's month.
 */
export function attendanceMonth(requested: string | undefined, today: string) {
  const month = ZAttendanceMonth.safeParse(requested).success ? requested! : today.slice(0, 7);
  const period = periodOf("month", `${month}-01`);
  return {
    month,
    from: period.from,
    to: period.to > today ? (period.from > today ? period.from : today) : period.to,
    labelId: period.labelId,
    labelEn: period.labelEn,
  };
}

/** The weekly review's attendance window: the seven days before today (on a Monday, last Monday–Sunday). */
export function lastWeekWindow(today: string): { from: string; to: string } {
  return { from: addCalendarDays(today, -7), to: addCalendarDays(today, -1) };
}
