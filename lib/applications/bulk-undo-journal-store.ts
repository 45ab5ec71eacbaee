import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { sqliteValue } from "../db/sqlite-values";
import { lkpmPeriodDeltaSql } from "../investment/lkpm-period-sql";
import { processingStatsRefreshSql } from "./processing-day-stat-store";
import { daysByMonth } from "../periods/month-split";

/**
 * The undo journal of a bulk write of applications on SQLite (issue 15). The bulk writer (bulk-store.ts) commits
 * chunk by chunk, so the database's single write lock is free between chunks and survey submissions, staff actions
 * and other processes' writes are accepted while a large file is imported. The import must still be undoable as a
 * whole, so every chunk, in its own transaction, first records here what it is about to change: for each application
 * it writes, the replaced row with its dependent rows (timeline, LKPM reports, agency recommendations: every table
 * whose foreign key points at Application), or nothing when the application is new. The session row keeps the
 * finishing days touched (old and new rows), whose aggregates are refreshed once at the end.
 *
 * - Success: the aggregates are refreshed, the session is marked committed, the journal is deleted.
 * - Failure (a write throws, the caller's callback throws): the journal is applied backwards, chunk by chunk, and the
 *   aggregates of the touched days refreshed, so the database is as it was.
 * - Crash (kill -9, power cut): the session stays behind, with what its committed chunks wrote.
 *   recoverInterruptedBulkWrites undoes it at the next start (prepareDatabase, run by `npm start`) or before the next
 *   bulk write, whichever comes first. A session whose process still runs is left alone. Until then the consistency
 *   check lists it (unfinished-imports).
 *
 * The trade-off, chosen deliberately: for the 20–40 s of a 100k-row import, readers see its rows arrive chunk by
 * chunk (and the day aggregates catch up at the end); a failure takes them back out. An edit made by someone else
 * between the import's chunks to an application the import wrote is undone with it.
 */

/** Longest wait for the write lock held by another connection, before a chunk gives up. */
const BUSY_GIVE_UP_MS = 60_000;
const BUSY_RETRY_MS = 5;
/** Journal entries undone, or deleted after success, per transaction. */
const UNDO_ENTRIES_PER_TRANSACTION = 500;
const CLEAN_UP_ENTRIES_PER_TRANSACTION = 20_000;
/** A session whose last chunk is older than this is taken as abandoned, whatever its process. */
const ABANDONED_AFTER_MS = 15 * 60_000;

/** Gives timers and I/O a turn: a write waiting for the lock gets it between two chunks. */
export const yieldToOtherWriters = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The sessions of this process that are still running (never recovered by this process). */
function liveSessions(): Set<string> {
  const shared = globalThis as unknown as { lenteraBulkSessions?: Set<string> };
  shared.lenteraBulkSessions ??= new Set();
  return shared.lenteraBulkSessions;
}

const isBusy = (error: unknown) =>
  error instanceof Database.SqliteError && (error.code === "SQLITE_BUSY" || error.code.startsWith("SQLITE_BUSY_"));

/**
 * BEGIN IMMEDIATE on a connection whose busy timeout is 0: when another connection holds the write lock, waits for
 * it without blocking the event loop (the holder may be this very process, between the awaits of a transaction).
 */
export async function beginImmediate(connection: Database.Database): Promise<void> {
  const since = Date.now();
  for (;;) {
    try {
      connection.exec("BEGIN IMMEDIATE");
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() - since >= BUSY_GIVE_UP_MS) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
  }
}

/** Runs `work` synchronously inside one write transaction, committed when it returns, rolled back when it throws. */
export async function inWriteTransaction<R>(connection: Database.Database, work: () => R): Promise<R> {
  await beginImmediate(connection);
  try {
    const result = work();
    connection.exec("COMMIT");
    return result;
  } catch (error) {
    if (connection.inTransaction) connection.exec("ROLLBACK");
    throw error;
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Column = { name: string; type: string };

/**
 * A column list as `'name', alias."name"` pairs for json_object. JSON keeps integers and text exactly but writes a
 * REAL with 15 digits, so a floating-point column (none today) goes in as its 17-digit text, which the column's
 * affinity turns back into the same REAL on restore.
 */
const jsonPairs = (columns: readonly Column[], alias: string) =>
  columns
    .map(({ name, type }) => {
      const value = `${alias}.${quote(name)}`;
      const exact = /REAL|FLOA|DOUB/i.test(type)
        ? `CASE WHEN ${value} IS NULL THEN NULL ELSE printf('%!.17g', ${value}) END`
        : value;
      return `'${name.replaceAll("'", "''")}', ${exact}`;
    })
    .join(", ");

/**
 * Prepared statements of the journal on one connection. Snapshots are taken and put back in SQL (json_object /
 * json_extract), so every value keeps its exact stored type (64-bit integers included) and no row crosses into
 * JavaScript: `previous` is {"Application": {…row…}, "<dependent table>": [{…row…}, …], …}.
 */
class JournalStatements {
  readonly insertNew: Database.Statement;
  readonly insertReplaced: Database.Statement;
  readonly touchSession: Database.Statement;
  readonly findCurrent: Database.Statement;
  readonly subtractReports: Database.Statement;
  readonly addReports: Database.Statement;
  readonly deleteEvents: Database.Statement;
  readonly deleteApplication: Database.Statement;
  readonly pruneReports: string;
  private readonly tables: string[];
  private readonly columns: Map<string, Column[]>;
  private readonly snapshotKeys: Database.Statement;
  private readonly restores = new Map<string, Database.Statement>();

  constructor(private readonly connection: Database.Database) {
    // Every table whose rows go with an application (ON DELETE CASCADE), found in the schema itself.
    const dependents = connection
      .prepare(
        `SELECT m."name" AS "table", f."from" AS "column" FROM sqlite_master m JOIN pragma_foreign_key_list(m."name") f
         WHERE m."type" = 'table' AND f."table" = 'Application' ORDER BY m."name"`,
      )
      .all() as { table: string; column: string }[];
    this.tables = ["Application", ...dependents.map((d) => d.table)];
    const columnsOf = connection.prepare(`SELECT "name", "type" FROM pragma_table_info(?) ORDER BY "cid"`);
    this.columns = new Map(this.tables.map((table) => [table, columnsOf.all(table) as Column[]]));
    const parts = [
      `'Application', json_object(${jsonPairs(this.columns.get("Application")!, "a")})`,
      ...dependents.map(
        ({ table, column }) =>
          `'${table}', json((SELECT json_group_array(json_object(${jsonPairs(this.columns.get(table)!, "d")}))
             FROM ${quote(table)} d WHERE d.${quote(column)} = a."id"))`,
      ),
    ];
    this.insertNew = connection.prepare(
      `INSERT INTO "BulkWriteJournal" ("sessionId", "applicationId", "previous") VALUES (?, ?, NULL)`,
    );
    this.insertReplaced = connection.prepare(
      `INSERT INTO "BulkWriteJournal" ("sessionId", "applicationId", "previous")
       SELECT ?, a."id", json_object(${parts.join(", ")}) FROM "Application" a WHERE a."id" = ?`,
    );
    this.snapshotKeys = connection.prepare(`SELECT "key" FROM json_each(?, ?)`).pluck();
    this.touchSession = connection.prepare(
      `UPDATE "BulkWriteSession" SET "days" = ?, "heartbeatAt" = ? WHERE "id" = ?`,
    );
    this.findCurrent = connection.prepare(`SELECT "id" FROM "Application" WHERE "id" = ?`);
    const subtract = lkpmPeriodDeltaSql(-1, `a."id" = ?`);
    this.subtractReports = connection.prepare(subtract.upsert);
    this.addReports = connection.prepare(lkpmPeriodDeltaSql(1, `a."id" = ?`).upsert);
    this.pruneReports = subtract.prune;
    this.deleteEvents = connection.prepare(`DELETE FROM "ApplicationEvent" WHERE "applicationId" = ?`);
    this.deleteApplication = connection.prepare(`DELETE FROM "Application" WHERE "id" = ?`);
  }

  /** Journals `applicationId` before a chunk writes it: its rows as they are, or nothing when it is new. */
  record(sessionId: string, applicationId: string, existed: boolean) {
    if (existed) this.insertReplaced.run(sessionId, applicationId);
    else this.insertNew.run(sessionId, applicationId);
  }

  /**
   * Inserts a table's rows back from the snapshot, with the columns the snapshot has (a column added by a migration
   * since then keeps its default).
   */
  private restore(table: string, previous: string) {
    const path = table === "Application" ? `$."Application"` : `$."${table}"[0]`;
    const present = new Set(this.snapshotKeys.all(previous, path) as string[]);
    if (present.size === 0) return;
    const columns = this.columns
      .get(table)!
      .map((column) => column.name)
      .filter((column) => present.has(column));
    const key = `${table}\u0000${columns.join("\u0000")}`;
    let insert = this.restores.get(key);
    if (!insert) {
      const values = columns.map((c) => `json_extract(j."value", '$."${c.replaceAll("'", "''")}"')`).join(", ");
      const source =
        table === "Application"
          ? `json_each(?, '$') j WHERE j."key" = 'Application'`
          : `json_each(?, '$."${table}"') j`;
      insert = this.connection.prepare(
        `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) SELECT ${values} FROM ${source}`,
      );
      this.restores.set(key, insert);
    }
    insert.run(previous);
  }

  /** Puts one application back as it was before the entry's chunk (inside a transaction). */
  undo(entry: { applicationId: string; previous: string | null }) {
    const id = entry.applicationId;
    if (this.findCurrent.get(id)) {
      this.subtractReports.run(id);
      this.deleteEvents.run(id);
      this.deleteApplication.run(id); // its other dependent rows go with it (cascade)
    }
    if (entry.previous === null) return;
    for (const table of this.tables) this.restore(table, entry.previous);
    this.addReports.run(id);
  }
}

/**
 * One bulk write's journal. `record` is called inside the chunk's transaction for every application the chunk is
 * about to write, BEFORE it deletes or replaces anything; `touch` at the end of the chunk's transaction.
 */
export class BulkWriteJournal {
  readonly id = randomUUID();
  private readonly statements: JournalStatements;
  private readonly days = new Set<string>();

  private constructor(private readonly connection: Database.Database) {
    this.statements = new JournalStatements(connection);
  }

  /** Opens a session (its own transaction) and registers it as live in this process. */
  static async open(connection: Database.Database): Promise<BulkWriteJournal> {
    const journal = new BulkWriteJournal(connection);
    const now = sqliteValue(new Date());
    await inWriteTransaction(connection, () =>
      connection
        .prepare(
          `INSERT INTO "BulkWriteSession" ("id", "pid", "host", "state", "days", "startedAt", "heartbeatAt")
           VALUES (?, ?, ?, 'writing', '[]', ?, ?)`,
        )
        .run(journal.id, process.pid, hostname(), now, now),
    );
    liveSessions().add(journal.id);
    return journal;
  }

  /** Records that `applicationId` is written by this chunk: `existed` says whether a row with that id is replaced. */
  record(applicationId: string, existed: boolean) {
    this.statements.record(this.id, applicationId, existed);
  }

  /** Adds a finishing day whose aggregates the session changes. */
  addDay(day: string | null | undefined) {
    if (day) this.days.add(day);
  }

  /** Saves the days and the heartbeat (inside the chunk's transaction). */
  touch() {
    this.statements.touchSession.run(JSON.stringify([...this.days].sort()), sqliteValue(new Date()), this.id);
  }

  /** The session's days, as saved. */
  touchedDays(): string[] {
    return [...this.days].sort();
  }

  /** After the last chunk: refreshes the aggregates (if asked), then forgets the journal. */
  async commit(options: { refreshStats: boolean }): Promise<void> {
    await finishAggregates(this.connection, this.statements, options.refreshStats ? this.touchedDays() : []);
    await inWriteTransaction(this.connection, () =>
      this.connection.prepare(`UPDATE "BulkWriteSession" SET "state" = 'committed' WHERE "id" = ?`).run(this.id),
    );
    liveSessions().delete(this.id);
    // The import is whole from here on: a failure to delete its journal must not undo it (the next start finishes the
    // clean-up of a committed session).
    await cleanUp(this.connection, this.id).catch((error: unknown) => {
      console.error("applications bulk writer: the journal of a committed import is left for the next start", error);
    });
  }

  /** After a failure: applies the journal backwards and refreshes the touched days. */
  async rollback(): Promise<void> {
    try {
      await undoSession(this.connection, this.statements, this.id, this.touchedDays());
    } finally {
      // Whatever happened, a session no longer running in this process is the recovery's to finish.
      liveSessions().delete(this.id);
    }
  }
}

async function finishAggregates(connection: Database.Database, statements: JournalStatements, days: string[]) {
  await inWriteTransaction(connection, () => connection.exec(statements.pruneReports));
  // One calendar month per transaction: its days recounted and its month roll-up adjusted once.
  for (const step of daysByMonth(days)) {
    await inWriteTransaction(connection, () => {
      for (const sql of processingStatsRefreshSql(step)) connection.exec(sql);
    });
    await yieldToOtherWriters();
  }
}

async function cleanUp(connection: Database.Database, sessionId: string) {
  const deleteSome = connection.prepare(
    `DELETE FROM "BulkWriteJournal" WHERE "id" IN
       (SELECT "id" FROM "BulkWriteJournal" WHERE "sessionId" = ? ORDER BY "id" LIMIT ${CLEAN_UP_ENTRIES_PER_TRANSACTION})`,
  );
  while ((await inWriteTransaction(connection, () => deleteSome.run(sessionId).changes)) > 0)
    await yieldToOtherWriters();
  await inWriteTransaction(connection, () =>
    connection.prepare(`DELETE FROM "BulkWriteSession" WHERE "id" = ?`).run(sessionId),
  );
}

async function undoSession(
  connection: Database.Database,
  statements: JournalStatements,
  sessionId: string,
  days: string[],
): Promise<void> {
  const latest = connection.prepare(
    `SELECT "id", "applicationId", "previous" FROM "BulkWriteJournal" WHERE "sessionId" = ?
     ORDER BY "id" DESC LIMIT ${UNDO_ENTRIES_PER_TRANSACTION}`,
  );
  const forget = connection.prepare(`DELETE FROM "BulkWriteJournal" WHERE "sessionId" = ? AND "id" >= ?`);
  for (;;) {
    const undone = await inWriteTransaction(connection, () => {
      const entries = latest.all(sessionId) as { id: number; applicationId: string; previous: string | null }[];
      for (const entry of entries) statements.undo(entry);
      if (entries.length > 0) forget.run(sessionId, entries.at(-1)!.id);
      return entries.length;
    });
    if (undone < UNDO_ENTRIES_PER_TRANSACTION) break;
    await yieldToOtherWriters();
  }
  await finishAggregates(connection, statements, days);
  await inWriteTransaction(connection, () =>
    connection.prepare(`DELETE FROM "BulkWriteSession" WHERE "id" = ?`).run(sessionId),
  );
}

type StoredSession = { id: string; pid: number; host: string; state: string; days: string; heartbeatAt: string };

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * A session is abandoned when it is not one of this process's running ones and its process is gone (same host), or
 * when its last chunk is long past (another host, or its pid reused after a reboot: a running import writes a chunk
 * every second or so).
 */
function isAbandoned(session: StoredSession, now: number): boolean {
  if (liveSessions().has(session.id)) return false;
  if (now - Date.parse(session.heartbeatAt) > ABANDONED_AFTER_MS) return true;
  return session.host === hostname() && (session.pid === process.pid || processIsGone(session.pid));
}

/**
 * Finishes the bulk writes on this SQLite file whose process is gone: a session still writing is undone (its
 * applications put back as they were, the touched days' aggregates refreshed), a committed one only loses its
 * journal. Returns what it did, for the start-up log. Safe to run from two processes at once.
 */
export async function recoverInterruptedBulkWrites(
  file: string,
): Promise<{ undone: number; applications: number; cleaned: number }> {
  const connection = new Database(file, { timeout: 0 });
  const outcome = { undone: 0, applications: 0, cleaned: 0 };
  try {
    connection.pragma("journal_mode = WAL");
    connection.pragma("foreign_keys = ON");
    const sessions = connection.prepare(`SELECT * FROM "BulkWriteSession"`).all() as StoredSession[];
    const now = Date.now();
    const abandoned = sessions.filter((session) => isAbandoned(session, now));
    if (abandoned.length === 0) return outcome;
    const statements = new JournalStatements(connection);
    const count = connection.prepare(`SELECT COUNT(*) AS "n" FROM "BulkWriteJournal" WHERE "sessionId" = ?`);
    for (const session of abandoned) {
      if (session.state === "committed") {
        await cleanUp(connection, session.id);
        outcome.cleaned += 1;
        continue;
      }
      outcome.applications += (count.get(session.id) as { n: number }).n;
      await undoSession(connection, statements, session.id, JSON.parse(session.days) as string[]);
      outcome.undone += 1;
    }
    return outcome;
  } finally {
    connection.close();
  }
}
