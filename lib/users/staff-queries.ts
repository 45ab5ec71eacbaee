import "server-only";
import { getDb, type Db, type DbTransaction } from "../db/client";

/** Active staff for owner and assignee pickers: id, name and role, by name. */
export async function listActiveStaff() {
  return getDb().user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/** The names of the given users (ids not found are left out): owner and assignee names for another domain's lists. */
export async function findUserNamesByIds(
  ids: readonly string[],
  db: Db = getDb(),
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
}

/**
 * The staff whose attendance is measured (issue 20): active users with a check-clock PIN, or the given ids (PIN or
 * not), with their work unit, by name.
 */
export async function listAttendanceStaff(userIds: readonly string[] | undefined, db: Db = getDb()) {
  return db.user.findMany({
    where: userIds ? { id: { in: [...userIds] } } : { active: true, attendancePin: { not: null } },
    select: { id: true, name: true, unit: true },
    orderBy: { name: "asc" },
  });
}

/** Every active staff member with their check-clock PIN and unit, by name (the attendance admin's PIN mapping). */
export async function listAttendanceProfiles(db: Db = getDb()) {
  return db.user.findMany({
    where: { active: true },
    select: { id: true, name: true, email: true, role: true, attendancePin: true, unit: true },
    orderBy: { name: "asc" },
  });
}

/** One user's attendance profile (name, unit, PIN): null when the user does not exist. */
export async function findAttendanceProfile(userId: string, db: Db = getDb()) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, unit: true, attendancePin: true },
  });
}

/** Name, e-mail and check-clock PIN of the given users, in one read (ids not found are left out). */
export async function findStaffByIds(ids: readonly string[], db: Db = getDb()) {
  if (ids.length === 0) return [];
  return db.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, email: true, attendancePin: true },
  });
}

/** The users holding the given check-clock PINs (a transaction client may be passed). */
export async function findUsersByAttendancePins(pins: readonly string[], db: Db | DbTransaction = getDb()) {
  return db.user.findMany({ where: { attendancePin: { in: [...pins] } }, select: { id: true, attendancePin: true } });
}

/** Another user than `userId` holding `pin`, or null (a PIN belongs to one user only). */
export async function findAttendancePinHolder(pin: string, userId: string, db: Db = getDb()) {
  return db.user.findFirst({ where: { attendancePin: pin, id: { not: userId } }, select: { name: true } });
}
