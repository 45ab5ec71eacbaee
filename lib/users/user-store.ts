import "server-only";
import { getDb, type Db } from "../db/client";
import { AppError, validationError } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { isRole, type Role } from "../auth/roles";
import { ZUserCreate, ZUserUpdate } from "./schemas";
import { recordAudit } from "../audit/store";
import { SignInThrottle, SIGN_IN_LIMITS } from "../auth/sign-in-throttle";
import { listAgencies } from "../reference/queries";

export type Actor = { id: string | null; label: string; role: Role };

export { SIGN_IN_LIMITS } from "../auth/sign-in-throttle";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked" | "throttled" | "disabled" };

const signInThrottle = new SignInThrottle();

// A hash in the stored format whose password nobody knows: unknown accounts cost the same scrypt work as known ones.
const DUMMY_HASH = "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Checks e-mail and password, throttled three ways (see lib/auth/sign-in-throttle.ts): per address across accounts,
 * per (account, address) pair after SIGN_IN_LIMITS.pairFailures failures, and per account from all addresses only
 * after SIGN_IN_LIMITS.accountFailures. The account-wide count is claimed with one conditional UPDATE before the
 * password is checked, so parallel guesses cannot overshoot it. Unknown accounts go through the same pair limits
 * and the same scrypt work: "invalid" and "locked" come in the same order whether or not the e-mail exists.
 */
export async function authenticate(
  email: string,
  password: string,
  now = new Date(),
  ip?: string,
): Promise<SignInResult> {
  const db = getDb();
  const normalisedEmail = email.trim().toLowerCase();
  const address = ip ?? "unknown";
  const ticket = signInThrottle.reserve(normalisedEmail, address, now);
  const user = await db.user.findUnique({ where: { email: normalisedEmail } });
  if (!ticket.ok) {
    await recordAudit({
      actorId: user?.id,
      actor: normalisedEmail,
      action: "auth.signin.throttled",
      detail: { reason: ticket.reason },
      ip,
    });
    return { ok: false, reason: ticket.reason };
  }
  if (!user) {
    await verifyPassword(password, DUMMY_HASH);
    const state = ticket.settle("failure", now);
    await recordAudit({ actor: normalisedEmail, action: "auth.signin.failure", detail: { reason: "unknown" }, ip });
    return { ok: false, reason: state === "locked" ? "locked" : "invalid" };
  }
  // An ended account lock is cleared, then one attempt is claimed atomically (no read-then-write race).
  await db.user.updateMany({
    where: { id: user.id, lockedUntil: { lte: now } },
    data: { failedLogins: 0, lockedUntil: null },
  });
  const claimed = await db.user.updateMany({
    where: { id: user.id, lockedUntil: null, failedLogins: { lt: SIGN_IN_LIMITS.accountFailures } },
    data: { failedLogins: { increment: 1 } },
  });
  if (claimed.count === 0) {
    ticket.settle("not-checked", now);
    await recordAudit({ actorId: user.id, actor: user.email, action: "auth.signin.locked", ip });
    return { ok: false, reason: "locked" };
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid) {
    const pairState = ticket.settle("failure", now);
    const accountLock = await db.user.updateMany({
      where: { id: user.id, lockedUntil: null, failedLogins: { gte: SIGN_IN_LIMITS.accountFailures } },
      data: { lockedUntil: new Date(now.getTime() + SIGN_IN_LIMITS.accountLockMinutes * 60_000) },
    });
    const locked = pairState === "locked" || accountLock.count > 0;
    await recordAudit({
      actorId: user.id,
      actor: user.email,
      action: locked ? "auth.lockout" : "auth.signin.failure",
      detail: locked ? { scope: accountLock.count > 0 ? "account" : "address" } : undefined,
      ip,
    });
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }
  ticket.settle("success", now);
  if (!user.active) {
    await recordAudit({ actorId: user.id, actor: user.email, action: "auth.signin.disabled", ip });
    return { ok: false, reason: "disabled" };
  }
  if (!isRole(user.role)) return { ok: false, reason: "disabled" };
  await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  await recordAudit({ actorId: user.id, actor: user.email, action: "auth.signin.success", ip });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/**
 * The current state of a signed-in user (sessions are re-checked on every request: disabled users lose access at
 * once). With `sessionVersion`, a session issued before the user's last sign-out, password, role or active change
 * is refused (null).
 */
export async function getActiveUser(id: string, sessionVersion?: number) {
  const user = await getDb().user.findUnique({ where: { id } });
  if (!user || !user.active || !isRole(user.role)) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  const { email, name, counterId, agency } = user;
  return { id: user.id, email, name, role: user.role as Role, counterId, agency };
}

/** Ends every session of a user (sign-out from one device ends them all: ASVS V3.3.1). */
export async function endUserSessions(id: string, actor?: Actor | null): Promise<void> {
  const updated = await getDb().user.updateMany({ where: { id }, data: { sessionVersion: { increment: 1 } } });
  if (updated.count > 0 && actor) await recordAudit({ actorId: actor.id, actor: actor.label, action: "auth.signout" });
}

export async function createUser(input: unknown, actor: Actor | null) {
  const parsed = ZUserCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const db = getDb();
  const exists = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (exists) throw new AppError("CONFLICT", "E-mail sudah terdaftar", { fields: { email: "E-mail sudah terdaftar" } });
  if (parsed.data.agency) await requireKnownAgency(parsed.data.agency);
  const user = await db.user.create({
    data: {
      email: parsed.data.email,
      name: parsed.data.name,
      role: parsed.data.role,
      counterId: parsed.data.counterId ?? null,
      agency: parsed.data.agency ?? null,
      passwordHash: await hashPassword(parsed.data.password),
    },
  });
  await recordAudit({
    actorId: actor?.id,
    actor: actor?.label ?? "system",
    action: "user.create",
    target: user.email,
    detail: { role: user.role, agency: user.agency ?? undefined },
  });
  return { id: user.id, email: user.email, role: user.role, agency: user.agency };
}

const AGENCY_ROLE_ONLY_AT_CREATION =
  "Peran perangkat daerah hanya untuk akun baru yang dibuat dengan perangkat daerahnya";

/** An agency account must name an agency of a licence type (so its queue is that agency's files). */
async function requireKnownAgency(agency: string): Promise<void> {
  if (!(await listAgencies()).some((known) => known.name === agency)) {
    const message = "Perangkat daerah tidak dikenal: pilih salah satu perangkat daerah pada jenis izin";
    throw new AppError("VALIDATION", message, { fields: { agency: message } });
  }
}

export async function updateUser(input: unknown, actor: Actor) {
  const parsed = ZUserUpdate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { id, role, active, password } = parsed.data;
  const db = getDb();
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan");
  if (id === actor.id && (active === false || (role && role !== "ADMIN"))) {
    throw new AppError("CONFLICT", "Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri");
  }
  // An agency account belongs to one agency: the role is given with the agency at creation, not switched to later.
  if (role === "AGENCY" && user.role !== "AGENCY") throw new AppError("CONFLICT", AGENCY_ROLE_ONLY_AT_CREATION);
  await db.user.update({
    where: { id },
    data: {
      role: role ?? undefined,
      agency: role && role !== "AGENCY" ? null : undefined,
      active: active ?? undefined,
      passwordHash: password ? await hashPassword(password) : undefined,
      failedLogins: password ? 0 : undefined,
      lockedUntil: password ? null : undefined,
      // A new password, another role or deactivation ends the sessions issued before it.
      sessionVersion:
        (role && role !== user.role) || (active !== undefined && active !== user.active) || password
          ? { increment: 1 }
          : undefined,
    },
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "user.update",
    target: user.email,
    detail: { role, active, passwordReset: !!password },
  });
}

/** Sets (or clears) a user's check-clock PIN and work unit; the caller checks the PIN is free and audits. */
export async function setUserAttendanceProfile(
  userId: string,
  profile: { pin: string | null; unit: string | null },
  db: Db = getDb(),
): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { attendancePin: profile.pin, unit: profile.unit } });
}

export async function countUsers(): Promise<number> {
  return getDb().user.count();
}

// API tokens live in api-token-store.ts; re-exported so callers keep importing them from here.
export { actorFromApiToken, createApiToken, revokeApiToken } from "./api-token-store";
