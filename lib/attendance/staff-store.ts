import "server-only";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { parseOrThrow } from "../validation/parse";
import type { Actor } from "../users/user-store";
import { ZAttendancePinInput, ZCounterAssignmentInput, ZLeaveInput } from "./schemas";

/**
 * Admin writes of the attendance module (issue 20): a staff member's machine PIN and work unit, recorded leave, and
 * the counter roster. Each is validated by its zod schema and audited.
 */

async function requireUser(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user)
    throw new AppError("NOT_FOUND", "Pegawai tidak ditemukan.", { fields: { userId: "Pegawai tidak ditemukan." } });
  return user;
}

/** Sets (or clears) a user's check-clock PIN and work unit; a PIN belongs to one user only (409 naming the holder). */
export async function setAttendanceProfile(input: unknown, actor: Actor, db: Db = getDb()): Promise<void> {
  const { userId, pin, unit } = parseOrThrow(ZAttendancePinInput, input);
  const user = await requireUser(db, userId);
  if (pin !== null) {
    const holder = await db.user.findFirst({
      where: { attendancePin: pin, id: { not: userId } },
      select: { name: true },
    });
    if (holder)
      throw new AppError("CONFLICT", `PIN ${pin} sudah dipakai oleh ${holder.name}.`, {
        fields: { pin: `PIN ${pin} sudah dipakai oleh ${holder.name}.` },
      });
  }
  await db.user.update({ where: { id: userId }, data: { attendancePin: pin, unit } });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "attendance.profile",
    target: user.email,
    detail: { pin, unit },
  });
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
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "attendance.leave.add",
    target: user.email,
    detail: { id: row.id, kind: leave.kind, fromDay: leave.fromDay, toDay: leave.toDay },
  });
  return { id: row.id };
}

/** Deletes a leave record; false (nothing written) when it is already gone, e.g. a form sent twice. */
export async function deleteLeave(id: string, actor: Actor, db: Db = getDb()): Promise<boolean> {
  const row = await db.attendanceLeave.findUnique({ where: { id }, include: { user: { select: { email: true } } } });
  if (!row) return false;
  await db.attendanceLeave.delete({ where: { id } });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "attendance.leave.delete",
    target: row.user.email,
    detail: { id, kind: row.kind, fromDay: row.fromDay, toDay: row.toDay },
  });
  return true;
}

/** Rosters an officer on a counter; the same officer on the same counter twice over overlapping days is refused. */
export async function addCounterAssignment(input: unknown, actor: Actor, db: Db = getDb()): Promise<{ id: string }> {
  const a = parseOrThrow(ZCounterAssignmentInput, input);
  const user = await requireUser(db, a.userId);
  const counter = await db.counter.findUnique({ where: { id: a.counterId } });
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
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "attendance.roster.add",
    target: counter.code,
    detail: { id: row.id, user: user.email, fromDay: a.fromDay, toDay: a.toDay },
  });
  return { id: row.id };
}

/** Deletes a roster entry; false (nothing written) when it is already gone. */
export async function deleteCounterAssignment(id: string, actor: Actor, db: Db = getDb()): Promise<boolean> {
  const row = await db.counterAssignment.findUnique({
    where: { id },
    include: { counter: { select: { code: true } }, user: { select: { email: true } } },
  });
  if (!row) return false;
  await db.counterAssignment.delete({ where: { id } });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "attendance.roster.delete",
    target: row.counter.code,
    detail: { id, user: row.user.email, fromDay: row.fromDay, toDay: row.toDay },
  });
  return true;
}
