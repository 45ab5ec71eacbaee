import { addCalendarDays, type WorkCalendar } from "../calendar/working-days";
import { classifyStaffDay, summariseStaffDays, type AttendanceFigures, type StaffDay } from "./classify";
import type { LeaveKind, TAttendanceRules } from "./schemas";

/**
 * A person's staff-days over a date range, unit figures and counter coverage (pure; issue 20). The IO layer
 * (queries.ts) fetches punches, leave, the imported logs' date ranges and the roster and passes them in.
 */
export type DayRange = { firstDay: string; lastDay: string };
export type LeaveRecord = { userId: string; kind: LeaveKind; fromDay: string; toDay: string };
export type PunchRecord = { userId: string; at: Date; day: string };

/** The inclusive WIB days from `from` to `to`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/** True when some imported log covers the day (its first to last punch day). */
export function isDayRecorded(ranges: readonly DayRange[], day: string): boolean {
  return ranges.some((r) => r.firstDay <= day && day <= r.lastDay);
}

/** The kind of leave recorded for the day, or null (the earliest-starting record wins if two overlap). */
export function leaveOn(leaves: readonly LeaveRecord[], day: string): LeaveKind | null {
  return leaves.find((l) => l.fromDay <= day && day <= l.toDay)?.kind ?? null;
}

/** Punches grouped by user id and then by WIB day. */
export function groupPunches(punches: readonly PunchRecord[]): Map<string, Map<string, Date[]>> {
  const byUser = new Map<string, Map<string, Date[]>>();
  for (const p of punches) {
    const days = byUser.get(p.userId) ?? new Map<string, Date[]>();
    byUser.set(p.userId, days);
    const list = days.get(p.day) ?? [];
    list.push(p.at);
    days.set(p.day, list);
  }
  return byUser;
}

/** What every attendance figure needs besides the punches: calendar, rules, and the days the imported logs cover. */
export type AttendanceContext = { calendar: WorkCalendar; rules: TAttendanceRules; recorded: DayRange[] };
export type StaffPeriodInput = Readonly<AttendanceContext> & { from: string; to: string };

/** One person's classified days from `from` to `to` (see classifyStaffDay for the rules of one day). */
export function classifyStaffPeriod(
  input: StaffPeriodInput & { punchesByDay: ReadonlyMap<string, Date[]> | undefined; leaves: readonly LeaveRecord[] },
): StaffDay[] {
  return daysBetween(input.from, input.to).map((date) =>
    classifyStaffDay({
      date,
      calendar: input.calendar,
      rules: input.rules,
      punches: input.punchesByDay?.get(date) ?? [],
      leave: leaveOn(input.leaves, date),
      isRecorded: isDayRecorded(input.recorded, date),
    }),
  );
}

export type StaffMember = { id: string; name: string; unit: string | null };
export type StaffPeriod = StaffMember & { days: StaffDay[]; figures: AttendanceFigures };

/** Every member's classified days and figures over the period. */
export function classifyStaff(
  input: StaffPeriodInput & {
    staff: readonly StaffMember[];
    punches: readonly PunchRecord[];
    leaves: readonly LeaveRecord[];
  },
): StaffPeriod[] {
  const punches = groupPunches(input.punches);
  return input.staff.map((member) => {
    const days = classifyStaffPeriod({
      ...input,
      punchesByDay: punches.get(member.id),
      leaves: input.leaves.filter((l) => l.userId === member.id),
    });
    return { ...member, days, figures: summariseStaffDays(days) };
  });
}

export type UnitFigures = { unit: string | null; members: number; figures: AttendanceFigures };

/**
 * Figures per work unit: the members' days pooled, so a unit's punctuality rate is its on-time days over its
 * present days (not a mean of the members' rates). Units sorted by name, "no unit" last.
 */
export function summariseUnits(people: readonly StaffPeriod[]): UnitFigures[] {
  const units = new Map<string | null, StaffPeriod[]>();
  for (const p of people) units.set(p.unit, [...(units.get(p.unit) ?? []), p]);
  return [...units.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "id")))
    .map(([unit, members]) => ({
      unit,
      members: members.length,
      figures: summariseStaffDays(members.flatMap((m) => m.days)),
    }));
}

export type Absence = { userId: string; name: string; unit: string | null; date: string };

/** The absences without record (status `absent`) of every member, by date then name. */
export function absencesWithoutRecord(people: readonly StaffPeriod[]): Absence[] {
  return people
    .flatMap((p) =>
      p.days
        .filter((d) => d.status === "absent")
        .map((d) => ({ userId: p.id, name: p.name, unit: p.unit, date: d.date })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, "id"));
}
