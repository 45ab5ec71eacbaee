import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
// @ts-expect-error plain .mjs helper without types
import { toPostgresSchema } from "../../scripts/sync-pg-schema.mjs";

const models = (schema: string) => schema.slice(schema.search(/^model /m));

describe("two engines, one model", () => {
  it("the PostgreSQL schema is exactly the SQLite schema's models (run `npm run db:generate` after editing)", () => {
    const sqlite = readFileSync("prisma/sqlite/schema.prisma", "utf8");
    const pg = readFileSync("prisma/postgresql/schema.prisma", "utf8");
    expect(pg).toBe(toPostgresSchema(sqlite));
    expect(models(pg)).toBe(models(sqlite));
    expect(pg).toContain('provider = "postgresql"');
  });

  it("both engines' migrations end at the current schema", () => {
    for (const engine of ["sqlite", "postgresql"]) {
      const snapshot = readFileSync(`prisma/${engine}/migrations/schema.snapshot.prisma`, "utf8");
      const schema = readFileSync(`prisma/${engine}/schema.prisma`, "utf8");
      expect(models(snapshot), `${engine}: run npm run db:migration:create -- <name>`).toBe(models(schema));
    }
  });
});
