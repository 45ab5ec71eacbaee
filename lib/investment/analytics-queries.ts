import "server-only";
/**
 * Investment analytics reads. Projects are business-licence applications with a declared investment that were
 * issued (status "issued"); each counts in the WIB day its licence was issued (finishedAt + 7 h).
 * Aggregates are raw SQL (one statement per engine, side by side) because they group by a computed WIB day over
 * up to millions of rows; rupiah sums come back as text so bigint totals stay exact on both engines.
 */
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";
import { databaseEngine } from "../env";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import type { TInvestmentFilter, TrendGroupBy } from "./schemas";
import type { InvestmentFilterWhere } from "./project-queries";
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

function sumAsText(expression: string, dialect: Engine): Sql {
  return dialect === "sqlite" ? raw(`CAST(SUM(${expression}) AS TEXT)`) : raw(`SUM(${expression})::text`);
}

type AggregateRow = {
  day?: string;
  grp: string | null;
  projects: number | bigint;
  investment: string | null;
  workers: number | bigint | null;
};

/** The dimension conditions of the aggregate reads ("" in a dimension means not recorded). */
function statConditions(filter: InvestmentFilterWhere): Sql[] {
  const conditions: Sql[] = [];
  if (filter.sector) conditions.push(sql`"sector" = ${filter.sector}`);
  if (filter.sectorGroup) conditions.push(sql`"sectorGroup" = ${filter.sectorGroup}`);
  if (filter.kecamatan) conditions.push(sql`"kecamatanCode" = ${filter.kecamatan}`);
  if (filter.origin) conditions.push(sql`"origin" = ${filter.origin}`);
  if (filter.scale) conditions.push(sql`"scale" = ${filter.scale}`);
  return conditions;
}

const STAT_TABLES = { day: "InvestmentDayStat", month: "InvestmentMonthStat" };
const STAT_COLUMNS = ["sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects", "investment", "workers"];

/**
 * Sums over the per-day investment aggregates and their month roll-up (whole months from the month rows, kept in
 * step with every application write), so the cost follows the number of months, days at the range's ends and
 * groups, not the number of projects. Equal to the same GROUP BY over issued applications by their WIB finishing
 * day (tested against direct sums on both engines). With `byDay`, a whole month comes as one row on its first day
 * (the trend buckets months, quarters and years).
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
  const rows = rollUpRows(STAT_TABLES, STAT_COLUMNS, { from: filter.from, to: filter.to }, statConditions(filter));
  return db.$queryRaw<AggregateRow[]>`
    SELECT ${dayColumn}${groupColumn} AS grp,
           SUM(s."projects") AS projects,
           ${sumAsText('s."investment"', dialect)} AS investment,
           SUM(s."workers") AS workers
    FROM ${rows} s${groupClause}`;
}

function toTotals(row: AggregateRow): InvestmentTotals {
  return {
    projects: Number(row.projects),
    investment: BigInt(row.investment ?? "0"),
    workers: Number(row.workers ?? 0),
  };
}

/**
 * Rows for the trend (and group when `groupBy` is given): one per WIB day at the range's partial months, one per
 * whole month (dated its first day) in between; `bucketTrend` rolls them into months, quarters or years.
 */
export async function getDailyInvestment(
  filter: InvestmentFilterWhere,
  groupBy?: TrendGroupBy,
): Promise<DailyInvestmentRow[]> {
  const rows = await aggregate(filter, { byDay: true, groupBy });
  return rows.map((row) => ({
    day: String(row.day),
    group: row.grp === null ? null : String(row.grp),
    ...toTotals(row),
  }));
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

/** Earliest and latest WIB issue day of any project (for the dashboard's default range); null when none. */
export async function getProjectDateSpan(): Promise<{ first: Date; last: Date } | null> {
  const args = {
    where: { status: "issued", investmentValue: { not: null } },
    _min: { finishedAt: true },
    _max: { finishedAt: true },
  } satisfies DbArgs.ApplicationAggregateArgs;
  const result = await perEngine(getDb(), {
    sqlite: (c) => c.application.aggregate(args),
    postgresql: (c) => c.application.aggregate(args),
  });
  return result._min.finishedAt && result._max.finishedAt
    ? { first: result._min.finishedAt, last: result._max.finishedAt }
    : null;
}

/** The trend of the API and the dashboard chart: points per period (and group) plus totals over the filter. */
export async function getInvestmentTrend(
  filter: TInvestmentFilter,
): Promise<{ points: TrendPoint[]; totals: InvestmentTotals }> {
  const { interval, groupBy, ...where } = filter;
  const rows = await getDailyInvestment(where, groupBy);
  return { points: bucketTrend(rows, interval, filter, groupBy !== undefined), totals: sumInvestment(rows) };
}
