import "server-only";
/**
 * The KBLI code lists the office validates against (issue 13), and the admin's import of the official table. The
 * only file that touches KbliCode / KbliTable. A version with a loaded table validates strictly (an unlisted code is
 * an error naming its line); without one, the list shipped with Lentera is used (partial for 2020: not strict).
 */
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { cachedReference, invalidateReference } from "../reference/cache";
import { readImportRows } from "../spreadsheet/import-rows";
import type { ImportFile } from "../spreadsheet/input";
import { KBLI_2020_LIST, KBLI_VERSIONS, type KbliCodeLists, type KbliVersion } from "./kbli";
import { KBLI_TABLE_COLUMNS, kbliCodeListOf, kbliTableGap, readKbliTableRows } from "./kbli-table";
import type { TKbliTableImport } from "./schemas";

/** The official KBLI 2020 table has about 1,800 kelompok; a file far beyond that is not a KBLI table. */
const MAX_KBLI_ROWS = 10_000;

/** The lists validation uses, per version (cached in this process; invalidated by every write below). */
export async function loadKbliLists(db: Db = getDb()): Promise<KbliCodeLists> {
  return db === getDb() ? cachedReference("kbli", () => readKbliLists(db)) : readKbliLists(db);
}

async function readKbliLists(db: Db): Promise<KbliCodeLists> {
  const rows = await db.kbliCode.findMany({ select: { version: true, code: true, title: true } });
  const lists: KbliCodeLists = { "2020": KBLI_2020_LIST };
  for (const version of KBLI_VERSIONS) {
    const entries = rows.filter((row) => row.version === version);
    if (entries.length > 0) lists[version] = kbliCodeListOf(version, entries);
  }
  return lists;
}

export type KbliTableStatus = {
  version: KbliVersion;
  /** "loaded": the official table an admin imported (strict); "shipped": Lentera's partial list; "none". */
  kind: "loaded" | "shipped" | "none";
  codeCount: number;
  isStrict: boolean;
  source: string | null;
  importedBy: string | null;
  importedAt: Date | null;
  /** Stored applications and OSS projects whose 5-digit code is not in this version's list (only when strict). */
  unlisted: { records: number; codes: string[] };
};

/** What the admin's KBLI page shows per version. */
export async function getKbliTableStatus(db: Db = getDb()): Promise<KbliTableStatus[]> {
  const [tables, lists, used] = await Promise.all([db.kbliTable.findMany(), readKbliLists(db), usedKbliCodes(db)]);
  return KBLI_VERSIONS.map((version) => {
    const table = tables.find((row) => row.version === version) ?? null;
    const list = lists[version];
    const unlisted = { records: 0, codes: [] as string[] };
    if (list?.isComplete) {
      for (const use of used)
        if (use.version === version && use.code.length === 5 && !list.codes.has(use.code)) {
          unlisted.records += use.count;
          if (!unlisted.codes.includes(use.code)) unlisted.codes.push(use.code);
        }
      unlisted.codes.sort();
    }
    return {
      version,
      kind: table ? "loaded" : list ? "shipped" : "none",
      codeCount: list?.codes.size ?? 0,
      isStrict: list?.isComplete ?? false,
      source: table?.source ?? null,
      importedBy: table?.importedBy ?? null,
      importedAt: table?.importedAt ?? null,
      unlisted,
    };
  });
}

/** Distinct (version, code) pairs stored on applications and OSS projects, with how many records carry each. */
async function usedKbliCodes(db: Db): Promise<{ version: string; code: string; count: number }[]> {
  const byApplication = {
    by: ["kbliVersion", "kbli"],
    where: { kbli: { not: null } },
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const byProject = { by: ["kbliVersion", "kbli"], _count: { _all: true } } satisfies DbArgs.OssProjectGroupByArgs;
  const [applications, projects] = await Promise.all([
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(byApplication),
      postgresql: (c) => c.application.groupBy(byApplication),
    }),
    perEngine(db, {
      sqlite: (c) => c.ossProject.groupBy(byProject),
      postgresql: (c) => c.ossProject.groupBy(byProject),
    }),
  ]);
  return [...applications, ...projects].flatMap((row) =>
    row.kbli && row.kbliVersion ? [{ version: row.kbliVersion, code: row.kbli, count: row._count._all }] : [],
  );
}

export type KbliImportResult = { version: KbliVersion; codes: number; skipped: number };

/**
 * Replaces a version's KBLI table with an admin's file (CSV or .xlsx, columns kode + judul). Any invalid row, or a
 * file that is not the whole table (see kbliTableGap), rejects the file with every problem named by line and
 * column, and nothing changes. The replacement is one transaction; the next validation uses the new list (strict).
 */
export async function importKbliTable(
  input: TKbliTableImport,
  file: ImportFile,
  actor: Actor,
  now = new Date(),
): Promise<KbliImportResult> {
  const read = await readImportRows(file, KBLI_TABLE_COLUMNS, { maxRows: MAX_KBLI_ROWS });
  const fields: Record<string, string> = {};
  for (const column of read.mapping.missingRequired)
    fields[`baris ${read.sheet.headerLine} / ${column}`] = "Kolom tidak ada (kode dan judul wajib).";
  if (read.hasMore) fields._ = "Paling banyak 10.000 baris.";
  const table = readKbliTableRows(read.rows, input.version);
  for (const problem of table.problems.slice(0, 50))
    fields[`baris ${problem.line} / ${problem.column}`] = problem.message;
  if (table.problems.length > 50) fields._more = `… dan ${table.problems.length - 50} kesalahan lain.`;
  if (Object.keys(fields).length === 0) {
    const gap = kbliTableGap(table.entries, input.version);
    if (gap) fields._ = gap;
  }
  if (Object.keys(fields).length > 0)
    throw new AppError("VALIDATION", `Tabel KBLI ${input.version} tidak valid; tidak ada yang diubah.`, { fields });
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.kbliCode.deleteMany({ where: { version: input.version } });
    for (let index = 0; index < table.entries.length; index += 500)
      await tx.kbliCode.createMany({
        data: table.entries.slice(index, index + 500).map((entry) => ({ version: input.version, ...entry })),
      });
    const meta = {
      source: input.source,
      codeCount: table.entries.length,
      importedById: actor.id,
      importedBy: actor.label,
      importedAt: now,
    };
    await tx.kbliTable.upsert({
      where: { version: input.version },
      create: { version: input.version, ...meta },
      update: meta,
    });
  });
  invalidateReference("kbli");
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "kbli.import",
    target: input.version,
    detail: { codes: table.entries.length, skipped: table.skipped, source: input.source },
  });
  return { version: input.version, codes: table.entries.length, skipped: table.skipped };
}

/** Removes a loaded table: validation goes back to the shipped list of that version (audited). */
export async function removeKbliTable(version: KbliVersion, actor: Actor): Promise<void> {
  const db = getDb();
  await db.$transaction([
    db.kbliCode.deleteMany({ where: { version } }),
    db.kbliTable.deleteMany({ where: { version } }),
  ]);
  invalidateReference("kbli");
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "kbli.remove", target: version });
}
