import "server-only";
/**
 * Investment analytics reads. Projects are business-licence applications with a declared investment that were
 * issued (status "issued"); each counts in the WIB day its licence was issued (finishedAt + 7 h).
 * Aggregates are raw SQL (one statement per engine, side by side) because they group by a computed WIB day over
 * up to millions of rows; rupiah sums come back as text so bigint totals stay exact on both engines.
 */
import { getDb, type Db } from "../db/client";
import { databaseEngine, getEnv } from "../env";
import { sqliteFilePath } from "../db/lifecycle";
import { Prisma } from "../db/generated/sqlite/client";
import { wibRangeToUtc, type TInvestmentFilter, type TrendGroupBy } from "./analytics-query";
import { bucketTrend, sumInvestment, type DailyInvestmentRow, type InvestmentTotals, type TrendPoint } from "./trend";

const { sql, join, raw, empty } = Prisma;
type Sql = Prisma.Sql;

/** Whitelisted column for each grouping (never user text in SQL). */
const GROUP_COLUMNS: Record<TrendGroupBy, string> = {
  sector: '"sector"',
  sectorGroup: '"sectorGroup"',
  kecamatan: '"kecamatanCode"',
  origin: '"origin"',
  scale: '"scale"',
};

type Engine = "sqlite" | "postgresql";

function engine(): Engine {
  return databaseEngine();
}

/** A UTC instant as each engine compares it: SQLite stores "YYYY-MM-DDTHH:MM:SS.mmm+00:00" text. */
function instantParam(instant: Date, dialect: Engine): Sql {
  const iso = instant.toISOString();
  return dialect === "sqlite"
    ? sql`${iso.replace("Z", "+00:00")}`
    : sql`CAST(${iso.replace("T", " ").replace("Z", "")} AS timestamp)`;
}

function sumAsText(expression: string, dialect: Engine): Sql {
  return dialect === "sqlite" ? raw(`CAST(SUM(${expression}) AS TEXT)`) : raw(`SUM(${expression})::text`);
}

export type InvestmentFilterWhere = Omit<TInvestmentFilter, "interval" | "groupBy">;

/** The WHERE clause shared by every investment read (a = the Application table alias). */
function whereClause(filter: InvestmentFilterWhere, dialect: Engine): Sql {
  const { start, endExclusive } = wibRangeToUtc(filter.from, filter.to);
  const conditions: Sql[] = [
    sql`a."status" = 'issued'`,
    sql`a."investmentValue" IS NOT NULL`,
    sql`a."finishedAt" >= ${instantParam(start, dialect)}`,
    sql`a."finishedAt" < ${instantParam(endExclusive, dialect)}`,
  ];
  if (filter.sector) conditions.push(sql`a."sector" = ${filter.sector}`);
  if (filter.sectorGroup) conditions.push(sql`a."sectorGroup" = ${filter.sectorGroup}`);
  if (filter.kecamatan) conditions.push(sql`a."kecamatanCode" = ${filter.kecamatan}`);
  if (filter.origin) conditions.push(sql`a."origin" = ${filter.origin}`);
  if (filter.scale) conditions.push(sql`a."scale" = ${filter.scale}`);
  return join(conditions, " AND ");
}

type AggregateRow = { day?: string; grp: string | null; projects: number | bigint; investment: string | null; workers: number | bigint | null };

/** The WHERE clause of the aggregate reads over InvestmentDayStat (s); "" in a dimension means not recorded. */
function statWhereClause(filter: InvestmentFilterWhere): Sql {
  const conditions: Sql[] = [sql`s."day" >= ${filter.from}`, sql`s."day" <= ${filter.to}`];
  if (filter.sector) conditions.push(sql`s."sector" = ${filter.sector}`);
  if (filter.sectorGroup) conditions.push(sql`s."sectorGroup" = ${filter.sectorGroup}`);
  if (filter.kecamatan) conditions.push(sql`s."kecamatanCode" = ${filter.kecamatan}`);
  if (filter.origin) conditions.push(sql`s."origin" = ${filter.origin}`);
  if (filter.scale) conditions.push(sql`s."scale" = ${filter.scale}`);
  return join(conditions, " AND ");
}

/**
 * Sums over the per-day investment aggregates (kept in step with every application write), so the cost follows
 * the number of days and groups, not the number of projects. Equal to the same GROUP BY over issued applications
 * by their WIB finishing day (tested against direct sums on both engines).
 */
async function aggregate(
  filter: InvestmentFilterWhere,
  options: { byDay: boolean; groupBy?: TrendGroupBy },
  db: Db = getDb(),
): Promise<AggregateRow[]> {
  const dialect = engine();
  const groupColumn = options.groupBy ? raw(`NULLIF(s.${GROUP_COLUMNS[options.groupBy]}, '')`) : raw("NULL");
  const dayColumn = options.byDay ? sql`s."day" AS day, ` : empty;
  const groupKeys: Sql[] = [];
  if (options.byDay) groupKeys.push(raw('s."day"'));
  if (options.groupBy) groupKeys.push(raw("grp"));
  const groupClause = groupKeys.length > 0 ? sql` GROUP BY ${join(groupKeys, ", ")}` : empty;
  return db.$queryRaw<AggregateRow[]>`
    SELECT ${dayColumn}${groupColumn} AS grp,
           SUM(s."projects") AS projects,
           ${sumAsText('s."investment"', dialect)} AS investment,
           SUM(s."workers") AS workers
    FROM "InvestmentDayStat" s
    WHERE ${statWhereClause(filter)}${groupClause}`;
}

function toTotals(row: AggregateRow): InvestmentTotals {
  return { projects: Number(row.projects), investment: BigInt(row.investment ?? "0"), workers: Number(row.workers ?? 0) };
}

/** One row per WIB day (and group when `groupBy` is given) for the trend; `bucketTrend` rolls them into periods. */
export async function getDailyInvestment(filter: InvestmentFilterWhere, groupBy?: TrendGroupBy): Promise<DailyInvestmentRow[]> {
  const rows = await aggregate(filter, { byDay: true, groupBy });
  return rows.map((row) => ({ day: String(row.day), group: row.grp === null ? null : String(row.grp), ...toTotals(row) }));
}

/** Projects, rupiah and workers over the whole filter. */
export async function getInvestmentTotals(filter: InvestmentFilterWhere): Promise<InvestmentTotals> {
  const [row] = await aggregate(filter, { byDay: false });
  return row && row.projects !== null ? toTotals(row) : { projects: 0, investment: 0n, workers: 0 };
}

/** Totals per group value (sector, kecamatan, …), unordered. */
export async function getInvestmentByGroup(
  filter: InvestmentFilterWhere,
  groupBy: TrendGroupBy,
): Promise<Array<InvestmentTotals & { group: string | null }>> {
  const rows = await aggregate(filter, { byDay: false, groupBy });
  return rows.map((row) => ({ group: row.grp === null ? null : String(row.grp), ...toTotals(row) }));
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
};

/** Keyset position in the export order (issued instant, then id). */
export type ProjectCursor = { finishedAt: string; id: string };

type ProjectRow = Omit<InvestmentProject, "investmentValue" | "workersLocal" | "workersForeign"> & {
  investmentValue: string;
  workersLocal: number | bigint | null;
  workersForeign: number | bigint | null;
  cursorAt: string;
};

function projectSelect(dialect: Engine): Sql {
  const text = (expression: string) => (dialect === "sqlite" ? `CAST(${expression} AS TEXT)` : `${expression}::text`);
  const cursorAt =
    dialect === "sqlite" ? 'CAST(a."finishedAt" AS TEXT)' : `to_char(a."finishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')`;
  return raw(`a."id" AS "id", a."registrationNo" AS "registrationNo", l."code" AS "licenseType",
    a."applicantName" AS "applicantName",
    ${dialect === "sqlite" ? `date(a."submittedAt", '+7 hours')` : `to_char(a."submittedAt" + interval '7 hours', 'YYYY-MM-DD')`} AS "submittedDate",
    ${dialect === "sqlite" ? `date(a."finishedAt", '+7 hours')` : `to_char(a."finishedAt" + interval '7 hours', 'YYYY-MM-DD')`} AS "issuedDate",
    a."kbli" AS "kbli", a."kbliVersion" AS "kbliVersion", a."sector" AS "sector", a."sectorGroup" AS "sectorGroup",
    a."origin" AS "origin", a."scale" AS "scale", a."kecamatanCode" AS "kecamatanCode", a."kelurahanCode" AS "kelurahanCode",
    ${text('a."investmentValue"')} AS "investmentValue", a."investmentCurrency" AS "investmentCurrency",
    a."investmentOriginalAmount" AS "investmentOriginalAmount", a."exchangeRate" AS "exchangeRate",
    a."workersLocal" AS "workersLocal", a."workersForeign" AS "workersForeign", ${cursorAt} AS "cursorAt"`);
}

function toProject(row: ProjectRow): InvestmentProject {
  const { cursorAt: _cursor, ...rest } = row;
  return {
    ...rest,
    investmentValue: BigInt(row.investmentValue),
    workersLocal: row.workersLocal === null ? null : Number(row.workersLocal),
    workersForeign: row.workersForeign === null ? null : Number(row.workersForeign),
  };
}

type Text = string | null;

/** A row of `projectSelect` as an array (column order of that select). */
function projectFromColumns(c: unknown[]): InvestmentProject {
  return {
    id: c[0] as string,
    registrationNo: c[1] as string,
    licenseType: c[2] as string,
    applicantName: c[3] as Text,
    submittedDate: c[4] as string,
    issuedDate: c[5] as string,
    kbli: c[6] as Text,
    kbliVersion: c[7] as Text,
    sector: c[8] as Text,
    sectorGroup: c[9] as Text,
    origin: c[10] as Text,
    scale: c[11] as Text,
    kecamatanCode: c[12] as Text,
    kelurahanCode: c[13] as Text,
    investmentValue: BigInt(c[14] as string),
    investmentCurrency: c[15] as Text,
    investmentOriginalAmount: c[16] as Text,
    exchangeRate: c[17] as Text,
    workersLocal: c[18] === null ? null : Number(c[18]),
    workersForeign: c[19] === null ? null : Number(c[19]),
  };
}

/**
 * One page of projects in export order (issued instant, then id) after `cursor`. Keyset paging: each page is an
 * index range read, so page 200 costs the same as page 1 and nothing is held between pages.
 */
function projectsPageQuery(filter: InvestmentFilterWhere, cursor: ProjectCursor | null, limit: number, dialect: Engine): Sql {
  // The leading `finishedAt >= cursor` is a plain index range, so each page starts where the last one ended
  // instead of re-scanning (an OR alone defeats the index on SQLite).
  const after = cursor
    ? dialect === "sqlite"
      ? sql` AND a."finishedAt" >= ${cursor.finishedAt} AND (a."finishedAt" > ${cursor.finishedAt} OR a."id" > ${cursor.id})`
      : sql` AND a."finishedAt" >= CAST(${cursor.finishedAt} AS timestamp) AND (a."finishedAt" > CAST(${cursor.finishedAt} AS timestamp) OR a."id" > ${cursor.id})`
    : empty;
  return sql`
    SELECT ${projectSelect(dialect)}
    FROM "Application" a JOIN "LicenseType" l ON l."id" = a."licenseTypeId"
    WHERE ${whereClause(filter, dialect)}${after}
    ORDER BY a."finishedAt", a."id"
    LIMIT ${limit}`;
}

function toPage(rows: ProjectRow[], limit: number): { rows: InvestmentProject[]; next: ProjectCursor | null } {
  const last = rows.at(-1);
  return {
    rows: rows.map(toProject),
    next: rows.length === limit && last ? { finishedAt: last.cursorAt, id: last.id } : null,
  };
}

/**
 * One page of projects in export order (issued instant, then id) after `cursor`. Keyset paging: each page is an
 * index range read, so page 200 costs the same as page 1 and nothing is held between pages.
 */
export async function listProjectsPage(
  filter: InvestmentFilterWhere,
  cursor: ProjectCursor | null,
  limit: number,
): Promise<{ rows: InvestmentProject[]; next: ProjectCursor | null }> {
  const rows = await getDb().$queryRaw<ProjectRow[]>(projectsPageQuery(filter, cursor, limit, engine()));
  return toPage(rows, limit);
}

export type ProjectPageReader = {
  fetchPage: (filter: InvestmentFilterWhere, cursor: ProjectCursor | null, limit: number) => Promise<{ rows: InvestmentProject[]; next: ProjectCursor | null }>;
  close: () => void;
};

/**
 * A page reader for long exports. On SQLite it reads the same statement through its own read-only better-sqlite3
 * connection with prepared statements reused across pages (several times faster than the general query path for
 * a million rows; WAL lets it read while the app writes). On PostgreSQL it is `listProjectsPage`.
 */
export async function openProjectPageReader(): Promise<ProjectPageReader> {
  if (engine() !== "sqlite") return { fetchPage: listProjectsPage, close: () => undefined };
  const { default: Database } = await import("better-sqlite3");
  const connection = new Database(sqliteFilePath(getEnv().DATABASE_URL), { readonly: true, fileMustExist: true });
  const statements = new Map<string, ReturnType<typeof connection.prepare>>();
  return {
    fetchPage: async (filter, cursor, limit) => {
      const query = projectsPageQuery(filter, cursor, limit, "sqlite");
      let statement = statements.get(query.sql);
      if (!statement) {
        statement = connection.prepare(query.sql).raw(true);
        statements.set(query.sql, statement);
      }
      // Arrays in select order (raw mode) skip building a keyed object per row: the export's hot path.
      const rows = statement.all(query.values as never) as unknown[][];
      const last = rows.at(-1);
      return {
        rows: rows.map(projectFromColumns),
        next: rows.length === limit && last ? { finishedAt: String(last[20]), id: String(last[0]) } : null,
      };
    },
    close: () => connection.close(),
  };
}

/** The largest projects by declared investment (ties: earliest registration number first). */
export async function listLargestProjects(filter: InvestmentFilterWhere, limit = 10): Promise<InvestmentProject[]> {
  const dialect = engine();
  const rows = await getDb().$queryRaw<ProjectRow[]>`
    SELECT ${projectSelect(dialect)}
    FROM "Application" a JOIN "LicenseType" l ON l."id" = a."licenseTypeId"
    WHERE ${whereClause(filter, dialect)}
    ORDER BY a."investmentValue" DESC, a."registrationNo"
    LIMIT ${limit}`;
  return rows.map(toProject);
}

/** Earliest and latest WIB issue day of any project (for the dashboard's default range); null when none. */
export async function getProjectDateSpan(): Promise<{ first: Date; last: Date } | null> {
  const result = await getDb().application.aggregate({
    where: { status: "issued", investmentValue: { not: null } },
    _min: { finishedAt: true },
    _max: { finishedAt: true },
  });
  return result._min.finishedAt && result._max.finishedAt ? { first: result._min.finishedAt, last: result._max.finishedAt } : null;
}

/** The trend of the API and the dashboard chart: points per period (and group) plus totals over the filter. */
export async function getInvestmentTrend(filter: TInvestmentFilter): Promise<{ points: TrendPoint[]; totals: InvestmentTotals }> {
  const { interval, groupBy, ...where } = filter;
  const rows = await getDailyInvestment(where, groupBy);
  return { points: bucketTrend(rows, interval, filter, groupBy !== undefined), totals: sumInvestment(rows) };
}
