import "server-only";
import type { PrismaPromise } from "@prisma/client/runtime/client";
import { PrismaClient as SqliteClient, type Prisma as SqlitePrisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient, type Prisma as PostgresPrisma } from "./generated/postgresql/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseEngine, getEnv } from "../env";
import { SQLITE_BUSY_TIMEOUT_MS } from "./lifecycle";

/** Model names as client members ("application", "surveyResponse", …). */
type ModelKey = {
  [K in keyof SqliteClient]: K extends `$${string}` ? never : K extends string ? K : never;
}[keyof SqliteClient];

/**
 * A model's operations as both engines type them alike. `groupBy` and `aggregate` are left out: each generated
 * client types their results with conditional types of its own namespace, which TypeScript cannot relate across the
 * two clients; reach them through `perEngine` (below). The extension metadata (symbol keys) is not used.
 */
type SharedOperations<Delegate> = {
  [K in keyof Delegate as K extends "groupBy" | "aggregate" ? never : K extends string ? K : never]: Delegate[K];
};

type TransactionOptions = { maxWait?: number; timeout?: number; isolationLevel?: "Serializable" };

/** The client inside an interactive transaction: the models and raw SQL. */
export type DbTransaction = { [M in ModelKey]: SharedOperations<SqliteClient[M]> } & Pick<
  SqliteClient,
  "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe"
>;

/**
 * The database as the code sees it, whichever engine DATABASE_URL names: one interface both generated clients
 * implement structurally (prisma/sqlite/schema.prisma is the source, the PostgreSQL schema is derived from it).
 * `createDbClient` returns either client as a Db without a cast, so `npm run typecheck` proves both satisfy it
 * (a schema drift between the engines fails there). Model operations are typed by the SQLite client's types; the
 * PostgreSQL client accepts the same arguments and returns the same rows.
 */
export type Db = DbTransaction & {
  $transaction(batch: PrismaPromise<unknown>[], options?: TransactionOptions): Promise<unknown[]>;
  $transaction<R>(fn: (tx: DbTransaction) => Promise<R>, options?: TransactionOptions): Promise<R>;
  $disconnect(): Promise<void>;
};

/** A client of one engine, or its interactive transaction, typed by that engine's generated types. */
type SqliteTransactionClient = SqlitePrisma.TransactionClient;
type PostgresTransactionClient = PostgresPrisma.TransactionClient;

/**
 * Whether a client (or a transaction of it) is of `engine`, by the provider the client itself reports (Prisma's
 * `_activeProvider`, present on the client and on its transactions), not by DATABASE_URL.
 */
function isSqlite(db: Db | DbTransaction): db is SqliteTransactionClient {
  return Reflect.get(db, "_activeProvider") === "sqlite";
}
function isPostgres(db: Db | DbTransaction): db is PostgresTransactionClient {
  return Reflect.get(db, "_activeProvider") === "postgresql";
}

/**
 * The same client typed by its own engine, for `groupBy` and `aggregate`: the call is written once per engine, each
 * fully typed, and the two results have the same shape:
 *   const rows = await perEngine(db, { sqlite: (c) => c.x.groupBy(args), postgresql: (c) => c.x.groupBy(args) });
 * `args` declared once with `satisfies DbArgs.XGroupByArgs`. Works inside a transaction too.
 */
export function perEngine<S, P>(
  db: Db | DbTransaction,
  run: { sqlite: (client: SqliteTransactionClient) => S; postgresql: (client: PostgresTransactionClient) => P },
): S | P {
  if (isSqlite(db)) return run.sqlite(db);
  if (isPostgres(db)) return run.postgresql(db);
  throw new Error("perEngine: not a client made by createDbClient");
}

/** Argument types of the model operations (e.g. `DbArgs.ApplicationGroupByArgs`), for `satisfies`. */
export type { SqlitePrisma as DbArgs };

const globalForDb = globalThis as unknown as { lenteraDb?: Db; lenteraDbUrl?: string };

export function createDbClient(url: string): Db {
  if (databaseEngine(url) === "sqlite") {
    // busy timeout: a write waits for another process's lock (the server, a CLI command) instead of failing at once.
    const adapter = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PostgresClient({ adapter });
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
