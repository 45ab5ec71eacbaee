// Derives prisma/postgresql/schema.prisma from prisma/sqlite/schema.prisma: the models are written once.
//
// The source is parsed line by line into top-level blocks (generator, datasource, model) and every line of every block
// is checked against what this derivation understands; anything else (an enum, a view, a native type such as
// @db.Text, an unknown generator or datasource key, a line that is not a field) stops it with the line number,
// because a construct it does not understand may not mean the same on PostgreSQL. Three things are rewritten: the
// engine named in the header comment, the generator's output directory, and the datasource provider. Every other
// byte is copied, so the two files describe the same models.
import { readFileSync, writeFileSync } from "node:fs";

const HEADER_SQLITE = "// Lentera data model (SQLite).";
const HEADER_POSTGRES =
  "// Lentera data model (PostgreSQL). GENERATED from ../sqlite/schema.prisma by scripts/sync-pg-schema.mjs: do not edit.";

const GENERATOR_KEYS = new Set([
  "provider",
  "output",
  "engineType",
  "runtime",
  "moduleFormat",
  "generatedFileExtension",
  "importFileExtension",
]);
const DATASOURCE_KEYS = new Set(["provider", "url"]);
/** Scalar types that mean the same on both engines (Prisma maps each to a native type per engine). */
const SCALAR_TYPES = new Set(["String", "Int", "BigInt", "Float", "Boolean", "DateTime", "Decimal", "Json", "Bytes"]);
const FIELD_ATTRIBUTES = new Set(["id", "default", "unique", "relation", "updatedAt", "map", "ignore"]);
const BLOCK_ATTRIBUTES = new Set(["id", "index", "unique", "map", "ignore"]);

export class SchemaSyncError extends Error {
  constructor(lineNo, line, why) {
    super(`prisma/sqlite/schema.prisma line ${lineNo}: ${why}\n  ${line.trim()}`);
    this.name = "SchemaSyncError";
    this.lineNo = lineNo;
  }
}

/** Splits `rest` (after a field's type) into attributes `@name(...)` and an optional trailing `// comment`. */
function scanAttributes(rest, fail) {
  const attributes = [];
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i];
    if (ch === " " || ch === "\t") {
      i++;
    } else if (rest.startsWith("//", i)) {
      break;
    } else if (ch === "@") {
      const name = /^@@?([A-Za-z][\w.]*)/.exec(rest.slice(i));
      if (!name) fail("an attribute without a name");
      i += name[0].length;
      if (rest[i] === "(") {
        let depth = 0;
        let quoted = false;
        for (; i < rest.length; i++) {
          const c = rest[i];
          if (quoted) {
            if (c === "\\") i++;
            else if (c === '"') quoted = false;
          } else if (c === '"') quoted = true;
          else if (c === "(") depth++;
          else if (c === ")" && --depth === 0) break;
        }
        if (depth !== 0) fail("unbalanced parentheses or an unterminated string");
        i++;
      }
      attributes.push(name[1]);
    } else {
      fail(`unexpected text "${rest.slice(i)}"`);
    }
  }
  return attributes;
}

/**
 * Parses the SQLite schema; returns its lines, the declared model names and where the rewritable tokens are.
 * Throws SchemaSyncError on anything not understood.
 */
export function parseSqliteSchema(source) {
  const lines = source.split("\n");
  const models = new Set();
  for (const line of lines) {
    const m = /^model\s+(\w+)\s*\{\s*$/.exec(line);
    if (m) models.add(m[1]);
  }
  const edits = new Map(); // line index → replacement line
  let block = null; // { kind, name, startLine, keys: Set }
  let hasGenerator = false;
  let hasDatasource = false;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const fail = (why) => {
      throw new SchemaSyncError(lineNo, line, why);
    };
    const trimmed = line.trim();
    if (!block) {
      if (trimmed === "" || trimmed.startsWith("//")) return;
      const open = /^(\w+)\s+(\w+)\s*\{\s*$/.exec(line);
      if (!open) fail("not a comment and not the start of a block");
      const [, kind, name] = open;
      if (!["generator", "datasource", "model"].includes(kind)) {
        fail(
          `a top-level "${kind}" block is not derived (enumerations are strings validated by zod, see the schema header; views and composite types are not supported)`,
        );
      }
      if (kind === "generator") {
        if (hasGenerator) fail("a second generator block");
        hasGenerator = true;
      }
      if (kind === "datasource") {
        if (hasDatasource) fail("a second datasource block");
        hasDatasource = true;
      }
      block = { kind, name, startLine: lineNo, keys: new Set(), fields: new Set() };
      return;
    }
    if (trimmed === "}") {
      if (block.kind === "generator" && !block.keys.has("output")) fail("the generator has no output");
      if (block.kind === "datasource" && !block.keys.has("provider")) fail("the datasource has no provider");
      block = null;
      return;
    }
    if (trimmed === "" || trimmed.startsWith("//")) return;

    if (block.kind === "generator" || block.kind === "datasource") {
      const kv = /^(\s*)(\w+)(\s*=\s*)("[^"\\]*"|env\("[A-Z_][A-Z0-9_]*"\))\s*$/.exec(line);
      if (!kv) fail(`not a \`key = "value"\` line of the ${block.kind}`);
      const [, indent, key, equals, value] = kv;
      const allowed = block.kind === "generator" ? GENERATOR_KEYS : DATASOURCE_KEYS;
      if (!allowed.has(key)) fail(`the ${block.kind} key "${key}" is not understood`);
      if (block.keys.has(key)) fail(`the ${block.kind} key "${key}" appears twice`);
      block.keys.add(key);
      if (block.kind === "generator" && key === "output") {
        const out = /^"(.*)\/generated\/sqlite"$/.exec(value);
        if (!out) fail('the generator output must end in "/generated/sqlite"');
        edits.set(index, `${indent}${key}${equals}"${out[1]}/generated/postgresql"`);
      }
      if (block.kind === "datasource" && key === "provider") {
        if (value !== '"sqlite"') fail('the source datasource provider must be "sqlite"');
        edits.set(index, `${indent}${key}${equals}"postgresql"`);
      }
      if (block.kind === "datasource" && key === "url" && !value.startsWith("env("))
        fail("the datasource url must come from env()");
      return;
    }

    // model block: a block attribute or a field
    const blockAttribute = /^\s+@@(\w+)\(/.exec(line);
    if (blockAttribute) {
      if (!BLOCK_ATTRIBUTES.has(blockAttribute[1]))
        fail(`the block attribute @@${blockAttribute[1]} is not understood`);
      scanAttributes(line.trim(), fail);
      return;
    }
    const field = /^\s+(\w+)\s+(\w+)(\?|\[\])?(?=\s|$)(.*)$/.exec(line);
    if (!field) fail(`not a field of model ${block.name}`);
    const [, fieldName, type, , rest] = field;
    if (block.fields.has(fieldName)) fail(`the field ${block.name}.${fieldName} is declared twice`);
    block.fields.add(fieldName);
    if (!SCALAR_TYPES.has(type) && !models.has(type))
      fail(`the type "${type}" is neither a portable scalar nor a model`);
    for (const attribute of scanAttributes(rest, fail)) {
      if (attribute.startsWith("db.")) fail(`the native type @${attribute} is engine-specific`);
      if (!FIELD_ATTRIBUTES.has(attribute)) fail(`the field attribute @${attribute} is not understood`);
    }
  });
  if (block) throw new SchemaSyncError(block.startLine, `${block.kind} ${block.name} {`, "this block is never closed");
  if (!hasGenerator || !hasDatasource)
    throw new SchemaSyncError(1, lines[0] ?? "", "a generator and a datasource block are required");
  if (!lines[0].startsWith(HEADER_SQLITE))
    throw new SchemaSyncError(1, lines[0], `the first line must start with "${HEADER_SQLITE}"`);
  edits.set(0, HEADER_POSTGRES + lines[0].slice(HEADER_SQLITE.length));
  return { lines, models, edits };
}

/** The PostgreSQL schema for a SQLite schema (throws SchemaSyncError on anything not understood). */
export function toPostgresSchema(sqliteSchema) {
  const { lines, edits } = parseSqliteSchema(sqliteSchema);
  return lines.map((line, index) => edits.get(index) ?? line).join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = readFileSync("prisma/sqlite/schema.prisma", "utf8");
  try {
    writeFileSync("prisma/postgresql/schema.prisma", toPostgresSchema(source));
  } catch (error) {
    if (!(error instanceof SchemaSyncError)) throw error;
    console.error(`Cannot derive the PostgreSQL schema: ${error.message}`);
    process.exit(1);
  }
  console.log("prisma/postgresql/schema.prisma written");
}
