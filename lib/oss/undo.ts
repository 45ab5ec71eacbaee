import "server-only";
/**
 * Undo of an OSS project import (issue 17): the projects it created are removed, the ones it updated get back the
 * row they had before (link included), InvestmentDayStat is recounted for every day involved, and the import is
 * marked undone — in one transaction, audited. Imports build on each other (an update remembers the row the previous
 * import left), so only the latest standing import can be undone; an earlier one after the later ones.
 */
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/audit";
import type { Actor } from "../users/users";
import { withApplicationsWriteTurn } from "../applications/bulk-store";
import { applicationFinishDays, projectFromJson, refreshTouchedDays } from "./store";

const CHUNK = 500;

export async function undoOssImport(
  input: { importId: string; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<{ removed: number; restored: number }> {
  const outcome = await withApplicationsWriteTurn(() =>
    db.$transaction(
      async (tx) => {
        const record = await tx.ossImport.findUnique({ where: { id: input.importId } });
        if (!record) throw new AppError("NOT_FOUND", "Impor OSS tidak ditemukan.");
        if (record.undoneAt) throw new AppError("CONFLICT", "Impor ini sudah dibatalkan.");
        const later = await tx.ossImport.findFirst({
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
        let removed = 0;
        let restored = 0;
        let cursor = 0;
        for (;;) {
          const revisions = await tx.ossProjectRevision.findMany({
            where: { importId: record.id, id: { gt: cursor } },
            orderBy: { id: "asc" },
            take: CHUNK,
          });
          if (revisions.length === 0) break;
          cursor = revisions[revisions.length - 1]!.id;
          const ids = revisions.map((revision) => revision.idProyek);
          const current = await tx.ossProject.findMany({
            where: { idProyek: { in: ids } },
            select: { issuedOn: true, applicationId: true },
          });
          for (const row of current) {
            days.add(row.issuedOn);
            if (row.applicationId) applications.add(row.applicationId);
          }
          await tx.ossProject.deleteMany({ where: { idProyek: { in: ids } } });
          const previous = revisions.flatMap((revision) =>
            revision.previous ? [projectFromJson(revision.previous)] : [],
          );
          for (const row of previous) {
            days.add(row.issuedOn);
            if (row.applicationId) applications.add(row.applicationId);
          }
          if (previous.length > 0) await tx.ossProject.createMany({ data: previous });
          removed += revisions.length - previous.length;
          restored += previous.length;
        }
        for (const day of await applicationFinishDays(tx, applications)) days.add(day);
        await refreshTouchedDays(tx, days);
        await tx.ossImport.update({
          where: { id: record.id },
          data: { undoneAt: input.now, undoneById: input.actor.id, undoneBy: input.actor.label },
        });
        return { removed, restored, record };
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    ),
  );
  await recordAudit({
    actorId: input.actor.id,
    actor: input.actor.label,
    action: "import.ossProjects.undo",
    target: outcome.record.id,
    detail: { removed: outcome.removed, restored: outcome.restored, importedBy: outcome.record.importedBy },
  });
  return { removed: outcome.removed, restored: outcome.restored };
}
