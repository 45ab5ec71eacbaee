// Generates both Prisma clients (lib/db/generated/{sqlite,postgresql}) after deriving the PostgreSQL schema.
// DATABASE_URL must be set for the schema to parse (else the CLI tries to download a native engine).
import { execFileSync } from "node:child_process";
import path from "node:path";

execFileSync("node", ["scripts/sync-pg-schema.mjs"], { stdio: "inherit" });
const prisma = path.join("node_modules", ".bin", "prisma");
for (const [engine, url] of [
  ["sqlite", "file:./data/generate.db"],
  ["postgresql", "postgresql://localhost/generate"],
]) {
  execFileSync(prisma, ["generate", "--config", `prisma.${engine}.config.ts`], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
}
