import "server-only";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseEngine } from "../env";

/** Path of the SQLite file named by a file: URL (relative paths are relative to the project root). */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/, "");
  // A runtime path from DATABASE_URL: not a file the build should trace.
  return path.isAbsolute(raw) ? raw : path.join(/*turbopackIgnore: true*/ process.cwd(), raw);
}

/** Fails fast, in plain words, when PostgreSQL cannot be reached. */
export async function checkDatabaseReachable(url: string): Promise<void> {
  if (databaseEngine(url) === "sqlite") {
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    return;
  }
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
    throw new Error(`PostgreSQL tidak dapat dihubungi / cannot be reached at ${safeUrl}: ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Applies the checked-in migrations of the engine named by the URL (prisma migrate deploy through
 * Prisma's WASM schema engine). Pending migrations are applied; applied ones are skipped.
 */
export function applyMigrations(url: string, options: { quiet?: boolean } = {}): void {
  const engine = databaseEngine(url);
  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prismaBin, ["migrate", "deploy", "--config", `prisma.${engine}.config.ts`], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Migrasi basis data gagal / migration failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (!options.quiet) {
    const applied = result.stdout.match(/The following migration\(s\) have been applied:[\s\S]*/);
    console.log(applied ? applied[0].trim() : "  database schema up to date");
  }
}

/** How long a CLI write or migration waits for the server's lock on the SQLite file before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/** WAL lets the dashboard read while submissions write (SQLite only; the setting persists in the file). */
export async function tuneSqlite(url: string): Promise<void> {
  if (databaseEngine(url) !== "sqlite") return;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(sqliteFilePath(url), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.close();
}
