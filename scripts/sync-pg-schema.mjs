// Derives prisma/postgresql/schema.prisma from prisma/sqlite/schema.prisma: the models are written once.
// Only the header (generator output and datasource provider) differs between the engines.
import { readFileSync, writeFileSync } from "node:fs";

export function toPostgresSchema(sqliteSchema) {
  return sqliteSchema
    .replace('// Lentera data model (SQLite).', '// Lentera data model (PostgreSQL). GENERATED from ../sqlite/schema.prisma by scripts/sync-pg-schema.mjs: do not edit.')
    .replace('output     = "../../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = readFileSync("prisma/sqlite/schema.prisma", "utf8");
  writeFileSync("prisma/postgresql/schema.prisma", toPostgresSchema(source));
  console.log("prisma/postgresql/schema.prisma written");
}
