import "server-only";
/**
 * Undo of an OSS project import (issue 17): the projects it created are removed, the ones it updated get back the
 * row they had before (link included), InvestmentDayStat is recounted for every day involved, and the import is
 * marked undone — in one transaction, audited. Imports build on each other (an update remembers the row the previous
 * import left), so only the latest standing import can be undone; an earlier one after the later ones.
 */
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { applicationFinishDays, projectFromJson } from "./store";
import { withOssWriter } from "./writer-store";

const CHUNK = 500;

export async function undoOssImport(
  input: { importId: string; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<{ removed: number; restored: number }> {
  const outcome = await withOssWriter(async (writer) => {
    const reader = writer.reader;
    const record = await reader.ossImport.findUnique({ where: { id: input.importId } });
    if (!record) throw new AppError("NOT_FOUND", "Impor OSS tidak ditemukan.");
    if (record.undoneAt) throw new AppError("CONFLICT", "Impor ini sudah dibatalkan.");
    const later = await reader.ossImport.findFirst({
      where: { undoneAt: null, importedAt: { gt: record.importedAt } },
      orderBy: { importedAt: "desc" },
    });
    if (later)
      throw new AppError(
        "CONFLICT",
        `Batalkan dulu impor yang lebih baru (${later.fileName ?? later.id}, oleh ${later.importedBy}).`,
      );
    const days = new Set<string>();
    const applications = new Set<string>();
    const touch = (row: { issuedOn: string; applicationId: string | null }) => {
      days.add(row.issuedOn);
      if (row.applicationId) applications.add(row.applicationId);
    };
    let removed = 0;
    let restored = 0;
    let cursor = 0;
    for (;;) {
      // Each project has one revision per import, so these reads never meet a row this session rewrote.
      const revisions = await reader.ossProjectRevision.findMany({
        where: { importId: record.id, id: { gt: cursor } },
        orderBy: { id: "asc" },
        take: CHUNK,
      });
      if (revisions.length === 0) break;
      cursor = revisions[revisions.length - 1]!.id;
      const ids = revisions.map((revision) => revision.idProyek);
      const current = await reader.ossProject.findMany({
        where: { idProyek: { in: ids } },
        select: { issuedOn: true, applicationId: true },
      });
      current.forEach(touch);
      const previous = revisions.flatMap((revision) => (revision.previous ? [projectFromJson(revision.previous)] : []));
      previous.forEach(touch);
      await writer.replaceProjects(ids, previous);
      removed += revisions.length - previous.length;
      restored += previous.length;
    }
    for (const day of await applicationFinishDays(reader, applications)) days.add(day);
    await writer.refreshDays(days);
    await writer.updateImport(record.id, {
      undoneAt: input.now,
      undoneById: input.actor.id,
      undoneBy: input.actor.label,
    });
    return { removed, restored, record };
  }, db);
  await recordAudit({
    actorId: input.actor.id,
    actor: input.actor.label,
    action: "import.ossProjects.undo",
    target: outcome.record.id,
    detail: { removed: outcome.removed, restored: outcome.restored, importedBy: outcome.record.importedBy },
  });
  return { removed: outcome.removed, restored: outcome.restored };
}
