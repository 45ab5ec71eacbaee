import "server-only";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseEngine, getEnv } from "../env";
import { SQLITE_BUSY_TIMEOUT_MS } from "./lifecycle";

/**
 * The one Prisma client of the process, for the engine named by DATABASE_URL.
 * Both generated clients come from the same models (prisma/sqlite/schema.prisma is the source,
 * the PostgreSQL schema is derived from it), so the SQLite client's type describes both.
 */
export type Db = SqliteClient;

const globalForDb = globalThis as unknown as { lenteraDb?: Db; lenteraDbUrl?: string };

export function createDbClient(url: string): Db {
  if (databaseEngine(url) === "sqlite") {
    // busy timeout: a write waits for another process's lock (the server, a CLI command) instead of failing at once.
    const adapter = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PostgresClient({ adapter }) as unknown as Db;
}

export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!globalForDb.lenteraDb || globalForDb.lenteraDbUrl !== url) {
    globalForDb.lenteraDb = createDbClient(url);
    globalForDb.lenteraDbUrl = url;
  }
  return globalForDb.lenteraDb;
}

/** Closes the shared client (tests and scripts). */
export async function disconnectDb(): Promise<void> {
  if (globalForDb.lenteraDb) {
    await globalForDb.lenteraDb.$disconnect();
    globalForDb.lenteraDb = undefined;
    globalForDb.lenteraDbUrl = undefined;
  }
}
