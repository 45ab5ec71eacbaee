import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { isUniqueViolation } from "../skm/response-store";
import { afterPublicContentChanged } from "./public-cache";
import type { SnapshotRow } from "./queries";
import { CURRENT_SCHEMA_VERSION, snapshotHeadline, type SnapshotHeadline, type SnapshotKind } from "./snapshot-payload";

export type { SnapshotRow } from "./queries";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

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
