import "server-only";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import type { TKioskEnroll } from "./staff-input-schemas";
import { generateSecretToken, hashToken } from "../auth/password";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { resolveServiceCodes } from "./service-codes";
import { processCache } from "../cache/process-cache";
import { listCounterCodes } from "../reference/queries";

export type EnrolledKiosk = { id: string; counterId: number; enrolledAt: Date };

/** Enrols a kiosk on a counter; `input` is parsed with ZKioskEnroll (lib/skm/schemas.ts), the counter must exist. */
export async function enrollKiosk(input: TKioskEnroll, actor: Actor, now: Date) {
  const { name, counter } = input;
  const codes = await resolveServiceCodes(undefined, counter);
  if (codes.counterId === null) throw new AppError("VALIDATION", "Data kiosk tidak valid.", { fields: codes.fields });
  const key = generateSecretToken("ksk");
  const row = await getDb().kiosk.create({
    data: { name, counterId: codes.counterId, keyPrefix: key.slice(0, 8), keyHash: hashToken(key), createdAt: now },
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.kiosk.enroll", target: row.id });
  return { id: row.id, key, counter };
}

export async function revokeKiosk(id: string, actor: Actor) {
  await getDb().kiosk.updateMany({ where: { id }, data: { active: false } });
  kioskCache().invalidate();
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.kiosk.revoke", target: id });
}

export async function listKiosks() {
  const db = getDb();
  const [kiosks, counters] = await Promise.all([
    db.kiosk.findMany({ orderBy: { createdAt: "desc" } }),
    listCounterCodes(db),
  ]);
  const codeOf = new Map(counters.map((c) => [c.id, c.code]));
  return kiosks.map((k) => ({ ...k, counterCode: codeOf.get(k.counterId) ?? "?" }));
}

/** Enrolled kiosks by key hash, for 30 s (revocation in this process clears it at once); unknown keys are not kept. */
const kioskCache = () =>
  processCache<{ id: string; counterId: number; active: boolean; createdAt: Date }>("skm.kiosks", { ttlMs: 30_000 });

/** The active kiosk for a device key (X-Kiosk-Key header) with its enrolment time, or null without a key. */
export async function kioskFromKey(key: string | null): Promise<EnrolledKiosk | null> {
  if (!key) return null;
  const keyHash = hashToken(key);
  const row = await kioskCache().get(keyHash, async () => {
    const found = await getDb().kiosk.findUnique({
      where: { keyHash },
      select: { id: true, counterId: true, active: true, createdAt: true },
    });
    if (!found) throw new AppError("UNAUTHENTICATED", "Kunci perangkat kiosk tidak valid atau sudah dicabut.");
    return found;
  });
  if (!row.active) throw new AppError("UNAUTHENTICATED", "Kunci perangkat kiosk tidak valid atau sudah dicabut.");
  return { id: row.id, counterId: row.counterId, enrolledAt: row.createdAt };
}
