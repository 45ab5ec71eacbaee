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

export async function listAuditLog(options: { take?: number; action?: string } = {}) {
  return getDb().auditLog.findMany({
    where: options.action ? { action: { startsWith: options.action } } : undefined,
    orderBy: { id: "desc" },
    take: options.take ?? 200,
  });
}
