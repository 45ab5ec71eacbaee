import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseEngine, getEnv } from "../env";
import { sqliteFilePath } from "./lifecycle";

/**
 * The connection of the process's group-commit writer (lib/skm/response-writer-store.ts), beside Prisma's: raw prepared
 * statements, one transaction per batch.
 * - SQLite: a better-sqlite3 connection whose busy timeout is 0. A batch runs synchronously from BEGIN IMMEDIATE to
 *   COMMIT, so nothing else in the process interleaves; when another connection holds the write lock (an import's
 *   transaction, a Prisma interactive transaction between its awaits, another process), BEGIN fails at once with
 *   SQLITE_BUSY and the writer tries again a few milliseconds later, instead of blocking the event loop in SQLite's
 *   synchronous busy handler while the lock holder waits for that very event loop.
 * - PostgreSQL: one pg client (a batch at a time needs one connection), reconnected after an error.
 */
type Connections = {
  url?: string;
  sqlite?: Database.Database;
  postgres?: Promise<pg.Client>;
};

function shared(): Connections {
  const g = globalThis as unknown as { lenteraWriterConnections?: Connections };
  g.lenteraWriterConnections ??= {};
  return g.lenteraWriterConnections;
}

function forCurrentUrl(): Connections {
  const connections = shared();
  const url = getEnv().DATABASE_URL;
  if (connections.url !== url) {
    void closeWriterConnections();
    connections.url = url;
  }
  return connections;
}

export function sqliteWriterConnection(): Database.Database {
  const connections = forCurrentUrl();
  if (!connections.sqlite || !connections.sqlite.open) {
    const connection = new Database(sqliteFilePath(getEnv().DATABASE_URL), { timeout: 0 });
    connection.pragma("journal_mode = WAL");
    connection.pragma("foreign_keys = ON");
    connections.sqlite = connection;
  }
  return connections.sqlite;
}

export function postgresWriterClient(): Promise<pg.Client> {
  const connections = forCurrentUrl();
  if (!connections.postgres) {
    const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
    const connecting = client.connect().then(() => client);
    connections.postgres = connecting;
    const forget = () => {
      if (connections.postgres === connecting) connections.postgres = undefined;
    };
    client.on("error", forget);
    client.on("end", forget);
    connecting.catch(forget);
  }
  return connections.postgres;
}

/** After a failed batch on PostgreSQL: the next batch opens a fresh connection (the old one may be broken). */
export function dropPostgresWriterClient(client: pg.Client): void {
  const connections = shared();
  void connections.postgres?.then((current) => {
    if (current === client) connections.postgres = undefined;
  });
  client.end().catch(() => undefined);
}

export async function closeWriterConnections(): Promise<void> {
  const connections = shared();
  const { sqlite, postgres } = connections;
  connections.sqlite = undefined;
  connections.postgres = undefined;
  connections.url = undefined;
  if (sqlite?.open) sqlite.close();
  if (postgres) await postgres.then((client) => client.end()).catch(() => undefined);
}

export function isSqliteEngine(): boolean {
  return databaseEngine(getEnv().DATABASE_URL) === "sqlite";
}
