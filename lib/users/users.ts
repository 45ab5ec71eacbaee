import "server-only";
import { getDb } from "../db/client";
import { AppError, validationError } from "../errors";
import { hashPassword, verifyPassword, generateSecretToken, hashToken } from "../auth/password";
import { isRole, type Role } from "../auth/roles";
import { ZApiTokenCreate, ZUserCreate, ZUserUpdate } from "./schemas";
import { recordAudit } from "../audit/audit";

export type Actor = { id: string | null; label: string; role: Role };

/** Failed sign-ins allowed before the account is locked, and for how long. */
export const MAX_FAILED_SIGNINS = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "locked" | "disabled" };

/**
 * Checks e-mail and password. Unknown user and wrong password give the same answer ("invalid") so
 * accounts cannot be discovered; after MAX_FAILED_SIGNINS failures the account is locked for LOCK_MINUTES.
 */
export async function authenticate(email: string, password: string, now = new Date(), ip?: string): Promise<SignInResult> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    await verifyPassword(password, "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await recordAudit({ actor: email, action: "auth.signin.failure", detail: { reason: "unknown" }, ip });
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit({ actorId: user.id, actor: user.email, action: "auth.signin.locked", ip });
    return { ok: false, reason: "locked" };
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_SIGNINS;
    await db.user.update({
      where: { id: user.id },
      data: { failedLogins: lock ? 0 : failed, lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null },
    });
    await recordAudit({ actorId: user.id, actor: user.email, action: lock ? "auth.lockout" : "auth.signin.failure", ip });
    return { ok: false, reason: lock ? "locked" : "invalid" };
  }
  if (!user.active) {
    await recordAudit({ actorId: user.id, actor: user.email, action: "auth.signin.disabled", ip });
    return { ok: false, reason: "disabled" };
  }
  if (!isRole(user.role)) return { ok: false, reason: "disabled" };
  await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  await recordAudit({ actorId: user.id, actor: user.email, action: "auth.signin.success", ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** The current state of a signed-in user (sessions are re-checked on every request: disabled users lose access at once). */
export async function getActiveUser(id: string) {
  const user = await getDb().user.findUnique({ where: { id } });
  if (!user || !user.active || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, counterId: user.counterId };
}

export async function createUser(input: unknown, actor: Actor | null) {
  const parsed = ZUserCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const db = getDb();
  const exists = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (exists) throw new AppError("CONFLICT", "E-mail sudah terdaftar", { fields: { email: "E-mail sudah terdaftar" } });
  const user = await db.user.create({
    data: {
      email: parsed.data.email,
      name: parsed.data.name,
      role: parsed.data.role,
      counterId: parsed.data.counterId ?? null,
      passwordHash: await hashPassword(parsed.data.password),
    },
  });
  await recordAudit({
    actorId: actor?.id,
    actor: actor?.label ?? "system",
    action: "user.create",
    target: user.email,
    detail: { role: user.role },
  });
  return { id: user.id, email: user.email, role: user.role };
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
  await db.user.update({
    where: { id },
    data: {
      role: role ?? undefined,
      active: active ?? undefined,
      passwordHash: password ? await hashPassword(password) : undefined,
      failedLogins: password ? 0 : undefined,
      lockedUntil: password ? null : undefined,
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

export async function listUsers() {
  return getDb().user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, lockedUntil: true },
  });
}

export async function countUsers(): Promise<number> {
  return getDb().user.count();
}

// ------------------------------------------------------------------ API tokens

/** Creates an API token; the secret is returned once and only its hash is stored. */
export async function createApiToken(input: unknown, actor: Actor): Promise<{ id: string; token: string }> {
  const parsed = ZApiTokenCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const token = generateSecretToken("lnt");
  const row = await getDb().apiToken.create({
    data: {
      name: parsed.data.name,
      role: parsed.data.role,
      prefix: token.slice(0, 8),
      tokenHash: hashToken(token),
      createdById: actor.id,
    },
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "token.create", target: row.name, detail: { role: row.role } });
  return { id: row.id, token };
}

export async function revokeApiToken(id: string, actor: Actor) {
  const row = await getDb().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "token.revoke", target: row.name });
}

export async function listApiTokens() {
  return getDb().apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Resolves a bearer token to an actor, or null when unknown or revoked. */
export async function actorFromApiToken(token: string): Promise<Actor | null> {
  const db = getDb();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || !isRole(row.role)) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { id: null, label: `token:${row.name}`, role: row.role };
}
