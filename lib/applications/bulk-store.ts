import "server-only";
import Database from "better-sqlite3";
import { getDb, type Db } from "../db/client";
import { databaseEngine, getEnv } from "../env";
import type { applicationRowData, eventRowsData } from "./row-data";
import { processingStatsRefreshSql, refreshProcessingStats } from "./processing-day-stats";

export type ApplicationRow = ReturnType<typeof applicationRowData>;
export type EventRow = ReturnType<typeof eventRowsData>[number];
export type ApplicationWithEvents = { application: ApplicationRow; events: EventRow[] };

/**
 * Writes many applications with their timelines in ONE transaction, replacing any application with the same
 * registration number (it keeps its id; its events are replaced), so a re-import changes nothing.
 *
 * Two dialects side by side, because Prisma's createMany through the driver adapters writes only a few thousand
 * rows per second:
 * - SQLite: better-sqlite3 prepared statements on the same database file (hundreds of thousands of rows/s), values
 *   serialised exactly as Prisma's SQLite adapter does (DateTime "…T…+00:00" text, booleans 0/1, BigInt integers);
 * - PostgreSQL: Prisma createMany in chunks inside an interactive transaction.
 * Both are exercised by tests/integration/applications.int.test.ts on each engine.
 */
export async function replaceApplicationsBulk(
  items: readonly ApplicationWithEvents[],
  db: Db = getDb(),
  options: { refreshStats?: boolean } = {},
): Promise<{ updated: number }> {
  if (items.length === 0) return { updated: 0 };
  const url = getEnv().DATABASE_URL;
  const refreshStats = options.refreshStats ?? true;
  return databaseEngine(url) === "sqlite" ? replaceOnSqlite(sqlitePath(url), items, refreshStats) : replaceWithPrisma(db, items, refreshStats);
}

/** The finishing days whose aggregates a write changes: the old rows' and the new rows'. */
function touchedDays(items: readonly ApplicationWithEvents[], oldDays: Iterable<string | null>): string[] {
  const days = new Set<string>();
  for (const day of oldDays) if (day) days.add(day);
  for (const item of items) if (item.application.finishedDay) days.add(item.application.finishedDay);
  return [...days];
}

function sqlitePath(url: string): string {
  return url.slice("file:".length).split("?")[0];
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

function replaceOnSqlite(file: string, items: readonly ApplicationWithEvents[], refreshStats: boolean): { updated: number } {
  const connection = new Database(file, { timeout: 30_000 });
  try {
    connection.pragma("journal_mode = WAL");
    connection.pragma("foreign_keys = ON");
    const now = new Date();
    const appColumns = [...Object.keys(items[0].application), "createdAt", "updatedAt"];
    const eventColumns = Object.keys(items.find((item) => item.events.length > 0)?.events[0] ?? { applicationId: "", kind: "", stage: "", at: now, note: null, actorId: null, durationDays: null, finishedDay: null, licenseTypeId: null });
    const quote = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");
    const findExisting = connection.prepare(`SELECT "id", "finishedDay" FROM "Application" WHERE "registrationNo" = ?`);
    const deleteEvents = connection.prepare(`DELETE FROM "ApplicationEvent" WHERE "applicationId" = ?`);
    const deleteApplication = connection.prepare(`DELETE FROM "Application" WHERE "id" = ?`);
    const insertApplication = connection.prepare(`INSERT INTO "Application" (${quote(appColumns)}) VALUES (${appColumns.map(() => "?").join(", ")})`);
    const insertEvent = connection.prepare(`INSERT INTO "ApplicationEvent" (${quote(eventColumns)}) VALUES (${eventColumns.map(() => "?").join(", ")})`);
    const stamp = sqliteValue(now);
    const run = connection.transaction(() => {
      let updated = 0;
      const oldDays: (string | null)[] = [];
      for (const { application, events } of items) {
        const existing = findExisting.get(application.registrationNo) as { id: string; finishedDay: string | null } | undefined;
        const existingId = existing?.id;
        if (existing) oldDays.push(existing.finishedDay);
        const id = existingId ?? application.id;
        if (existingId) {
          updated += 1;
          deleteEvents.run(existingId);
          deleteApplication.run(existingId);
        }
        const row = application as unknown as Record<string, unknown>;
        insertApplication.run(appColumns.map((column) => (column === "id" ? id : column === "createdAt" || column === "updatedAt" ? stamp : sqliteValue(row[column]))));
        for (const event of events) {
          const eventRow = event as unknown as Record<string, unknown>;
          insertEvent.run(eventColumns.map((column) => (column === "applicationId" ? id : sqliteValue(eventRow[column]))));
        }
      }
      if (refreshStats) for (const sql of processingStatsRefreshSql(touchedDays(items, oldDays))) connection.exec(sql);
      return updated;
    });
    return { updated: run.immediate() };
  } finally {
    connection.close();
  }
}

async function replaceWithPrisma(db: Db, items: readonly ApplicationWithEvents[], refreshStats: boolean): Promise<{ updated: number }> {
  return db.$transaction(
    async (tx) => {
      const existing = new Map<string, string>();
      const oldDays: (string | null)[] = [];
      for (let index = 0; index < items.length; index += 1_000) {
        const part = items.slice(index, index + 1_000).map((item) => item.application.registrationNo);
        for (const row of await tx.application.findMany({ where: { registrationNo: { in: part } }, select: { id: true, registrationNo: true, finishedDay: true } })) {
          existing.set(row.registrationNo, row.id);
          oldDays.push(row.finishedDay);
        }
      }
      const existingIds = [...existing.values()];
      for (let index = 0; index < existingIds.length; index += 1_000) {
        const part = existingIds.slice(index, index + 1_000);
        await tx.applicationEvent.deleteMany({ where: { applicationId: { in: part } } });
        await tx.application.deleteMany({ where: { id: { in: part } } });
      }
      const applications: ApplicationRow[] = [];
      const events: EventRow[] = [];
      for (const item of items) {
        const id = existing.get(item.application.registrationNo) ?? item.application.id;
        applications.push({ ...item.application, id });
        for (const event of item.events) events.push({ ...event, applicationId: id });
      }
      for (let index = 0; index < applications.length; index += 1_000) await tx.application.createMany({ data: applications.slice(index, index + 1_000) });
      for (let index = 0; index < events.length; index += 5_000) await tx.applicationEvent.createMany({ data: events.slice(index, index + 5_000) });
      if (refreshStats) await refreshProcessingStats(tx, touchedDays(items, oldDays));
      return { updated: existing.size };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
