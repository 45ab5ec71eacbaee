import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { getDb, perEngine, type DbArgs } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { databaseEngine } from "../env";
import { toWibDate } from "../calendar/working-days";
import type { Actor } from "../users/user-store";
import { insertSurveyResponsesBulk, isUniqueViolation, type NewSurveyResponse, type Tx } from "./response-store";
import { accumulateResponses, aggregateRowsOf, RECOUNT_COLUMNS, type AggregateSlice } from "./aggregate-recount";
import type { AggregateIncrements } from "./aggregate-row";

function wibStamp(at: Date): string {
  const wib = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${wib.slice(8, 10)}-${wib.slice(5, 7)}-${wib.slice(0, 4)} ${wib.slice(11, 16)} WIB`;
}

type ImportRow = {
  id: string;
  importedAt: Date;
  importedBy: string;
  rowCount: number;
  firstDay: string;
  lastDay: string;
};

function alreadyImported(earlier: ImportRow): AppError {
  const message =
    `File ini sudah diimpor pada ${wibStamp(earlier.importedAt)} oleh ${earlier.importedBy} ` +
    `(${earlier.rowCount} baris, ${earlier.firstDay} – ${earlier.lastDay}). Tidak ada yang disimpan. ` +
    "Batalkan impor itu lebih dulu bila file ini memang perlu diimpor ulang. / This file was already imported; undo that import first.";
  return new AppError("CONFLICT", message, {
    fields: {
      file: `Sudah diimpor pada ${wibStamp(earlier.importedAt)} oleh ${earlier.importedBy} (impor ${earlier.id})`,
    },
  });
}

/**
 * Stores the validated rows of one file as one recorded import: the file's fingerprint (importContentHash), row count, WIB days covered
 * and who imported it, in the same transaction as the rows (each row carries the import's id). The same file while
 * an earlier import of it stands is refused (409) naming that import; the unique activeHash also settles a race.
 */
export async function storeResponseImport(
  input: { contentHash: string; rows: NewSurveyResponse[]; actor: Actor; now: Date; fileName?: string | null },
  db: Db = getDb(),
): Promise<{ imported: number; importId: string }> {
  const { contentHash } = input;
  const earlier = await db.responseImport.findUnique({ where: { activeHash: contentHash } });
  if (earlier) throw alreadyImported(earlier);
  const id = randomUUID();
  const days = input.rows.map((r) => toWibDate(r.submittedAt)).sort();
  const record = {
    id,
    contentHash,
    activeHash: contentHash,
    fileName: input.fileName?.slice(0, 200) ?? null,
    rowCount: input.rows.length,
    firstDay: days[0] ?? "",
    lastDay: days[days.length - 1] ?? "",
    importedAt: input.now,
    importedById: input.actor.id,
    importedBy: input.actor.label,
  };
  let imported: number;
  try {
    imported = await insertSurveyResponsesBulk(
      input.rows.map((r) => ({ ...r, importId: id })),
      db,
      { beforeRows: async (tx) => void (await tx.responseImport.create({ data: record })) },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await db.responseImport.findUnique({ where: { activeHash: contentHash } });
      if (winner) throw alreadyImported(winner);
    }
    throw error;
  }
  await recordAudit({
    actorId: input.actor.id,
    actor: input.actor.label,
    action: "import.surveyResponses",
    target: id,
    detail: {
      rows: imported,
      contentHash,
      firstDay: record.firstDay,
      lastDay: record.lastDay,
      fileName: record.fileName,
    },
  });
  return { imported, importId: id };
}

/** Deletes the aggregate rows of the given WIB days and stores them again as recounted from the raw responses. */
export async function rebuildSkmAggregatesForDays(tx: Tx, days: readonly string[]): Promise<void> {
  const CHUNK = 200;
  for (let i = 0; i < days.length; i += CHUNK) {
    const part = days.slice(i, i + CHUNK);
    const accumulated = new Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>();
    const rows = await tx.surveyResponse.findMany({
      where: { surveyDate: { in: part } },
      select: RECOUNT_COLUMNS,
    });
    accumulateResponses(accumulated, rows);
    await tx.skmDailyAggregate.deleteMany({ where: { day: { in: part } } });
    const fresh = aggregateRowsOf(accumulated);
    for (let j = 0; j < fresh.length; j += 1000)
      await tx.skmDailyAggregate.createMany({ data: fresh.slice(j, j + 1000) as never });
  }
}

/**
 * Undoes one import: deletes exactly the rows it stored, re-derives the daily aggregates of the days they were on
 * from the remaining raw responses, and marks the import undone (its file may then be imported again), all in one
 * transaction; audited. On PostgreSQL the transaction is serialisable, so a response stored on one of those days at
 * the same moment either commits first (and is recounted) or retries after (and increments the rebuilt row).
 * Published snapshots are not touched: staff see the difference as "removed after publishing".
 */
export async function undoResponseImport(
  input: { importId: string; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<{ removed: number; days: number }> {
  const isPg = databaseEngine() === "postgresql";
  const run = () =>
    db.$transaction(
      async (tx) => {
        const row = await tx.responseImport.findUnique({ where: { id: input.importId } });
        if (!row) throw new AppError("NOT_FOUND", "Impor tidak ditemukan.");
        if (row.undoneAt)
          throw new AppError(
            "CONFLICT",
            `Impor ini sudah dibatalkan pada ${wibStamp(row.undoneAt)} oleh ${row.undoneBy ?? "?"}.`,
          );
        const byDay = { by: ["surveyDate"], where: { importId: row.id } } satisfies DbArgs.SurveyResponseGroupByArgs;
        const dayRows = await perEngine(tx, {
          sqlite: (c) => c.surveyResponse.groupBy(byDay),
          postgresql: (c) => c.surveyResponse.groupBy(byDay),
        });
        const days = dayRows.map((d) => d.surveyDate);
        const removed = await tx.surveyResponse.deleteMany({ where: { importId: row.id } });
        await rebuildSkmAggregatesForDays(tx, days);
        await tx.responseImport.update({
          where: { id: row.id },
          data: { undoneAt: input.now, undoneById: input.actor.id, undoneBy: input.actor.label, activeHash: null },
        });
        return { removed: removed.count, days: days.length, row };
      },
      { timeout: 600_000, maxWait: 60_000, ...(isPg ? { isolationLevel: "Serializable" as const } : {}) },
    );
  let result: Awaited<ReturnType<typeof run>> | undefined;
  for (let attempt = 1; !result; attempt++) {
    try {
      result = await run();
    } catch (error) {
      const code = (error as { code?: string })?.code;
      if (
        isPg &&
        attempt < 5 &&
        (code === "P2034" || /could not serialize|deadlock/i.test(String((error as Error)?.message)))
      )
        continue;
      throw error;
    }
  }
  await recordAudit({
    actorId: input.actor.id,
    actor: input.actor.label,
    action: "import.surveyResponses.undo",
    target: result.row.id,
    detail: {
      removed: result.removed,
      days: result.days,
      contentHash: result.row.contentHash,
      importedAt: result.row.importedAt.toISOString(),
      importedBy: result.row.importedBy,
    },
  });
  return { removed: result.removed, days: result.days };
}

/** The most recent imports (newest first) for the import page. */
export async function listResponseImports(take = 50, db: Db = getDb()) {
  return db.responseImport.findMany({ orderBy: { importedAt: "desc" }, take });
}
