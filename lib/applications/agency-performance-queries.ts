import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { listLicenseTypeAgencySlas } from "../reference/queries";
import { AGENCY_STAGE } from "./agency-clock";
import { agencyWithinSlaPercent, summariseAgencyPerformance, type StageDurationGroup } from "./agency-performance";
import { getAgencyHolding } from "./agency-holding-queries";
import type { WaitingUnit } from "./agency-holding";
import { cachedUnderVersions, calendarNumber, trustedDataVersions } from "../kpi/versioned-cache-queries";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import type { VersionedTable } from "../kpi/data-versions";

const { sql } = Prisma;
const STAGE_TABLES = { day: "ProcessingStageDayStat", month: "ProcessingStageMonthStat" };
const AGENCY_TABLES: VersionedTable[] = ["ProcessingStageDayStat", "ProcessingStageMonthStat", "LicenseType"];
const HOLDING_TABLES: VersionedTable[] = ["Application", "LicenseType"];

export type AgencyPerformanceFilter = {
  from: string;
  to: string;
  licenseTypeId?: number | null;
  kecamatanCode?: string | null;
};

/**
 * Closed recommendation stages of the files finished in [from, to] (WIB days), grouped by licence type and working
 * days: from the stage aggregates (whole months from ProcessingStageMonthStat, the edge days from
 * ProcessingStageDayStat), which carry the licence type and kecamatan of the file, never from the events.
 */
async function recommendationStageGroups(filter: AgencyPerformanceFilter, db: Db): Promise<StageDurationGroup[]> {
  const conditions = [sql`"stage" = ${AGENCY_STAGE}`];
  if (filter.licenseTypeId) conditions.push(sql`"licenseTypeId" = ${filter.licenseTypeId}`);
  if (filter.kecamatanCode) conditions.push(sql`"kecamatanCode" = ${filter.kecamatanCode}`);
  const rows = await db.$queryRaw<Array<{ licenseTypeId: number; durationDays: number; count: number | bigint }>>`
    SELECT s."licenseTypeId" AS "licenseTypeId", s."durationDays" AS "durationDays", SUM(s."count") AS "count"
    FROM ${rollUpRows(STAGE_TABLES, ["licenseTypeId", "durationDays", "count"], filter, conditions)} s
    GROUP BY s."licenseTypeId", s."durationDays"`;
  return rows.map((row) => ({
    licenseTypeId: Number(row.licenseTypeId),
    durationDays: Number(row.durationDays),
    count: Number(row.count),
  }));
}

/** How many overdue files the dashboards list (the most overdue first); the count covers them all. */
export const OVERDUE_FILES_LISTED = 20;

const waitingFigures = (unit: WaitingUnit) => ({
  agency: unit.agency,
  elapsedWorkingDays: unit.clock.elapsedWorkingDays,
  isOverdue: unit.clock.isOverdue,
  count: unit.count,
});

/**
 * "Who has the ball" for the processing dashboard: per agency, P50/P90 working days of its recommendations on files
 * finished in the period and the share within its SLA, with what it holds now (waiting, overdue, oldest), and the
 * most overdue files (most overdue first). The waiting figures are today's, whatever the period.
 */
export async function getAgencyPerformance(filter: AgencyPerformanceFilter, now: Date, db: Db = getDb()) {
  // The finished files' stages come from the roll-ups, kept under their change counters (lib/kpi/versioned-cache-queries.ts);
  // what the agencies hold now is kept under the applications' counter (events are written with their application),
  // the licence types' (agency SLAs), the working-day calendar in use and today's date.
  const versions = await trustedDataVersions(db);
  const slice = [filter.licenseTypeId ?? null, filter.kecamatanCode ?? null];
  const today = toWibDate(now);
  const calendar = versions ? calendarNumber(await loadWorkCalendar(db)) : 0;
  const [[groups, licenseTypes], holding] = await Promise.all([
    cachedUnderVersions(versions, ["agency-stages", filter.from, filter.to, ...slice], AGENCY_TABLES, filter, () =>
      Promise.all([recommendationStageGroups(filter, db), listLicenseTypeAgencySlas(db)]),
    ),
    cachedUnderVersions(
      versions,
      ["agency-holding", today, calendar, filter.licenseTypeId ?? null, OVERDUE_FILES_LISTED],
      HOLDING_TABLES,
      { from: today, to: today },
      () => getAgencyHolding({ licenseTypeId: filter.licenseTypeId, limit: OVERDUE_FILES_LISTED }, now, db),
    ),
  ]);
  const rows = summariseAgencyPerformance(groups, licenseTypes, holding.units.map(waitingFigures));
  return {
    rows,
    withinSlaPercent: agencyWithinSlaPercent(rows),
    /** The most overdue files (at most OVERDUE_FILES_LISTED) and how many are overdue in all. */
    overdueFiles: holding.overdueFiles,
    overdueCount: holding.overdueCount,
  };
}
export type AgencyPerformance = Awaited<ReturnType<typeof getAgencyPerformance>>;

/** The leadership scorecard's agency KPI for a period: recommendations within their agency SLA, in percent. */
export async function getAgencyWithinSlaPercent(period: { from: string; to: string }, db: Db = getDb()) {
  const [groups, licenseTypes] = await Promise.all([
    recommendationStageGroups({ from: period.from, to: period.to }, db),
    listLicenseTypeAgencySlas(db),
  ]);
  return agencyWithinSlaPercent(summariseAgencyPerformance(groups, licenseTypes, []));
}

/**
 * For the weekly review: the files waiting for an agency past its SLA today (most overdue first) and, per agency
 * holding files, how many wait and how many of them are overdue.
 */
export async function getOverdueRecommendations(now: Date, db: Db = getDb()) {
  const holding = await getAgencyHolding({ limit: OVERDUE_FILES_LISTED }, now, db);
  const rows = summariseAgencyPerformance([], [], holding.units.map(waitingFigures));
  return {
    byAgency: rows
      .filter((row) => row.overdue > 0)
      .map((row) => ({ agency: row.agency, waiting: row.waiting, overdue: row.overdue }))
      .sort((a, b) => b.overdue - a.overdue || a.agency.localeCompare(b.agency, "id")),
    files: holding.overdueFiles,
    overdueCount: holding.overdueCount,
  };
}
