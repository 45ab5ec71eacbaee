// Lentera's own ESLint rule that keeps pure code pure (wired up in eslint.config.mjs).
//
// The marker: a file in lib/ that does IO (database, HTTP, request context) starts with `import "server-only"`.
// Every other file in lib/ is pure, and a pure file may not import, at runtime, anything that does IO:
//   - the database: lib/db/**, @prisma/*, pg, better-sqlite3;
//   - the request and the framework's server side: next/server, next/headers, next/navigation, next/cache, next-auth;
//   - any local module that itself starts with `import "server-only"` (IO is contagious).
// Type-only imports (`import type`, `import { type X }`) are allowed: they vanish at compile time.
// So "imports the database ⇒ has server-only" holds too: a file without the marker cannot import the database.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

/** Bare module specifiers that are IO, with the reason shown in the error. */
const IO_PACKAGES = [
  [/^server-only$/, "the server-only marker"],
  [/^(@prisma\/|pg$|better-sqlite3$)/, "a database driver"],
  [/^next\/(server|headers|navigation|cache)$/, "the request/response side of Next.js"],
  [/^next-auth(\/|$)/, "the session (next-auth)"],
];

const SERVER_ONLY_LINE = /^\s*import\s+["']server-only["'];?\s*$/m;
const markerCache = new Map();

/** Whether a file starts with `import "server-only"`; cached per modification time (editors keep ESLint running). */
function hasServerOnlyMarker(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return false; // unresolved import: tsc reports it
  }
  const key = `${file}@${stat.mtimeMs}`;
  if (!markerCache.has(key)) {
    // The marker belongs at the top; reading the first 2 KB is enough and keeps the rule fast.
    const fd = fs.openSync(file, "r");
    const buffer = Buffer.alloc(2048);
    const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
    fs.closeSync(fd);
    markerCache.set(key, SERVER_ONLY_LINE.test(buffer.subarray(0, length).toString("utf8")));
  }
  return markerCache.get(key);
}

/** The repository file an import names ("@/lib/x", "../x"), or null for a package. */
function resolveLocal(specifier, fromFile) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return base; // unresolved (a typo is tsc's job); still classified by its path below
}

/** Why an import is IO, or null when a pure file may import it. */
export function ioReason(specifier, fromFile) {
  const local = resolveLocal(specifier, fromFile);
  if (local === null) {
    const match = IO_PACKAGES.find(([pattern]) => pattern.test(specifier));
    return match ? match[1] : null;
  }
  const relative = path.relative(ROOT, local).split(path.sep).join("/");
  if (relative.startsWith("lib/db/")) return "the database layer (lib/db)";
  if (relative.startsWith("lib/api/")) return null; // reported by no-restricted-imports (lib never imports lib/api)
  if (hasServerOnlyMarker(local)) return `an IO module (${relative} starts with import "server-only")`;
  return null;
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

const pureImports = {
  meta: {
    type: "problem",
    docs: { description: 'A file without `import "server-only"` is pure: it may not import database or HTTP modules' },
    schema: [],
    messages: {
      ioImport:
        '"{{source}}" is {{reason}}; this file has no `import "server-only"`, so it is pure. Move the IO into a ' +
        "server-only queries/store file and pass the data (or `now`) in; " +
        'if this file is IO, start it with `import "server-only"`.',
    },
  },
  create(context) {
    const file = context.filename;
    let isIo = false;
    const candidates = [];
    const consider = (node, sourceNode) => {
      if (!sourceNode || typeof sourceNode.value !== "string") return;
      if (node && isTypeOnly(node)) return;
      candidates.push(sourceNode);
    };
    return {
      ImportDeclaration(node) {
        if (node.source.value === "server-only" && node.specifiers.length === 0) isIo = true;
        else consider(node, node.source);
      },
      ExportNamedDeclaration(node) {
        consider(node, node.source);
      },
      ExportAllDeclaration(node) {
        consider(node, node.source);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") consider(null, node.source);
      },
      "Program:exit"() {
        if (isIo) return;
        for (const sourceNode of candidates) {
          const reason = ioReason(sourceNode.value, file);
          if (reason)
            context.report({ node: sourceNode, messageId: "ioImport", data: { source: sourceNode.value, reason } });
        }
      },
    };
  },
};

const plugin = { meta: { name: "lentera" }, rules: { "pure-imports": pureImports } };
export default plugin;
