import "server-only";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { parseOrThrow } from "../validation/parse";
import { setUserAttendanceProfile, type Actor } from "../users/user-store";
import { findAttendancePinHolder, findStaffByIds } from "../users/staff-queries";
import { findCountersByIds, getCounterById } from "../reference/queries";
import { ZAttendancePinInput, ZCounterAssignmentInput, ZLeaveInput } from "./schemas";

/**
 * Admin writes of the attendance module (issue 20): a staff member's machine PIN and work unit, recorded leave, and
 * the counter roster. Each is validated by its zod schema and audited.
 */

async function requireUser(db: Db, userId: string) {
  const [user] = await findStaffByIds([userId], db);
  if (!user)
    throw new AppError("NOT_FOUND", "Pegawai tidak ditemukan.", { fields: { userId: "Pegawai tidak ditemukan." } });
  return user;
}

/** The inclusive days of a leave or roster entry, as its audit entry records them. */
const days = (entry: { fromDay: string; toDay: string | null }) => ({ fromDay: entry.fromDay, toDay: entry.toDay });

/** One audit entry of an attendance admin write, by the acting admin. */
function audit(actor: Actor, action: string, target: string, detail: Record<string, unknown>) {
  return recordAudit({ actorId: actor.id, actor: actor.label, action, target, detail });
}

/** Sets (or clears) a user's check-clock PIN and work unit; a PIN belongs to one user only (409 naming the holder). */
export async function setAttendanceProfile(input: unknown, actor: Actor, db: Db = getDb()): Promise<void> {
  const { userId, pin, unit } = parseOrThrow(ZAttendancePinInput, input);
  const user = await requireUser(db, userId);
  if (pin !== null) {
    const holder = await findAttendancePinHolder(pin, userId, db);
    if (holder)
      throw new AppError("CONFLICT", `PIN ${pin} sudah dipakai oleh ${holder.name}.`, {
        fields: { pin: `PIN ${pin} sudah dipakai oleh ${holder.name}.` },
      });
  }
  await setUserAttendanceProfile(userId, { pin, unit }, db);
  await audit(actor, "attendance.profile", user.email, { pin, unit });
}

/** Records leave (cuti, dinas luar, sakit) for inclusive days; refused when it overlaps the person's other leave. */
export async function addLeave(input: unknown, actor: Actor, db: Db = getDb()): Promise<{ id: string }> {
  const leave = parseOrThrow(ZLeaveInput, input);
  const user = await requireUser(db, leave.userId);
  const clash = await db.attendanceLeave.findFirst({
    where: { userId: leave.userId, fromDay: { lte: leave.toDay }, toDay: { gte: leave.fromDay } },
  });
  if (clash)
    throw new AppError("CONFLICT", `${user.name} sudah tercatat ${clash.kind} ${clash.fromDay} – ${clash.toDay}.`, {
      fields: { fromDay: `Bertumpang tindih dengan ${clash.kind} ${clash.fromDay} – ${clash.toDay}.` },
    });
  const row = await db.attendanceLeave.create({ data: { ...leave, createdBy: actor.label } });
  await audit(actor, "attendance.leave.add", user.email, { id: row.id, kind: leave.kind, ...days(leave) });
  return { id: row.id };
}

/** Deletes a leave record; false (nothing written) when it is already gone, e.g. a form sent twice. */
export async function deleteLeave(id: string, actor: Actor, db: Db = getDb()): Promise<boolean> {
  const row = await db.attendanceLeave.findUnique({ where: { id } });
  if (!row) return false;
  const [user] = await findStaffByIds([row.userId], db);
  await db.attendanceLeave.delete({ where: { id } });
  await audit(actor, "attendance.leave.delete", user?.email ?? row.userId, { id, kind: row.kind, ...days(row) });
  return true;
}

/** Rosters an officer on a counter; the same officer on the same counter twice over overlapping days is refused. */
export async function addCounterAssignment(input: unknown, actor: Actor, db: Db = getDb()): Promise<{ id: string }> {
  const a = parseOrThrow(ZCounterAssignmentInput, input);
  const user = await requireUser(db, a.userId);
  const counter = await getCounterById(a.counterId, db);
  if (!counter)
    throw new AppError("NOT_FOUND", "Loket tidak ditemukan.", { fields: { counterId: "Loket tidak ditemukan." } });
  const clash = await db.counterAssignment.findFirst({
    where: {
      userId: a.userId,
      counterId: a.counterId,
      ...(a.toDay === null ? {} : { fromDay: { lte: a.toDay } }),
      OR: [{ toDay: null }, { toDay: { gte: a.fromDay } }],
    },
  });
  if (clash)
    throw new AppError("CONFLICT", `${user.name} sudah dijadwalkan di ${counter.name} mulai ${clash.fromDay}.`, {
      fields: { fromDay: `Bertumpang tindih dengan jadwal mulai ${clash.fromDay}.` },
    });
  const row = await db.counterAssignment.create({ data: { ...a, createdBy: actor.label } });
  await audit(actor, "attendance.roster.add", counter.code, { id: row.id, user: user.email, ...days(a) });
  return { id: row.id };
}

/** Deletes a roster entry; false (nothing written) when it is already gone. */
export async function deleteCounterAssignment(id: string, actor: Actor, db: Db = getDb()): Promise<boolean> {
  const row = await db.counterAssignment.findUnique({ where: { id } });
  if (!row) return false;
  const [[counter], [user]] = await Promise.all([
    findCountersByIds([row.counterId], db),
    findStaffByIds([row.userId], db),
  ]);
  await db.counterAssignment.delete({ where: { id } });
  await audit(actor, "attendance.roster.delete", counter?.code ?? String(row.counterId), {
    id,
    user: user?.email ?? row.userId,
    ...days(row),
  });
  return true;
}
