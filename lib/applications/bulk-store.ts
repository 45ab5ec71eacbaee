import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import Database from "better-sqlite3";
import { getDb, type Db } from "../db/client";
import { databaseEngine, getEnv } from "../env";
import { sqliteValue } from "../db/sqlite-values";
import type { applicationRowData, eventRowsData } from "./row-data";
import { refreshProcessingStats } from "./processing-day-stat-store";
import { lkpmPeriodDeltaSql } from "../investment/lkpm-period-sql";
import {
  BulkWriteJournal,
  inWriteTransaction,
  recoverInterruptedBulkWrites,
  yieldToOtherWriters,
} from "./bulk-undo-journal-store";
import { withLkpmPeriodStats } from "../investment/lkpm-period-stat-store";

export type ApplicationRow = ReturnType<typeof applicationRowData>;
export type EventRow = ReturnType<typeof eventRowsData>[number];
export type ApplicationWithEvents = { application: ApplicationRow; events: EventRow[] };

/** Writes one chunk of applications; resolves with how many replaced existing ones. */
export type ApplicationsBulkWrite = (items: readonly ApplicationWithEvents[]) => Promise<{ updated: number }>;

/**
 * A write session for many applications with their timelines, all or nothing: when `session` resolves, every chunk
 * passed to `write` stays; when it or any write throws, the database is put back as it was (earlier chunks too).
 * An application with an existing registration number is replaced: it keeps its id (and its creation time), its
 * events are replaced, and what hangs on it that the file does not carry (LKPM reports, the agencies'
 * recommendations) stays, so writing the same rows again changes nothing. The finishing days of old and new rows are
 * collected, and their aggregates (ProcessingDayStat, ProcessingStageDayStat, InvestmentDayStat and their roll-ups)
 * are refreshed once, at the end.
 *
 * Two dialects side by side, because Prisma's createMany through the driver adapters writes only a few thousand
 * rows per second:
 * - SQLite: a dedicated better-sqlite3 connection on the same database file, prepared statements (hundreds of
 *   thousands of rows/s), values serialised exactly as Prisma's SQLite adapter does (DateTime "…T…+00:00" text,
 *   booleans 0/1, BigInt integers). SQLite has one write lock for the whole file, so a single transaction for a
 *   100k-row file would keep every other writer (survey submissions, staff actions) waiting for half a minute.
 *   Instead each transaction writes up to 2,000 rows and commits, with the undo journal of
 *   bulk-undo-journal-store.ts recording what it replaced; between two transactions the event loop turns and waiting
 *   writes go through. A
 *   failure applies the journal backwards; a crash leaves it to be applied at the next start. Readers see the rows
 *   arrive during the import (and taken out again if it fails).
 * - PostgreSQL: Prisma createMany in chunks inside ONE interactive transaction (row locks do not stop other writers;
 *   readers see the data as it was until the commit).
 * Both are exercised by tests/integration/applications-import.int.test.ts on each engine.
 */
export async function withApplicationsBulkWriter<T>(
  db: Db,
  session: (write: ApplicationsBulkWrite) => Promise<T>,
  options: { refreshStats?: boolean } = {},
): Promise<T> {
  const url = getEnv().DATABASE_URL;
  const refreshStats = options.refreshStats ?? true;
  if (databaseEngine(url) === "sqlite")
    return withApplicationsWriteTurn(() => writeOnSqlite(sqlitePath(url), session, refreshStats));
  return writeWithPrisma(db, session, refreshStats);
}

/**
 * On SQLite, runs `task` when no other bulk write session of this process is open, and keeps the next one waiting
 * until `task` ends (a no-op on PostgreSQL; re-entrant): two imports of one process do not interleave their chunks,
 * so each can be undone alone. The import runs its write pass AND its audit record in one turn.
 */
export function withApplicationsWriteTurn<T>(task: () => Promise<T>): Promise<T> {
  if (databaseEngine(getEnv().DATABASE_URL) !== "sqlite") return task();
  const shared = globalThis as unknown as {
    lenteraBulkWriter?: { queue: Promise<unknown>; turn: AsyncLocalStorage<true> };
  };
  shared.lenteraBulkWriter ??= { queue: Promise.resolve(), turn: new AsyncLocalStorage<true>() };
  const writer = shared.lenteraBulkWriter;
  if (writer.turn.getStore()) return task();
  const start = () => writer.turn.run(true, task);
  const run = writer.queue.then(start, start);
  writer.queue = run.catch(() => undefined);
  return run;
}

/**
 * Undoes the imports on this SQLite database whose process is gone (killed mid-import): see
 * bulk-undo-journal-store.ts. Run at start-up; a no-op on PostgreSQL (an import there is one transaction). Returns how
 * many were undone and how many applications they had written or replaced.
 */
export async function recoverInterruptedImports(): Promise<{ undone: number; applications: number }> {
  const url = getEnv().DATABASE_URL;
  if (databaseEngine(url) !== "sqlite") return { undone: 0, applications: 0 };
  return withApplicationsWriteTurn(() => recoverInterruptedBulkWrites(sqlitePath(url)));
}

/**
 * Writes many applications in one transaction (see withApplicationsBulkWriter), for callers that hold them all
 * already (the demo seed).
 */
export async function replaceApplicationsBulk(
  items: readonly ApplicationWithEvents[],
  db: Db = getDb(),
  options: { refreshStats?: boolean } = {},
): Promise<{ updated: number }> {
  if (items.length === 0) return { updated: 0 };
  return withApplicationsBulkWriter(db, (write) => write(items), options);
}

/** Tracks one session: the finishing days it touches (old rows' and new rows') and whether writes are still allowed. */
class SessionState {
  readonly days = new Set<string>();
  private isOpen = true;
  private isWriting = false;

  touch(day: string | null | undefined) {
    if (day) this.days.add(day);
  }

  async guard<R>(write: () => Promise<R>): Promise<R> {
    if (!this.isOpen) throw new Error("applications bulk writer: write after the session ended");
    if (this.isWriting) throw new Error("applications bulk writer: concurrent writes in one session");
    this.isWriting = true;
    try {
      return await write();
    } finally {
      this.isWriting = false;
    }
  }

  close() {
    this.isOpen = false;
  }
}

function sqlitePath(url: string): string {
  return url.slice("file:".length).split("?")[0];
}

const SQLITE_CACHE_KIB = 64 * 1024;
/**
 * Applications (with ~6 events each) per write transaction on SQLite: the import's chunk. Each commit writes every
 * index page its rows touched, so smaller transactions cost more in all (100k rows: ~29 s at 1,000, ~26 s at 2,000,
 * 22 s in one transaction); 2,000 hold the lock and the event loop for at most about half a second, and a request that
 * arrives meanwhile is answered within about a second (bench/import-concurrency.ts).
 */
const ROWS_PER_TRANSACTION = 2_000;

const EVENT_COLUMNS = [
  "applicationId",
  "kind",
  "stage",
  "at",
  "note",
  "actorId",
  "durationDays",
  "finishedDay",
  "licenseTypeId",
] as const satisfies readonly (keyof EventRow)[];

async function writeOnSqlite<T>(
  file: string,
  session: (write: ApplicationsBulkWrite) => Promise<T>,
  refreshStats: boolean,
): Promise<T> {
  // An earlier session of a process that is gone (a crash mid-import) is undone before this one starts; if that
  // fails, this import still runs (the next start tries again and says so).
  await recoverInterruptedBulkWrites(file).catch((error: unknown) => {
    console.error("applications bulk writer: an interrupted import could not be undone", error);
  });
  // Busy timeout 0: a chunk that finds the lock held waits for it asynchronously (beginImmediate), never inside
  // SQLite's synchronous busy handler, which would stop this process's event loop.
  const connection = new Database(file, { timeout: 0 });
  const state = new SessionState();
  let journal: BulkWriteJournal | null = null;
  try {
    connection.pragma("journal_mode = WAL");
    connection.pragma("foreign_keys = ON");
    // Rows land at random places in the id and registration-number indexes; a page cache larger than the 2 MB
    // default keeps those pages in memory between chunks instead of re-reading them.
    connection.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    const quote = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");
    const placeholders = (columns: readonly string[]) => columns.map(() => "?").join(", ");
    const findExisting = connection.prepare(`SELECT "id", "finishedDay" FROM "Application" WHERE "registrationNo" = ?`);
    const deleteEvents = connection.prepare(`DELETE FROM "ApplicationEvent" WHERE "applicationId" = ?`);
    // A replaced application is updated in place, so what hangs on it and is not in the file (its LKPM reports, the
    // agencies' recommendations) stays; its counted LKPM reports leave the per-period sums before and come back after,
    // under the row's new dimensions.
    const subtractReports = connection.prepare(lkpmPeriodDeltaSql(-1, `a."id" = ?`).upsert);
    const addReports = connection.prepare(lkpmPeriodDeltaSql(1, `a."id" = ?`).upsert);
    const insertEvent = connection.prepare(
      `INSERT INTO "ApplicationEvent" (${quote(EVENT_COLUMNS)}) VALUES (${placeholders(EVENT_COLUMNS)})`,
    );
    // The application columns are those of the rows written (applicationRowData's keys), known at the first chunk.
    let statements: { columns: string[]; insert: Database.Statement; update: Database.Statement } | null = null;
    const open = await BulkWriteJournal.open(connection);
    journal = open;
    const writeOne = ({ application, events }: ApplicationWithEvents, stamp: unknown): boolean => {
      if (!statements) {
        const columns = [...Object.keys(application).filter((column) => column !== "id"), "updatedAt"];
        statements = {
          columns,
          insert: connection.prepare(
            `INSERT INTO "Application" ("id", "createdAt", ${quote(columns)}) VALUES (?, ?, ${placeholders(columns)})`,
          ),
          update: connection.prepare(
            `UPDATE "Application" SET ${columns.map((column) => `"${column}" = ?`).join(", ")} WHERE "id" = ?`,
          ),
        };
      }
      const existing = findExisting.get(application.registrationNo) as
        { id: string; finishedDay: string | null } | undefined;
      const id = existing?.id ?? application.id;
      open.record(id, existing !== undefined);
      const row = application as unknown as Record<string, unknown>;
      const values = statements.columns.map((column) => (column === "updatedAt" ? stamp : sqliteValue(row[column])));
      if (existing) {
        open.addDay(existing.finishedDay);
        subtractReports.run(id);
        deleteEvents.run(id);
        statements.update.run([...values, id]);
      } else {
        statements.insert.run([id, stamp, ...values]);
      }
      open.addDay(application.finishedDay);
      for (const event of events) {
        insertEvent.run(EVENT_COLUMNS.map((column) => (column === "applicationId" ? id : sqliteValue(event[column]))));
      }
      if (existing) addReports.run(id);
      return existing !== undefined;
    };
    const write: ApplicationsBulkWrite = (items) =>
      state.guard(async () => {
        let updated = 0;
        const stamp = sqliteValue(new Date());
        // Up to 2,000 rows per transaction, each committed with its journal entries; between two of them the lock
        // is free and the event loop turns, so waiting writes (a survey batch, a staff action) go through.
        for (let index = 0; index < items.length; index += ROWS_PER_TRANSACTION) {
          const part = items.slice(index, index + ROWS_PER_TRANSACTION);
          updated += await inWriteTransaction(connection, () => {
            let replaced = 0;
            for (const item of part) if (writeOne(item, stamp)) replaced += 1;
            open.touch();
            return replaced;
          });
          await yieldToOtherWriters();
        }
        return { updated };
      });
    const result = await session(write);
    state.close();
    await open.commit({ refreshStats });
    return result;
  } catch (error) {
    state.close();
    if (connection.inTransaction) connection.exec("ROLLBACK");
    // Put back what the committed chunks changed. If that fails too, the session stays for the next start.
    await journal?.rollback().catch((undoError: unknown) => {
      console.error("applications bulk writer: undo failed; it will be retried at the next start", undoError);
    });
    throw error;
  } finally {
    connection.close();
  }
}

async function writeWithPrisma<T>(
  db: Db,
  session: (write: ApplicationsBulkWrite) => Promise<T>,
  refreshStats: boolean,
): Promise<T> {
  const state = new SessionState();
  try {
    return await db.$transaction(
      async (tx) => {
        const write: ApplicationsBulkWrite = (items) =>
          state.guard(async () => {
            const existing = new Map<string, { id: string; createdAt: Date }>();
            for (let index = 0; index < items.length; index += 1_000) {
              const part = items.slice(index, index + 1_000).map((item) => item.application.registrationNo);
              for (const row of await tx.application.findMany({
                where: { registrationNo: { in: part } },
                select: { id: true, registrationNo: true, finishedDay: true, createdAt: true },
              })) {
                existing.set(row.registrationNo, { id: row.id, createdAt: row.createdAt });
                state.touch(row.finishedDay);
              }
            }
            const existingIds = [...existing.values()].map((row) => row.id);
            const applications: ApplicationRow[] = [];
            const events: EventRow[] = [];
            for (const item of items) {
              const replaced = existing.get(item.application.registrationNo);
              const id = replaced?.id ?? item.application.id;
              state.touch(item.application.finishedDay);
              applications.push({ ...item.application, id, ...(replaced ? { createdAt: replaced.createdAt } : {}) });
              for (const event of item.events) events.push({ ...event, applicationId: id });
            }
            // A replaced application is deleted and created again with its id; what hangs on it and is not in the
            // file (its LKPM reports, the agencies' recommendations) is read first and written back, and its counted
            // LKPM reports leave the per-period sums before and come back after, under the row's new dimensions.
            await withLkpmPeriodStats(tx, existingIds, async () => {
              const kept = await keptDependents(tx, existingIds);
              for (let index = 0; index < existingIds.length; index += 1_000) {
                const part = existingIds.slice(index, index + 1_000);
                await tx.applicationEvent.deleteMany({ where: { applicationId: { in: part } } });
                await tx.application.deleteMany({ where: { id: { in: part } } });
              }
              for (let index = 0; index < applications.length; index += 1_000)
                await tx.application.createMany({ data: applications.slice(index, index + 1_000) });
              for (let index = 0; index < events.length; index += 5_000)
                await tx.applicationEvent.createMany({ data: events.slice(index, index + 5_000) });
              for (let index = 0; index < kept.realisations.length; index += 1_000)
                await tx.investmentRealisation.createMany({ data: kept.realisations.slice(index, index + 1_000) });
              for (let index = 0; index < kept.recommendations.length; index += 1_000)
                await tx.agencyRecommendation.createMany({ data: kept.recommendations.slice(index, index + 1_000) });
            });
            return { updated: existing.size };
          });
        const result = await session(write);
        state.close();
        if (refreshStats) await refreshProcessingStats(tx, [...state.days]);
        return result;
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  } finally {
    state.close();
  }
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The rows of other tables that hang on these applications (ON DELETE CASCADE), besides their timelines. */
async function keptDependents(tx: Tx, applicationIds: readonly string[]) {
  const realisations = [];
  const recommendations = [];
  for (let index = 0; index < applicationIds.length; index += 1_000) {
    const where = { applicationId: { in: applicationIds.slice(index, index + 1_000) } };
    realisations.push(...(await tx.investmentRealisation.findMany({ where })));
    recommendations.push(...(await tx.agencyRecommendation.findMany({ where })));
  }
  return { realisations, recommendations };
}
