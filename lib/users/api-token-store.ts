import "server-only";
import { getDb } from "../db/client";
import { validationError } from "../errors";
import { generateSecretToken, hashToken } from "../auth/password";
import { isRole } from "../auth/roles";
import { ZApiTokenCreate } from "./schemas";
import { recordAudit } from "../audit/store";
import { processCache } from "../cache/process-cache";
import type { Actor } from "./user-store";

/**
 * API tokens (Authorization: Bearer lnt_...): created with a role and a lifetime, stored as a SHA-256 hash, revoked by
 * an admin. Checking a token reads an in-process cache (every API call of a machine checks one).
 */
/** Creates an API token; the secret is returned once and only its hash is stored. */
export async function createApiToken(
  input: unknown,
  actor: Actor,
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: Date }> {
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
      expiresAt: new Date(now.getTime() + parsed.data.validDays * 86_400_000),
    },
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "token.create",
    target: row.name,
    detail: { role: row.role, validDays: parsed.data.validDays },
  });
  return { id: row.id, token, expiresAt: row.expiresAt ?? now };
}

export async function revokeApiToken(id: string, actor: Actor) {
  const row = await getDb().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  tokenCache().invalidate();
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "token.revoke", target: row.name });
}

/**
 * Resolves a bearer token to an actor, or null when unknown, revoked or expired. Use of a revoked or expired
 * token is written to the audit log (someone still holds it), at most once per token and minute.
 */
export async function actorFromApiToken(token: string, now = new Date()): Promise<Actor | null> {
  const db = getDb();
  const row = await findApiToken(hashToken(token));
  if (!row || !isRole(row.role)) return null;
  const refusal = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : null;
  if (refusal) {
    const recent = await db.auditLog.findFirst({
      where: { action: "token.refused", target: row.name, at: { gt: new Date(now.getTime() - 60_000) } },
      select: { id: true },
    });
    if (!recent) {
      await recordAudit({
        actor: `token:${row.name}`,
        action: "token.refused",
        target: row.name,
        detail: { reason: refusal, prefix: row.prefix },
      });
    }
    return null;
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    row.lastUsedAt = now;
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { id: null, label: `token:${row.name}`, role: row.role };
}

/** "Last used" is shown to the minute: a machine sending many requests a second writes it once a minute. */
const LAST_USED_RESOLUTION_MS = 60_000;

type ApiTokenRow = NonNullable<Awaited<ReturnType<ReturnType<typeof getDb>["apiToken"]["findUnique"]>>>;
/** Known tokens by hash, for 10 s (revocation in this process clears it at once); unknown hashes are not kept. */
const tokenCache = () => processCache<ApiTokenRow>("auth.apiTokens", { ttlMs: 10_000 });

async function findApiToken(tokenHash: string): Promise<ApiTokenRow | null> {
  return tokenCache()
    .get(tokenHash, async () => {
      const row = await getDb().apiToken.findUnique({ where: { tokenHash } });
      if (!row) throw new UnknownToken();
      return row;
    })
    .catch((error: unknown) => {
      if (error instanceof UnknownToken) return null;
      throw error;
    });
}

class UnknownToken extends Error {}
