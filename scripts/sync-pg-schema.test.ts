import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
// @ts-expect-error plain .mjs script without types
import { toPostgresSchema } from "./sync-pg-schema.mjs";

const sqlite = readFileSync("prisma/sqlite/schema.prisma", "utf8");

/** The derivation as it was before the parser (three String.replace calls), kept as the reference output. */
function previousDerivation(schema: string): string {
  return schema
    .replace(
      "// Lentera data model (SQLite).",
      "// Lentera data model (PostgreSQL). GENERATED from ../sqlite/schema.prisma by scripts/sync-pg-schema.mjs: do not edit.",
    )
    .replace('output     = "../../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"');
}

const derive = (schema: string): string => toPostgresSchema(schema);
const withModel = (model: string) => `${sqlite}\n${model}\n`;

describe("PostgreSQL schema derivation", () => {
  it("gives byte for byte the output of the previous derivation and the checked-in file", () => {
    expect(derive(sqlite)).toBe(previousDerivation(sqlite));
    expect(derive(sqlite)).toBe(readFileSync("prisma/postgresql/schema.prisma", "utf8"));
  });

  it("rewrites exactly three lines: header, generator output, datasource provider", () => {
    const a = sqlite.split("\n");
    const b = derive(sqlite).split("\n");
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [b[i].trim()]));
    expect(changed).toHaveLength(3);
    expect(changed[0]).toMatch(/^\/\/ Lentera data model \(PostgreSQL\)\. GENERATED/);
    expect(changed[1]).toBe('output     = "../../lib/db/generated/postgresql"');
    expect(changed[2]).toBe('provider = "postgresql"');
  });

  it("no longer depends on alignment: a differently spaced header derives the same way", () => {
    const respaced = sqlite.replace(
      'output     = "../../lib/db/generated/sqlite"',
      'output = "../../lib/db/generated/sqlite"',
    );
    expect(derive(respaced)).toContain('output = "../../lib/db/generated/postgresql"');
    expect(derive(respaced)).not.toContain("generated/sqlite");
  });

  it.each([
    ["an enum block", withModel("enum Role {\n  ADMIN\n}"), /line \d+: a top-level "enum" block is not derived/],
    [
      "a native type",
      withModel("model Note {\n  id   Int    @id\n  body String @db.Text\n}"),
      /the native type @db\.Text is engine-specific/,
    ],
    [
      "an unknown type",
      withModel("model Note {\n  id Int @id\n  at Timestamp\n}"),
      /the type "Timestamp" is neither a portable scalar nor a model/,
    ],
    [
      "an unknown field attribute",
      withModel("model Note {\n  id Int @id @shardKey\n}"),
      /the field attribute @shardKey is not understood/,
    ],
    [
      "an unknown block attribute",
      withModel("model Note {\n  id Int @id\n  @@fulltext([id])\n}"),
      /the block attribute @@fulltext is not understood/,
    ],
    ["a line that is not a field", withModel("model Note {\n  id Int @id\n  = oops\n}"), /not a field of model Note/],
    ["an unclosed block", withModel("model Note {\n  id Int @id"), /this block is never closed/],
    [
      "Unsupported(...)",
      withModel('model Note {\n  id Int @id\n  v Unsupported("tsvector")\n}'),
      /not a field of model Note/,
    ],
    ["a duplicated field", withModel("model Note {\n  id Int @id\n  id Int\n}"), /Note\.id is declared twice/],
    [
      "unbalanced attribute parentheses",
      withModel('model Note {\n  id Int @id @default(("x")\n}'),
      /unbalanced parentheses/,
    ],
    [
      "an unknown datasource key",
      sqlite.replace('provider = "sqlite"', 'provider = "sqlite"\n  relationMode = "prisma"'),
      /the datasource key "relationMode" is not understood/,
    ],
    [
      "previewFeatures",
      sqlite.replace('runtime    = "nodejs"', 'runtime    = "nodejs"\n  previewFeatures = ["views"]'),
      /not a `key = "value"` line of the generator/,
    ],
    [
      "a source that is not SQLite",
      sqlite.replace('provider = "sqlite"', 'provider = "mysql"'),
      /the source datasource provider must be "sqlite"/,
    ],
    [
      "another output directory",
      sqlite.replace("generated/sqlite", "generated/other"),
      /output must end in "\/generated\/sqlite"/,
    ],
    ["a changed header", sqlite.replace("(SQLite)", "(sqlite)"), /line 1: the first line must start with/],
    [
      "stray text at top level",
      sqlite.replace("// ---------------------------------------------------------------- accounts", "-- accounts"),
      /not a comment and not the start of a block/,
    ],
  ])("fails loudly, with the line, on %s", (_what, schema, message) => {
    expect(() => derive(schema)).toThrow(message);
  });
});
