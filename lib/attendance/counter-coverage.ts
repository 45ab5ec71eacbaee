import { isWorkingDay, type WorkCalendar } from "../calendar/working-days";
import { officeHoursOn } from "./classify";
import type { TAttendanceRules } from "./schemas";
import { daysBetween, isDayRecorded, type DayRange, type StaffPeriod } from "./staff-days";

/**
 * Counter coverage (pure; issue 20): was each counter staffed from opening time on each working day?
 *
 * The roster (CounterAssignment) says who staffs a counter on a day. On a working day inside an imported log:
 * - `staffed`: at least one officer rostered there arrived by opening time as the attendance rules count it
 *   (arrival not late: at most the grace minutes after the start of the office hours);
 * - `late_opening`: a rostered officer came, but every one of them late (the counter opened late);
 * - `unstaffed`: no rostered officer punched in that day (absent or on leave with no substitute on the roster);
 * - `no_roster`: nobody is rostered there that day.
 * Outside the imported logs the day is `no_data`. Coverage rate = staffed days / working days with data.
 */
export type CounterAssignmentRow = { counterId: number; userId: string; fromDay: string; toDay: string | null };
export type CounterDayStatus = "staffed" | "late_opening" | "unstaffed" | "no_roster" | "no_data";
export type CounterDay = { date: string; status: CounterDayStatus; firstArrival: string | null };
export type CounterCoverage = {
  counterId: number;
  days: CounterDay[];
  recordedDays: number;
  staffedDays: number;
  lateOpeningDays: number;
  unstaffedDays: number;
  noRosterDays: number;
  /** staffed days / recorded working days; null without a recorded working day. */
  coverageRate: number | null;
};

export function rosteredOn(assignments: readonly CounterAssignmentRow[], counterId: number, day: string): string[] {
  return assignments
    .filter((a) => a.counterId === counterId && a.fromDay <= day && (a.toDay === null || day <= a.toDay))
    .map((a) => a.userId);
}

export function computeCounterCoverage(input: {
  counterIds: readonly number[];
  assignments: readonly CounterAssignmentRow[];
  people: readonly StaffPeriod[];
  from: string;
  to: string;
  calendar: WorkCalendar;
  rules: TAttendanceRules;
  recorded: readonly DayRange[];
}): CounterCoverage[] {
  const dayOf = new Map(input.people.map((p) => [p.id, new Map(p.days.map((d) => [d.date, d]))]));
  const workingDays = daysBetween(input.from, input.to).filter(
    (d) => isWorkingDay(input.calendar, d) && officeHoursOn(input.rules, d) !== null,
  );
  return input.counterIds.map((counterId) => {
    const days = workingDays.map((date): CounterDay => {
      if (!isDayRecorded(input.recorded, date)) return { date, status: "no_data", firstArrival: null };
      const officers = rosteredOn(input.assignments, counterId, date);
      if (officers.length === 0) return { date, status: "no_roster", firstArrival: null };
      const present = officers.flatMap((id) => {
        const day = dayOf.get(id)?.get(date);
        return day && day.arrival !== null ? [day] : [];
      });
      const firstArrival = present.map((d) => d.arrival!).sort()[0] ?? null;
      if (present.some((d) => d.lateMinutes === 0)) return { date, status: "staffed", firstArrival };
      return { date, status: present.length > 0 ? "late_opening" : "unstaffed", firstArrival };
    });
    const count = (s: CounterDayStatus) => days.filter((d) => d.status === s).length;
    const recordedDays = days.length - count("no_data");
    const staffedDays = count("staffed");
    return {
      counterId,
      days,
      recordedDays,
      staffedDays,
      lateOpeningDays: count("late_opening"),
      unstaffedDays: count("unstaffed"),
      noRosterDays: count("no_roster"),
      coverageRate: recordedDays === 0 ? null : staffedDays / recordedDays,
    };
  });
}
