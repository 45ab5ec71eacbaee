// Prisma CLI configuration for the embedded SQLite engine (the default).
// Runs migrate/diff through Prisma's bundled WASM schema engine, so no native engine is downloaded.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const url = process.env.DATABASE_URL ?? "file:./data/lentera.db";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/sqlite/schema.prisma",
  migrations: { path: "prisma/sqlite/migrations" },
  async adapter() {
    // Wait for a lock held by the running server instead of failing with SQLITE_BUSY (busy timeout, ms).
    return new PrismaBetterSQLite3({ url, timeout: 15_000 });
  },
});
