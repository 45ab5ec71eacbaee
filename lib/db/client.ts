import "server-only";
import { PrismaClient as SqliteClient, type Prisma as SqlitePrisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient, type Prisma as PostgresPrisma } from "./generated/postgresql/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseEngine, getEnv } from "../env";
import { SQLITE_BUSY_TIMEOUT_MS } from "./lifecycle";
import { closeWriterConnections } from "./writer-connection";

/**
 * The one Prisma client of the process, for the engine named by DATABASE_URL, typed by the SQLite client.
 * Both generated clients come from the same models (prisma/sqlite/schema.prisma is the source, the PostgreSQL schema
 * is derived from it). TypeScript cannot relate the two generated clients directly (their generic delegates use
 * deferred conditional types from two different namespaces), so `EnginesAgree` below proves what the code relies on:
 * the same models, the same scalar fields with the same types, and the same operations per model. If the
 * schemas drift apart, `npm run typecheck` fails here.
 */
export type Db = SqliteClient;

/** The client inside an interactive transaction. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SqliteModels = SqlitePrisma.TypeMap["model"];
type PostgresModels = PostgresPrisma.TypeMap["model"];
/** One result per model; `false extends` catches a single disagreeing model (the union would be `boolean`). */
type PerModel = {
  [M in SqlitePrisma.ModelName]: M extends PostgresPrisma.ModelName
    ? Same<SqliteModels[M]["payload"]["scalars"], PostgresModels[M]["payload"]["scalars"]> extends true
      ? Same<keyof SqliteModels[M]["operations"], keyof PostgresModels[M]["operations"]>
      : false
    : false;
}[SqlitePrisma.ModelName];
type EnginesAgree =
  Same<SqlitePrisma.ModelName, PostgresPrisma.ModelName> extends true ? (false extends PerModel ? false : true) : false;
const enginesAgree: EnginesAgree = true;

/** The PostgreSQL client seen through the shared type; sound because `EnginesAgree` holds (checked above). */
function postgresAsDb(client: PostgresClient, proof: true = enginesAgree): Db {
  void proof;
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { lenteraDb?: Db; lenteraDbUrl?: string };

export function createDbClient(url: string): Db {
  if (databaseEngine(url) === "sqlite") {
    // busy timeout: a write waits for another process's lock (the server, a CLI command) instead of failing at once.
    const adapter = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return postgresAsDb(new PostgresClient({ adapter }));
}

export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!globalForDb.lenteraDb || globalForDb.lenteraDbUrl !== url) {
    globalForDb.lenteraDb = createDbClient(url);
    globalForDb.lenteraDbUrl = url;
  }
  return globalForDb.lenteraDb;
}

/** Closes the shared client and the group-commit writer's connection (tests and scripts). */
export async function disconnectDb(): Promise<void> {
  await closeWriterConnections();
  if (globalForDb.lenteraDb) {
    await globalForDb.lenteraDb.$disconnect();
    globalForDb.lenteraDb = undefined;
    globalForDb.lenteraDbUrl = undefined;
  }
}
