import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules as `npm run lint` applies them: the real eslint.config.mjs over source text placed at a path in the
// tree (the files need not exist; imports are resolved against the real tree).
const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
const LAYER_RULES = new Set(["no-restricted-imports", "lentera/pure-imports"]);

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId)).map((m) => `${m.ruleId}@${m.line}`);
}

describe("layer rules", { timeout: 60_000 }, () => {
  it("app/ and components/ never import the database, by alias, relative path or package", async () => {
    const code = [
      'import { getDb } from "@/lib/db/client";',
      'import type { Db } from "../../../lib/db/client";',
      'import { PrismaClient } from "@prisma/client";',
      "export const x = [getDb, PrismaClient] as unknown as Db;",
    ].join("\n");
    const expected = ["no-restricted-imports@1", "no-restricted-imports@2", "no-restricted-imports@3"];
    expect(await layerErrors("app/(staff)/staf/scratch/page.tsx", code)).toEqual(expected);
    expect(await layerErrors("components/scratch/widget.tsx", code)).toEqual(expected);
  });

  it("app/ may call lib queries (server-only modules)", async () => {
    const code = 'import { listKecamatan } from "@/lib/reference/queries";\nexport const x = listKecamatan;';
    expect(await layerErrors("app/(staff)/staf/scratch/page.tsx", code)).toEqual([]);
  });

  it("lib/ never imports lib/api, IO file or not; lib/api itself may", async () => {
    const code = 'import "server-only";\nimport { errorResponse } from "../api/http";\nexport const x = errorResponse;';
    expect(await layerErrors("lib/skm/scratch.ts", code)).toEqual(["no-restricted-imports@2"]);
    expect(await layerErrors("lib/skm/deeper/scratch.ts", code.replace("../api", "../../api"))).toEqual([
      "no-restricted-imports@2",
    ]);
    expect(await layerErrors("lib/scratch.ts", code.replace("../api", "./api"))).toEqual(["no-restricted-imports@2"]);
    expect(await layerErrors("lib/api/scratch.ts", code.replace("../api/http", "./http"))).toEqual([]);
  });

  it("a lib file without server-only imports no database, request or server-only module at runtime", async () => {
    const code = [
      'import { getDb } from "../db/client";',
      'import { cookies } from "next/headers";',
      'import { getInvitationSlip } from "./invitation-store";',
      'import { getServerSession } from "next-auth";',
      'export { listKecamatan } from "../reference/queries";',
      "export const x = [getDb, cookies, getInvitationSlip, getServerSession];",
      'export const later = () => import("../db/client");',
    ].join("\n");
    expect(await layerErrors("lib/skm/scratch.ts", code)).toEqual([
      "lentera/pure-imports@1",
      "lentera/pure-imports@2",
      "lentera/pure-imports@3",
      "lentera/pure-imports@4",
      "lentera/pure-imports@5",
      "lentera/pure-imports@7",
    ]);
    expect(await layerErrors("lib/skm/scratch.ts", `import "server-only";\n${code}`)).toEqual([]);
  });

  it("a pure lib file may import pure modules, and IO modules' types", async () => {
    const code = [
      'import type { Db } from "../db/client";',
      'import { type InvitationState } from "./invitation-store";',
      'import { parseOrThrow } from "../validation/parse";',
      'import { z } from "zod";',
      "export const x = (db: Db, s: InvitationState) => parseOrThrow(z.string(), `${s}`);",
    ].join("\n");
    expect(await layerErrors("lib/skm/scratch.ts", code)).toEqual([]);
  });
});

describe("lib: only queries and store files import the database", { timeout: 60_000 }, () => {
  const rule = "@typescript-eslint/no-restricted-imports";
  async function databaseErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === rule).map((m) => `${m.ruleId}@${m.line}`);
  }
  const code = [
    'import "server-only";',
    'import { getDb } from "../db/client";',
    'import type { Db } from "@/lib/db/client";',
    'import { Prisma } from "../db/generated/sqlite/client";',
    'import Database from "better-sqlite3";',
    "export const x = [getDb, Prisma, Database] as unknown as Db;",
  ].join("\n");

  it("a lib file that is not a queries/store file may not, even with server-only and for a type", async () => {
    const expected = [`${rule}@2`, `${rule}@3`, `${rule}@4`, `${rule}@5`];
    expect(await databaseErrors("lib/skm/scratch.ts", code)).toEqual(expected);
    expect(await databaseErrors("lib/skm/scratch-query.ts", code)).toEqual(expected);
    expect(await databaseErrors("lib/scratch.ts", code.replaceAll("../db/", "./db/"))).toEqual(expected);
    expect(await databaseErrors("lib/api/scratch.ts", code)).toEqual(expected);
  });

  it("queries.ts, store.ts, <topic>-queries.ts, <topic>-store.ts, lib/db, the seed and tests may", async () => {
    for (const file of [
      "lib/skm/queries.ts",
      "lib/skm/store.ts",
      "lib/skm/scratch-queries.ts",
      "lib/skm/scratch-store.ts",
      "lib/seed/scratch.ts",
      "lib/skm/scratch.test.ts",
    ])
      expect(await databaseErrors(file, code), file).toEqual([]);
    expect(await databaseErrors("lib/db/scratch.ts", code.replaceAll("../db/", "./"))).toEqual([]);
  });
});
