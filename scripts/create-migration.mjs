// `npm run db:migration:create -- <name>`: writes a new migration for BOTH engines from the change in
// prisma/sqlite/schema.prisma since the last migration. Each engine keeps a snapshot of the schema its
// migrations produce (migrations/schema.snapshot.prisma); the diff is computed between schema files.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration:create -- <name>");
  process.exit(1);
}
execFileSync("node", ["scripts/sync-pg-schema.mjs"], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const prisma = path.join("node_modules", ".bin", "prisma");
for (const engine of ["sqlite", "postgresql"]) {
  const dir = path.join("prisma", engine);
  const schema = path.join(dir, "schema.prisma");
  const snapshot = path.join(dir, "migrations", "schema.snapshot.prisma");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  // The PostgreSQL diff runs through a live server (any empty database will do): MIGRATION_PG_URL.
  const pgUrl = process.env.MIGRATION_PG_URL;
  if (engine === "postgresql" && !pgUrl) {
    console.error("Set MIGRATION_PG_URL=postgresql://... (a scratch database) to write the PostgreSQL migration.");
    process.exit(1);
  }
  const env = { ...process.env, DATABASE_URL: engine === "sqlite" ? "file:./data/diff.db" : pgUrl };
  const sql = execFileSync(
    prisma,
    ["migrate", "diff", "--config", `prisma.${engine}.config.ts`, ...from, "--to-schema-datamodel", schema, "--script"],
    { env, encoding: "utf8" },
  );
  if (!/CREATE|ALTER|DROP/i.test(sql)) {
    console.log(`${engine}: no schema change`);
    continue;
  }
  const out = path.join(dir, "migrations", `${stamp}_${name}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "migration.sql"), sql);
  copyFileSync(schema, snapshot);
  console.log(`${engine}: ${out}/migration.sql`);
}
