import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/audit";
import type { Actor } from "../users/users";
import { isUniqueViolation } from "../skm/response-store";
import { afterPublicContentChanged } from "./public-cache";
import { CURRENT_SCHEMA_VERSION, snapshotHeadline, type SnapshotHeadline, type SnapshotKind } from "./snapshot-payload";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type SnapshotRow = {
  id: string;
  kind: string;
  subject: string;
  version: number;
  schemaVersion: number;
  payload: string;
  publishedAt: Date;
  publishedById: string | null;
  publishedBy: string;
};

export type PublishResult = {
  snapshot: SnapshotRow;
  /** The version this one replaces (null on a first publication). */
  previous: { version: number; publishedAt: Date; publishedBy: string; headline: SnapshotHeadline } | null;
};

/**
 * THE way anything becomes public (issue 12): stores `payload` as version N+1 of (kind, subject) with who published
 * it and when, runs `alsoWrite` in the same transaction (e.g. the report's status), writes one audit entry with the
 * new figures and, on a republish, the figures it replaces, then calls afterPublicContentChanged(). Earlier versions
 * are never changed or deleted. Two admins publishing the same subject at once: one wins, the other gets a 409.
 */
export async function publishSnapshot(
  input: {
    kind: SnapshotKind;
    subject: string;
    payload: object;
    actor: Actor;
    now: Date;
    alsoWrite?: (tx: Tx) => Promise<void>;
  },
  db: Db = getDb(),
): Promise<PublishResult> {
  const schemaVersion = CURRENT_SCHEMA_VERSION[input.kind];
  const payload = JSON.stringify({ ...input.payload, schemaVersion });
  let result: PublishResult;
  try {
    result = await db.$transaction(async (tx) => {
      const last = await tx.publishedSnapshot.findFirst({
        where: { kind: input.kind, subject: input.subject },
        orderBy: { version: "desc" },
      });
      const snapshot = await tx.publishedSnapshot.create({
        data: {
          kind: input.kind,
          subject: input.subject,
          version: (last?.version ?? 0) + 1,
          schemaVersion,
          payload,
          publishedAt: input.now,
          publishedById: input.actor.id,
          publishedBy: input.actor.label,
        },
      });
      if (input.alsoWrite) await input.alsoWrite(tx);
      const previous = last
        ? {
            version: last.version,
            publishedAt: last.publishedAt,
            publishedBy: last.publishedBy,
            headline: snapshotHeadline(input.kind, JSON.parse(last.payload)),
          }
        : null;
      return { snapshot, previous };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        "CONFLICT",
        "Angka ini baru saja diterbitkan oleh orang lain. Muat ulang halaman dan periksa versinya.",
      );
    }
    throw error;
  }
  await recordAudit({
    actorId: input.actor.id,
    actor: input.actor.label,
    action: result.previous ? "publication.republish" : "publication.publish",
    target: `${input.kind}/${input.subject}`,
    detail: {
      version: result.snapshot.version,
      figures: snapshotHeadline(input.kind, JSON.parse(payload)),
      ...(result.previous
        ? {
            previous: {
              version: result.previous.version,
              publishedAt: result.previous.publishedAt.toISOString(),
              ...result.previous.headline,
            },
          }
        : {}),
    },
  });
  afterPublicContentChanged();
  return result;
}

/** The current (newest) version of a subject, or a given version; null when it was never published. */
export async function getSnapshot(
  kind: SnapshotKind,
  subject: string,
  version?: number,
  db: Db = getDb(),
): Promise<SnapshotRow | null> {
  if (version !== undefined)
    return db.publishedSnapshot.findUnique({ where: { kind_subject_version: { kind, subject, version } } });
  return db.publishedSnapshot.findFirst({ where: { kind, subject }, orderBy: { version: "desc" } });
}

/** Every version of a subject, newest first. */
export async function listSnapshotVersions(
  kind: SnapshotKind,
  subject: string,
  db: Db = getDb(),
): Promise<SnapshotRow[]> {
  return db.publishedSnapshot.findMany({ where: { kind, subject }, orderBy: { version: "desc" } });
}

/** The newest version of each subject of a kind (published subjects are few: one per period). */
export async function listCurrentSnapshots(kind: SnapshotKind, db: Db = getDb()): Promise<SnapshotRow[]> {
  const rows = await db.publishedSnapshot.findMany({
    where: { kind },
    orderBy: [{ subject: "desc" }, { version: "desc" }],
  });
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.subject) ? false : (seen.add(row.subject), true)));
}
