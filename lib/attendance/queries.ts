import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import type { ListQuery } from "../table/paging";
import type { TTableState } from "../table/schemas";
import type { UnknownPin } from "./import-store";
import { loadWorkCalendar } from "../calendar/calendar-store";
import type { WorkCalendar } from "../calendar/working-days";
import { getAttendanceRules } from "./rules-store";
import type { AttendanceImportSort, LeaveKind, TAttendanceRules } from "./schemas";
import {
  absencesWithoutRecord,
  classifyStaff,
  summariseUnits,
  type DayRange,
  type StaffMember,
  type StaffPeriod,
} from "./staff-days";

/** What every attendance figure needs besides the punches: calendar, rules, and the days the imported logs cover. */
export type AttendanceContext = { calendar: WorkCalendar; rules: TAttendanceRules; recorded: DayRange[] };

export async function loadAttendanceContext(from: string, to: string, db: Db = getDb()): Promise<AttendanceContext> {
  const [calendar, rules, recorded] = await Promise.all([
    loadWorkCalendar(db),
    getAttendanceRules(db),
    db.attendanceImport.findMany({
      // An import of unknown PINs only says nothing about the staff's days.
      where: { firstDay: { lte: to }, lastDay: { gte: from }, OR: [{ added: { gt: 0 } }, { duplicates: { gt: 0 } }] },
      select: { firstDay: true, lastDay: true },
      distinct: ["firstDay", "lastDay"],
    }),
  ]);
  return { calendar, rules, recorded };
}

/** Staff whose attendance is measured: active users with a check-clock PIN (or the given ids, PIN or not). */
async function listMeasuredStaff(db: Db, userIds?: readonly string[]): Promise<StaffMember[]> {
  return db.user.findMany({
    where: userIds ? { id: { in: [...userIds] } } : { active: true, attendancePin: { not: null } },
    select: { id: true, name: true, unit: true },
    orderBy: { name: "asc" },
  });
}

/** Each member's classified days and figures over `from` … `to` (all measured staff, or the given users). */
export async function getStaffAttendance(
  period: { from: string; to: string; userIds?: readonly string[] },
  db: Db = getDb(),
): Promise<{ people: StaffPeriod[]; context: AttendanceContext }> {
  const { from, to } = period;
  const [context, staff] = await Promise.all([
    loadAttendanceContext(from, to, db),
    listMeasuredStaff(db, period.userIds),
  ]);
  const ids = staff.map((s) => s.id);
  const [punches, leaves] = await Promise.all([
    db.attendancePunch.findMany({
      where: { userId: { in: ids }, day: { gte: from, lte: to } },
      select: { userId: true, at: true, day: true },
    }),
    db.attendanceLeave.findMany({
      where: { userId: { in: ids }, fromDay: { lte: to }, toDay: { gte: from } },
      select: { userId: true, kind: true, fromDay: true, toDay: true },
      orderBy: { fromDay: "asc" },
    }),
  ]);
  const people = classifyStaff({
    from,
    to,
    ...context,
    staff,
    punches,
    leaves: leaves.map((l) => ({ ...l, kind: l.kind as LeaveKind })),
  });
  return { people, context };
}

/** Leadership's month: every measured member and every unit. */
export async function getAttendanceOverview(period: { from: string; to: string }, db: Db = getDb()) {
  const { people } = await getStaffAttendance(period, db);
  return { people, units: summariseUnits(people) };
}

/** The absences without record (tanpa keterangan) of measured staff over `from` … `to`, by date then name. */
export async function getAbsencesWithoutRecord(period: { from: string; to: string }, db: Db = getDb()) {
  const { people } = await getStaffAttendance(period, db);
  return absencesWithoutRecord(people);
}

/** The recorded leave overlapping a period (admin list), newest first. */
export async function listLeaves(period: { from: string; to: string }, db: Db = getDb()) {
  return db.attendanceLeave.findMany({
    where: { fromDay: { lte: period.to }, toDay: { gte: period.from } },
    include: { user: { select: { name: true } } },
    orderBy: [{ fromDay: "desc" }],
  });
}

/** Every active staff member with their PIN, unit and home counter (admin PIN mapping). */
export async function listStaffProfiles(db: Db = getDb()) {
  return db.user.findMany({
    where: { active: true },
    select: { id: true, name: true, email: true, role: true, attendancePin: true, unit: true },
    orderBy: { name: "asc" },
  });
}

/** The counter roster, current and past, newest first. */
export async function listCounterAssignments(db: Db = getDb()) {
  return db.counterAssignment.findMany({
    include: { counter: { select: { code: true, name: true } }, user: { select: { name: true, attendancePin: true } } },
    orderBy: [{ fromDay: "desc" }],
  });
}

/** One person's month: their profile (PIN, unit) and classified days; null when the user does not exist. */
export async function getPersonAttendance(userId: string, period: { from: string; to: string }, db: Db = getDb()) {
  const profile = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, unit: true, attendancePin: true },
  });
  if (!profile) return null;
  const { people, context } = await getStaffAttendance({ ...period, userIds: [userId] }, db);
  return { profile, person: people[0], graceMinutes: context.rules.graceMinutes };
}

const IMPORT_COLUMN: Record<
  AttendanceImportSort,
  "importedAt" | "importedBy" | "fileName" | "firstDay" | "punchCount"
> = {
  importedAt: "importedAt",
  importedBy: "importedBy",
  fileName: "fileName",
  days: "firstDay",
  punches: "punchCount",
};

/**
 * The check-clock imports (issue 16), searched in file name and importer, sorted and paged in the database, with
 * their unknown PINs parsed; ties fall back to the import's id.
 */
export function attendanceImportListQuery(
  state: Pick<TTableState<AttendanceImportSort>, "q" | "sort" | "dir">,
  db: Db = getDb(),
) {
  const where = state.q
    ? { OR: [{ fileName: containsIgnoringCase(state.q) }, { importedBy: containsIgnoringCase(state.q) }] }
    : undefined;
  const orderBy = [{ [IMPORT_COLUMN[state.sort]]: state.dir }, { id: state.dir }];
  return {
    count: () => db.attendanceImport.count({ where }),
    read: async (skip: number, take: number) => {
      const rows = await db.attendanceImport.findMany({ where, orderBy, skip, take });
      return rows.map((r) => ({ ...r, unknownPins: JSON.parse(r.unknownPins) as UnknownPin[] }));
    },
  } satisfies ListQuery<unknown>;
}

export type AttendanceImportRow = Awaited<ReturnType<ReturnType<typeof attendanceImportListQuery>["read"]>>[number];
