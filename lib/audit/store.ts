import "server-only";
import { getDb } from "../db/client";

export type AuditEntry = {
  actorId?: string | null;
  actor: string; // e-mail, token name or "system"
  action: string; // e.g. auth.signin.success, user.create, import.applications, export.responses
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/** Appends one entry to the audit log. Never throws into the caller's flow. */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  try {
    await getDb().auditLog.create({
      data: {
        actorId: entry.actorId ?? null,
        actor: entry.actor,
        action: entry.action,
        target: entry.target ?? null,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
        ip: entry.ip ?? null,
      },
    });
  } catch (error) {
    console.error("audit log write failed", error);
  }
}

/** Records what a signed-in user or API token did (`actor`: its id and label), on `target` with `detail`. */
export function recordActorAudit(
  actor: { id: string | null; label: string },
  action: string,
  target?: string | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  return recordAudit({ actorId: actor.id, actor: actor.label, action, target, detail });
}

export async function listAuditLog(options: { take?: number; action?: string } = {}) {
  return getDb().auditLog.findMany({
    where: options.action ? { action: { startsWith: options.action } } : undefined,
    orderBy: { id: "desc" },
    take: options.take ?? 200,
  });
}
