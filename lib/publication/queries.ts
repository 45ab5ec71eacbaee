import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import type { SnapshotKind } from "./snapshot-payload";

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
