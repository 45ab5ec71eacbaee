import "server-only";
/**
 * The project list reads of the investment dashboard and export: the SQL that selects issued projects with a
 * declared investment (one statement per engine, side by side), keyset-paged in export order, and the largest
 * projects. The aggregates live in analytics-queries.ts.
 */
import { getDb } from "../db/client";
import { databaseEngine } from "../env";
import { Prisma } from "../db/generated/sqlite/client";
import { wibRangeToUtc } from "./filter";
import type { TInvestmentFilter } from "./schemas";

const { sql, join, raw, empty } = Prisma;
type Sql = Prisma.Sql;

type Engine = "sqlite" | "postgresql";

export type InvestmentFilterWhere = Omit<TInvestmentFilter, "interval" | "groupBy">;

/** A UTC instant as each engine compares it: SQLite stores "YYYY-MM-DDTHH:MM:SS.mmm+00:00" text. */
function instantParam(instant: Date, dialect: Engine): Sql {
  const iso = instant.toISOString();
  return dialect === "sqlite"
    ? sql`${iso.replace("Z", "+00:00")}`
    : sql`CAST(${iso.replace("T", " ").replace("Z", "")} AS timestamp)`;
}

/**
 * The WHERE clause shared by every investment read (a = the Application table alias). `rangeByScan`: SQLite is told
 * not to use an index for the issue-date range (unary +), so a read ordered by declared investment walks the
 * (status, investmentValue) index and stops at its LIMIT instead of sorting a year of projects.
 */
function whereClause(filter: InvestmentFilterWhere, dialect: Engine, rangeByScan = false): Sql {
  const { start, endExclusive } = wibRangeToUtc(filter.from, filter.to);
  const finishedAt = raw(rangeByScan && dialect === "sqlite" ? '+a."finishedAt"' : 'a."finishedAt"');
  const conditions: Sql[] = [
    sql`a."status" = 'issued'`,
    sql`a."investmentValue" IS NOT NULL`,
    sql`${finishedAt} >= ${instantParam(start, dialect)}`,
    sql`${finishedAt} < ${instantParam(endExclusive, dialect)}`,
  ];
  if (filter.sector) conditions.push(sql`a."sector" = ${filter.sector}`);
  if (filter.sectorGroup) conditions.push(sql`a."sectorGroup" = ${filter.sectorGroup}`);
  if (filter.kecamatan) conditions.push(sql`a."kecamatanCode" = ${filter.kecamatan}`);
  if (filter.origin) conditions.push(sql`a."origin" = ${filter.origin}`);
  if (filter.scale) conditions.push(sql`a."scale" = ${filter.scale}`);
  return join(conditions, " AND ");
}

/** One project as listed on the dashboard and in the CSV export. */
export type InvestmentProject = {
  id: string;
  registrationNo: string;
  licenseType: string;
  applicantName: string | null;
  submittedDate: string;
  issuedDate: string;
  kbli: string | null;
  kbliVersion: string | null;
  sector: string | null;
  sectorGroup: string | null;
  origin: string | null;
  scale: string | null;
  kecamatanCode: string | null;
  kelurahanCode: string | null;
  investmentValue: bigint;
  investmentCurrency: string | null;
  investmentOriginalAmount: string | null;
  exchangeRate: string | null;
  workersLocal: number | null;
  workersForeign: number | null;
  /** Land and building values, integer rupiah as text (null when not declared). */
  landValue: string | null;
  buildingValue: string | null;
  /** pma | excluding_land_buildings | total_including_land_buildings (see ScaleBasis). */
  scaleBasis: string | null;
};

/**
 * Keyset position in the export order: the issued instant, then a unique tie-breaker. On SQLite that is the rowid,
 * which the finishedAt index already holds in order (no sort step for a million rows); on PostgreSQL the id.
 */
export type ProjectCursor = { finishedAt: string; key: string | number };

type ProjectRow = Omit<InvestmentProject, "investmentValue" | "workersLocal" | "workersForeign"> & {
  investmentValue: string;
  workersLocal: number | bigint | null;
  workersForeign: number | bigint | null;
  cursorAt: string;
  cursorKey: string | number | bigint;
};

/** One exported column of a project: its alias and its expression on each engine (a = Application, l = LicenseType). */
type ProjectColumn = { alias: keyof InvestmentProject; sqlite: string; postgresql: string };

const column = (alias: keyof InvestmentProject, sqlite: string, postgresql = sqlite): ProjectColumn => ({
  alias,
  sqlite,
  postgresql,
});

/** The columns of a project, in the order of PROJECT_EXPORT_HEADER (lib/investment/export-columns.ts). */
const PROJECT_COLUMNS: readonly ProjectColumn[] = [
  column("registrationNo", 'a."registrationNo"'),
  column("licenseType", 'l."code"'),
  column("applicantName", 'a."applicantName"'),
  column(
    "submittedDate",
    `date(a."submittedAt", '+7 hours')`,
    `to_char(a."submittedAt" + interval '7 hours', 'YYYY-MM-DD')`,
  ),
  column(
    "issuedDate",
    `date(a."finishedAt", '+7 hours')`,
    `to_char(a."finishedAt" + interval '7 hours', 'YYYY-MM-DD')`,
  ),
  column("kbli", 'a."kbli"'),
  column("kbliVersion", 'a."kbliVersion"'),
  column("sector", 'a."sector"'),
  column("sectorGroup", 'a."sectorGroup"'),
  column("origin", 'a."origin"'),
  column("scale", 'a."scale"'),
  column("kecamatanCode", 'a."kecamatanCode"'),
  column("kelurahanCode", 'a."kelurahanCode"'),
  column("investmentValue", 'CAST(a."investmentValue" AS TEXT)', 'a."investmentValue"::text'),
  column("investmentCurrency", 'a."investmentCurrency"'),
  column("investmentOriginalAmount", 'a."investmentOriginalAmount"'),
  column("exchangeRate", 'a."exchangeRate"'),
  column("workersLocal", 'a."workersLocal"'),
  column("workersForeign", 'a."workersForeign"'),
  column("landValue", 'CAST(a."landValue" AS TEXT)', 'a."landValue"::text'),
  column("buildingValue", 'CAST(a."buildingValue" AS TEXT)', 'a."buildingValue"::text'),
  column("scaleBasis", 'a."scaleBasis"'),
];

/** The keyset columns of each engine: the issued instant as text and the tie-breaker. */
const CURSOR_COLUMNS: Record<Engine, { at: string; key: string }> = {
  sqlite: { at: 'CAST(a."finishedAt" AS TEXT)', key: "a.rowid" },
  postgresql: { at: `to_char(a."finishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')`, key: 'a."id"' },
};

/** Every project column under its alias, plus the keyset columns ("cursorAt", "cursorKey"). */
function projectSelect(dialect: Engine): Sql {
  const columns = PROJECT_COLUMNS.map((c) => `${c[dialect]} AS "${c.alias}"`);
  const cursor = CURSOR_COLUMNS[dialect];
  return raw([`a."id" AS "id"`, ...columns, `${cursor.at} AS "cursorAt"`, `${cursor.key} AS "cursorKey"`].join(", "));
}

/**
 * SQLite only: the keyset columns, then every project column in export order joined into one text with the
 * separator (NULL as ""), so a reader gets three values per row instead of twenty (see export-sqlite-queries.ts).
 */
export function joinedProjectSelect(separatorCode: number): Sql {
  const cursor = CURSOR_COLUMNS.sqlite;
  // concat() (SQLite ≥ 3.44) reads NULL as "" and builds the text once, unlike a chain of `||`.
  const joined = `concat(${PROJECT_COLUMNS.map((c) => c.sqlite).join(`, char(${separatorCode}), `)})`;
  return raw(`${cursor.key}, ${cursor.at}, ${joined}`);
}

/** The number of exported project columns. */
export const PROJECT_COLUMN_COUNT = PROJECT_COLUMNS.length;

function toProject(row: ProjectRow): InvestmentProject {
  const { cursorAt: _cursor, cursorKey: _key, ...rest } = row;
  return {
    ...rest,
    investmentValue: BigInt(row.investmentValue),
    workersLocal: row.workersLocal === null ? null : Number(row.workersLocal),
    workersForeign: row.workersForeign === null ? null : Number(row.workersForeign),
  };
}

/**
 * One page of projects in export order (issued instant, then the tie-breaker) after `cursor`. Keyset paging: each
 * page is an index range read, so page 200 costs the same as page 1 and nothing is held between pages.
 * `select` defaults to the full project columns; the SQLite export passes `joinedProjectSelect`.
 */
export function projectsPageQuery(
  filter: InvestmentFilterWhere,
  cursor: ProjectCursor | null,
  limit: number,
  dialect: Engine,
  select: Sql = projectSelect(dialect),
): Sql {
  // The leading `finishedAt >= cursor` is a plain index range, so each page starts where the last one ended
  // instead of re-scanning (an OR alone defeats the index on SQLite).
  const key = raw(CURSOR_COLUMNS[dialect].key);
  const at = (value: string) => (dialect === "sqlite" ? sql`${value}` : sql`CAST(${value} AS timestamp)`);
  const after = cursor
    ? sql` AND a."finishedAt" >= ${at(cursor.finishedAt)} AND (a."finishedAt" > ${at(cursor.finishedAt)} OR ${key} > ${cursor.key})`
    : empty;
  return sql`
    SELECT ${select}
    FROM "Application" a JOIN "LicenseType" l ON l."id" = a."licenseTypeId"
    WHERE ${whereClause(filter, dialect)}${after}
    ORDER BY a."finishedAt", ${key}
    LIMIT ${limit}`;
}

/** SQLite only: the full columns of the projects with these rowids (any order). */
export function projectsByRowidQuery(rowids: readonly number[]): Sql {
  return sql`
    SELECT ${projectSelect("sqlite")}
    FROM "Application" a JOIN "LicenseType" l ON l."id" = a."licenseTypeId"
    WHERE a.rowid IN (${join(rowids.map((rowid) => sql`${rowid}`))})`;
}

/** Maps rows of the full project select (`projectSelect`), keyed by their tie-breaker. */
export function projectsFromRows(
  rows: readonly ProjectRow[],
): Array<{ key: string | number; project: InvestmentProject }> {
  return rows.map((row) => ({ key: cursorKeyOf(row), project: toProject(row) }));
}

/** The row's tie-breaker as a cursor key (a SQLite rowid may arrive as bigint). */
function cursorKeyOf(row: ProjectRow): string | number {
  return typeof row.cursorKey === "bigint" ? Number(row.cursorKey) : row.cursorKey;
}

export type { ProjectRow };

/**
 * One page of projects in export order after `cursor` (the general path, through Prisma; the PostgreSQL export and
 * tests use it).
 */
export async function listProjectsPage(
  filter: InvestmentFilterWhere,
  cursor: ProjectCursor | null,
  limit: number,
): Promise<{ rows: InvestmentProject[]; next: ProjectCursor | null }> {
  const rows = await getDb().$queryRaw<ProjectRow[]>(projectsPageQuery(filter, cursor, limit, databaseEngine()));
  const last = rows.at(-1);
  return {
    rows: rows.map(toProject),
    next: rows.length === limit && last ? { finishedAt: last.cursorAt, key: cursorKeyOf(last) } : null,
  };
}

/** The largest projects by declared investment (ties: earliest registration number first). */
export async function listLargestProjects(filter: InvestmentFilterWhere, limit = 10): Promise<InvestmentProject[]> {
  const dialect = databaseEngine();
  const rows = await getDb().$queryRaw<ProjectRow[]>`
    SELECT ${projectSelect(dialect)}
    FROM "Application" a JOIN "LicenseType" l ON l."id" = a."licenseTypeId"
    WHERE ${whereClause(filter, dialect, true)}
    ORDER BY a."investmentValue" DESC, a."registrationNo"
    LIMIT ${limit}`;
  return rows.map(toProject);
}
