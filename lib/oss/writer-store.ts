import "server-only";
/**
 * The write session of an OSS import or undo: everything it writes commits together or not at all. Two dialects side
 * by side, as in lib/applications/bulk-store.ts, because Prisma's createMany through the SQLite driver adapter
 * writes a few hundred of these wide rows per second (measured: 500 projects ≈ 1.7 s):
 * - SQLite: a dedicated better-sqlite3 connection on the same file, BEGIN IMMEDIATE … COMMIT/ROLLBACK, prepared
 *   statements, values stored as Prisma stores them (DateTime "…T…+00:00" text, BigInt integers); reads go through
 *   Prisma and see the committed state (WAL), which is all an import needs: it never reads a row it wrote;
 * - PostgreSQL: one Prisma interactive transaction; reads go through it.
 * Either way the session runs in the process's SQLite write turn (withApplicationsWriteTurn), so an applications
 * bulk import and an OSS import never wait on each other's lock inside SQLite's synchronous busy handler.
 */
import Database from "better-sqlite3";
import { getDb, type Db, type DbTransaction } from "../db/client";
import { databaseEngine, getEnv } from "../env";
import { withApplicationsWriteTurn } from "../applications/bulk-store";
import { investmentStatsRefreshSql } from "../investment/day-stat-sql";
import { refreshTouchedDays, projectToJson, type OssImportRecord, type StoredProject } from "./store";

export type OssWriter = {
  /** Reads during the session (see the module comment). */
  reader: Db | DbTransaction;
  createImport(record: OssImportRecord): Promise<void>;
  updateImport(
    id: string,
    data: Partial<{ rowCount: number; created: number; updated: number; unchanged: number; linked: number }> &
      Partial<{ undoneAt: Date; undoneById: string | null; undoneBy: string }>,
  ): Promise<void>;
  /** Removes the given projects, then stores `rows` (the new state of projects, created or replaced). */
  replaceProjects(removeIds: readonly string[], rows: readonly StoredProject[]): Promise<void>;
  addRevisions(importId: string, items: readonly { idProyek: string; previous: StoredProject | null }[]): Promise<void>;
  /** Recomputes InvestmentDayStat for the days touched. */
  refreshDays(days: Iterable<string>): Promise<void>;
};

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function withOssWriter<T>(session: (writer: OssWriter) => Promise<T>, db: Db = getDb()): Promise<T> {
  const url = getEnv().DATABASE_URL;
  return withApplicationsWriteTurn(() =>
    databaseEngine(url) === "sqlite"
      ? writeOnSqlite(url.slice("file:".length).split("?")[0]!, db, session)
      : writeWithPrisma(db, session),
  );
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}

async function writeOnSqlite<T>(file: string, db: Db, session: (writer: OssWriter) => Promise<T>): Promise<T> {
  const connection = new Database(file, { timeout: 30_000 });
  const statements = new Map<string, Database.Statement>();
  const insert = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(",")}`;
    let statement = statements.get(key);
    if (!statement) {
      const quoted = columns.map((column) => `"${column}"`).join(", ");
      statement = connection.prepare(
        `INSERT INTO "${table}" (${quoted}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      statements.set(key, statement);
    }
    statement.run(columns.map((column) => sqliteValue(row[column])));
  };
  const removeProject = connection.prepare(`DELETE FROM "OssProject" WHERE "idProyek" = ?`);
  const writer: OssWriter = {
    reader: db,
    async createImport(record) {
      insert("OssImport", { ...record, missingHeaders: JSON.stringify(record.missingHeaders) });
    },
    async updateImport(id, data) {
      const columns = Object.keys(data);
      const sets = columns.map((column) => `"${column}" = ?`).join(", ");
      const values = columns.map((column) => sqliteValue((data as Record<string, unknown>)[column]));
      connection.prepare(`UPDATE "OssImport" SET ${sets} WHERE "id" = ?`).run(...values, id);
    },
    async replaceProjects(removeIds, rows) {
      for (const id of removeIds) removeProject.run(id);
      const stamp = new Date();
      for (const row of rows) insert("OssProject", { ...row, createdAt: stamp, updatedAt: stamp });
      await nextTurn();
    },
    async addRevisions(importId, items) {
      for (const item of items)
        insert("OssProjectRevision", {
          importId,
          idProyek: item.idProyek,
          previous: item.previous ? projectToJson(item.previous) : null,
        });
    },
    async refreshDays(days) {
      const sorted = [...new Set(days)].sort();
      for (let index = 0; index < sorted.length; index += 31) {
        for (const sql of investmentStatsRefreshSql(sorted.slice(index, index + 31))) connection.exec(sql);
        await nextTurn();
      }
    },
  };
  try {
    connection.pragma("journal_mode = WAL");
    connection.exec("BEGIN IMMEDIATE");
    const result = await session(writer);
    connection.exec("COMMIT");
    return result;
  } catch (error) {
    if (connection.inTransaction) connection.exec("ROLLBACK");
    throw error;
  } finally {
    connection.close();
  }
}

async function writeWithPrisma<T>(db: Db, session: (writer: OssWriter) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) =>
      session({
        reader: tx,
        async createImport(record) {
          await tx.ossImport.create({ data: { ...record, missingHeaders: JSON.stringify(record.missingHeaders) } });
        },
        async updateImport(id, data) {
          await tx.ossImport.update({ where: { id }, data });
        },
        async replaceProjects(removeIds, rows) {
          for (let index = 0; index < removeIds.length; index += 1_000)
            await tx.ossProject.deleteMany({ where: { idProyek: { in: removeIds.slice(index, index + 1_000) } } });
          for (let index = 0; index < rows.length; index += 1_000)
            await tx.ossProject.createMany({ data: rows.slice(index, index + 1_000) });
        },
        async addRevisions(importId, items) {
          await tx.ossProjectRevision.createMany({
            data: items.map((item) => ({
              importId,
              idProyek: item.idProyek,
              previous: item.previous ? projectToJson(item.previous) : null,
            })),
          });
        },
        async refreshDays(days) {
          await refreshTouchedDays(tx, days);
        },
      }),
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}
