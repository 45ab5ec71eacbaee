import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import type { ListQuery } from "../table/paging";
import type { TTableState } from "../table/schemas";
import type { UnknownPin } from "./import-store";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { getAttendanceRules } from "./rules-store";
import { findCountersByIds } from "../reference/queries";
import {
  findAttendanceProfile,
  findStaffByIds,
  listAttendanceProfiles,
  listAttendanceStaff,
} from "../users/staff-queries";
import type { AttendanceImportSort, LeaveKind } from "./schemas";
import {
  absencesWithoutRecord,
  classifyStaff,
  summariseUnits,
  type AttendanceContext,
  type StaffPeriod,
} from "./staff-days";

/** What every attendance figure needs besides the punches: calendar, rules, and the days the imported logs cover. */
export type { AttendanceContext } from "./staff-days";

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

/** Each member's classified days and figures over `from` … `to` (all measured staff, or the given users). */
export async function getStaffAttendance(
  period: { from: string; to: string; userIds?: readonly string[] },
  db: Db = getDb(),
): Promise<{ people: StaffPeriod[]; context: AttendanceContext }> {
  const { from, to } = period;
  const [context, staff] = await Promise.all([
    loadAttendanceContext(from, to, db),
    listAttendanceStaff(period.userIds, db),
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

/** The recorded leave overlapping a period (admin list), newest first, with each person's name. */
export async function listLeaves(period: { from: string; to: string }, db: Db = getDb()) {
  const leaves = await db.attendanceLeave.findMany({
    where: { fromDay: { lte: period.to }, toDay: { gte: period.from } },
    orderBy: [{ fromDay: "desc" }],
  });
  const staff = byId(await findStaffByIds(distinct(leaves.map((l) => l.userId)), db));
  return leaves.map((leave) => ({ ...leave, user: { name: staff.get(leave.userId)?.name ?? "" } }));
}

/** Every active staff member with their PIN, unit and home counter (admin PIN mapping). */
export const listStaffProfiles = (db: Db = getDb()) => listAttendanceProfiles(db);

/** The counter roster, current and past, newest first, with each counter's code and name and each officer's. */
export async function listCounterAssignments(db: Db = getDb()) {
  const rows = await db.counterAssignment.findMany({ orderBy: [{ fromDay: "desc" }] });
  const [staff, counters] = await Promise.all([
    findStaffByIds(distinct(rows.map((r) => r.userId)), db),
    findCountersByIds(distinct(rows.map((r) => r.counterId)), db),
  ]);
  const userById = byId(staff);
  const counterById = byId(counters);
  return rows.map((row) => {
    const user = userById.get(row.userId);
    const counter = counterById.get(row.counterId);
    return {
      ...row,
      counter: { code: counter?.code ?? "", name: counter?.name ?? "" },
      user: { name: user?.name ?? "", attendancePin: user?.attendancePin ?? null },
    };
  });
}

const distinct = <T>(values: T[]) => [...new Set(values)];
const byId = <K, R extends { id: K }>(rows: R[]) => new Map(rows.map((row) => [row.id, row]));

/** One person's month: their profile (PIN, unit) and classified days; null when the user does not exist. */
export async function getPersonAttendance(userId: string, period: { from: string; to: string }, db: Db = getDb()) {
  const profile = await findAttendanceProfile(userId, db);
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
