import type { TestProject } from "vitest/node";
import { rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { applyMigrations } from "../../lib/db/lifecycle";

/**
 * Creates a fresh, migrated database for one integration run: a new SQLite file (TEST_DB=sqlite)
 * or a new database on the PostgreSQL server named by TEST_POSTGRES_URL (TEST_DB=postgresql).
 * The URL reaches the test files through `inject("databaseUrl")` (see integration-setup.ts).
 */
export default async function setup(project: TestProject) {
  const engine = process.env.TEST_DB ?? "sqlite";
  let url: string;
  let teardown: () => Promise<void>;
  if (engine === "postgresql") {
    const serverUrl = process.env.TEST_POSTGRES_URL;
    if (!serverUrl) throw new Error("TEST_DB=postgresql needs TEST_POSTGRES_URL");
    const name = `lentera_test_${Date.now()}_${process.pid}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    teardown = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = path.join(process.cwd(), "data", "test");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `integration-${process.pid}.db`);
    rmSync(file, { force: true });
    url = `file:${file}`;
    teardown = async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    };
  }
  applyMigrations(url, { quiet: true });
  project.provide("databaseUrl", url);
  project.provide("databaseEngine", engine);
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseEngine: string;
  }
}
