import { isWorkingDay, isoWeekday, type WorkCalendar } from "../calendar/working-days";
import type { LeaveKind, TAttendanceRules, TDayHours } from "./schemas";

/**
 * Classification of one staff-day from check-clock punches (pure; issue 20).
 *
 * Order of the rules: a day that is not a working day of the office calendar (weekend, libur nasional, cuti
 * bersama when it closes the office) is `not_working_day`; a day with recorded leave (cuti, dinas luar, sakit) is
 * `on_leave`; a working day outside every imported log's date range is `no_data` (the machine's log for it has not
 * been imported yet, so nobody is marked absent for it); a working day without any punch is `absent` (tanpa
 * keterangan). Otherwise the first punch is the
 * arrival and the last the departure (a single punch is an arrival without check-out):
 * - late when the arrival minute is after start + grace; the late minutes count from the start time
 *   (arrival 07:52 with start 07:30 and 15 minutes' grace → 22 minutes late);
 * - left early when the departure minute is before the end time, or there is no check-out punch;
 * - status: `late` if late (also when leaving early), else `left_early`, else `on_time`.
 * Times are taken in whole minutes of WIB wall-clock time (seconds are dropped, as the machines display them).
 */
export type DayStatus = "on_time" | "late" | "left_early" | "absent" | "on_leave" | "not_working_day" | "no_data";
export type StaffDay = {
  date: string;
  status: DayStatus;
  leave: LeaveKind | null;
  /** WIB "HH:mm" of the first and last punch (departure null with fewer than two punches). */
  arrival: string | null;
  departure: string | null;
  lateMinutes: number;
  /** Minutes before the end time; null when there is no check-out punch. */
  earlyMinutes: number | null;
  hours: TDayHours | null;
};

const WIB_OFFSET_MIN = 7 * 60;

function wibMinuteOfDay(instant: Date): number {
  const minutes = Math.floor(instant.getTime() / 60_000) + WIB_OFFSET_MIN;
  return ((minutes % 1440) + 1440) % 1440;
}
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The office hours on a date: a date-range override (e.g. Ramadan) first, else the weekday's hours; null on weekends. */
export function officeHoursOn(rules: TAttendanceRules, date: string): TDayHours | null {
  const weekday = isoWeekday(date);
  if (weekday > 5) return null;
  const key = String(weekday) as keyof TAttendanceRules["hours"];
  const override = rules.overrides.find((o) => o.from <= date && date <= o.to);
  return (override ?? rules).hours[key];
}

export function classifyStaffDay(input: {
  date: string;
  calendar: WorkCalendar;
  rules: TAttendanceRules;
  punches: readonly Date[];
  leave: LeaveKind | null;
  /** Whether the day lies inside an imported log's date range (default true). */
  isRecorded?: boolean;
}): StaffDay {
  const { date, calendar, rules, leave } = input;
  const base = { date, leave, arrival: null, departure: null, lateMinutes: 0, earlyMinutes: null, hours: null };
  const hours = officeHoursOn(rules, date);
  if (!isWorkingDay(calendar, date) || hours === null) return { ...base, status: "not_working_day" };
  if (leave !== null) return { ...base, hours, status: "on_leave" };
  if (input.isRecorded === false && input.punches.length === 0) return { ...base, hours, status: "no_data" };
  if (input.punches.length === 0) return { ...base, hours, status: "absent" };

  const minutes = input.punches.map(wibMinuteOfDay).sort((a, b) => a - b);
  const arrival = minutes[0];
  const departure = minutes.length >= 2 ? minutes[minutes.length - 1] : null;
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  const lateMinutes = arrival > start + rules.graceMinutes ? arrival - start : 0;
  const earlyMinutes = departure === null ? null : Math.max(0, end - departure);
  const leftEarly = departure === null || (earlyMinutes ?? 0) > 0;
  const status: DayStatus = lateMinutes > 0 ? "late" : leftEarly ? "left_early" : "on_time";
  return {
    ...base,
    hours,
    status,
    arrival: toHhmm(arrival),
    departure: departure === null ? null : toHhmm(departure),
    lateMinutes,
    earlyMinutes,
  };
}

export type AttendanceFigures = {
  workingDays: number;
  leaveDays: number;
  absentDays: number;
  presentDays: number;
  onTimeDays: number;
  lateDays: number;
  leftEarlyDays: number;
  totalLateMinutes: number;
  /** on-time days / present days (null without a present day). */
  punctualityRate: number | null;
  /** present days / (working days − leave days) (null when no day was due). */
  attendanceRate: number | null;
};

/** Monthly (or any period's) figures of one person from their classified days. */
export function summariseStaffDays(days: readonly StaffDay[]): AttendanceFigures {
  const count = (s: DayStatus) => days.filter((d) => d.status === s).length;
  const onTimeDays = count("on_time");
  const lateDays = count("late");
  const leftEarlyDays = count("left_early");
  const leaveDays = count("on_leave");
  const absentDays = count("absent");
  const presentDays = onTimeDays + lateDays + leftEarlyDays;
  const workingDays = presentDays + leaveDays + absentDays;
  const due = workingDays - leaveDays;
  return {
    workingDays,
    leaveDays,
    absentDays,
    presentDays,
    onTimeDays,
    lateDays,
    leftEarlyDays,
    totalLateMinutes: days.reduce((sum, d) => sum + d.lateMinutes, 0),
    punctualityRate: presentDays === 0 ? null : onTimeDays / presentDays,
    attendanceRate: due === 0 ? null : presentDays / due,
  };
}
