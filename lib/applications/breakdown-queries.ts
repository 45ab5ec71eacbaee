import "server-only";
/**
 * The processing dashboard's per-counter and per-officer views (issue 16): applications finished in [from, to]
 * (WIB days, the same set as the dashboard's "Selesai") grouped by the counter they were registered at or the
 * officer who registered them (null = not recorded), with how many were on time and their mean working days. The
 * page hides groups below the minimum n (lib/breakdowns/min-n.ts). Read from the roll-ups (issue 15,
 * breakdown-roll-up-sql.ts): whole months from the month table, the partial months at the ends from the day table.
 */
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { BREAKDOWN_TABLES, type BreakdownBy } from "./breakdown-roll-up-sql";
import { breakdownFigures, type ProcessingGroupFigures } from "./breakdown-figures";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";
import type { VersionedTable } from "../kpi/data-versions";

export type { ProcessingGroupFigures } from "./breakdown-figures";

const { sql, raw } = Prisma;

export type ProcessingBreakdownFilter = {
  from: string;
  to: string;
  licenseTypeId: number | null;
  kecamatanCode: string | null;
};

/** The roll-ups each breakdown reads: its figures are kept under their change counters (data-versions.ts). */
const VERSIONED: Record<BreakdownBy, VersionedTable[]> = {
  counter: ["ProcessingCounterDayStat", "ProcessingCounterMonthStat"],
  officer: ["ProcessingOfficerDayStat", "ProcessingOfficerMonthStat"],
};

/**
 * The groups of a breakdown, kept under the change counters of its two roll-ups for the years of the range
 * (lib/kpi/versioned-cache-queries.ts): any refresh of a day or month row of those years reads them again.
 */
export async function getProcessingBreakdown(
  filter: ProcessingBreakdownFilter,
  by: BreakdownBy,
  db: Db = getDb(),
): Promise<ProcessingGroupFigures[]> {
  const versions = await trustedDataVersions(db);
  return cachedUnderVersions(
    versions,
    ["processing-breakdown", by, filter.from, filter.to, filter.licenseTypeId, filter.kecamatanCode],
    VERSIONED[by],
    filter,
    () => readProcessingBreakdown(filter, by, db),
  );
}

async function readProcessingBreakdown(
  filter: ProcessingBreakdownFilter,
  by: BreakdownBy,
  db: Db,
): Promise<ProcessingGroupFigures[]> {
  const tables = BREAKDOWN_TABLES[by];
  const where: Prisma.Sql[] = [];
  if (filter.licenseTypeId !== null) where.push(sql`"licenseTypeId" = ${filter.licenseTypeId}`);
  if (filter.kecamatanCode !== null) where.push(sql`"kecamatanCode" = ${filter.kecamatanCode}`);
  const key = raw(`s."${tables.column}"`);
  const rows = await db.$queryRaw<
    Array<{ key: number | string; count: number | bigint; onTime: number | bigint; daysSum: number | bigint }>
  >`SELECT ${key} AS "key", SUM(s."count") AS "count", SUM(s."onTime") AS "onTime", SUM(s."daysSum") AS "daysSum"
    FROM ${rollUpRows(tables, [tables.column, "count", "onTime", "daysSum"], filter, where)} s
    GROUP BY ${key}`;
  return breakdownFigures(
    rows.map((row) => ({
      // Counter 0 and officer "" stand for "not recorded": the key "".
      key: by === "counter" && Number(row.key) === 0 ? "" : String(row.key),
      count: Number(row.count),
      onTime: Number(row.onTime),
      daysSum: Number(row.daysSum),
    })),
  );
}
