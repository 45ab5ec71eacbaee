import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { AGENCY_STAGE } from "./agency-clock";
import { agencyWithinSlaPercent, summariseAgencyPerformance, type StageDurationGroup } from "./agency-performance";
import { listRecommendationFiles, type RecommendationFile } from "./agency-queue-queries";

const { sql } = Prisma;
const STAGE_TABLES = { day: "ProcessingStageDayStat", month: "ProcessingStageMonthStat" };

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

const waitingFigures = (file: RecommendationFile) => ({
  agency: file.agency,
  elapsedWorkingDays: file.clock.elapsedWorkingDays,
  isOverdue: file.clock.isOverdue,
});

/** Waiting files past the agency SLA, most overdue first (the list is sorted by remaining days). */
const overdueFiles = (waiting: readonly RecommendationFile[]) =>
  waiting
    .filter((file) => file.clock.isOverdue)
    .map((file) => ({
      registrationNo: file.registrationNo,
      licenseType: file.licenseType.code,
      agency: file.agency,
      startDay: file.clock.startDay,
      dueDate: file.clock.dueDate,
      daysOver: -file.clock.remainingWorkingDays,
    }));

function agencyLicenseTypes(db: Db) {
  return db.licenseType.findMany({ select: { id: true, agency: true, agencySlaDays: true } });
}

/**
 * "Who has the ball" for the processing dashboard: per agency, P50/P90 working days of its recommendations on files
 * finished in the period and the share within its SLA, with what it holds now (waiting, overdue, oldest), and the
 * overdue files themselves (most overdue first). The waiting figures are today's, whatever the period.
 */
export async function getAgencyPerformance(filter: AgencyPerformanceFilter, now: Date, db: Db = getDb()) {
  const [groups, licenseTypes, waiting] = await Promise.all([
    recommendationStageGroups(filter, db),
    agencyLicenseTypes(db),
    listRecommendationFiles({ agency: null, status: "in_process", licenseTypeId: filter.licenseTypeId }, now, db),
  ]);
  const rows = summariseAgencyPerformance(groups, licenseTypes, waiting.map(waitingFigures));
  return {
    rows,
    withinSlaPercent: agencyWithinSlaPercent(rows),
    overdueFiles: overdueFiles(waiting),
  };
}
export type AgencyPerformance = Awaited<ReturnType<typeof getAgencyPerformance>>;

/** The leadership scorecard's agency KPI for a period: recommendations within their agency SLA, in percent. */
export async function getAgencyWithinSlaPercent(period: { from: string; to: string }, db: Db = getDb()) {
  const [groups, licenseTypes] = await Promise.all([
    recommendationStageGroups({ from: period.from, to: period.to }, db),
    agencyLicenseTypes(db),
  ]);
  return agencyWithinSlaPercent(summariseAgencyPerformance(groups, licenseTypes, []));
}

/**
 * For the weekly review: the files waiting for an agency past its SLA today (most overdue first) and, per agency
 * holding files, how many wait and how many of them are overdue.
 */
export async function getOverdueRecommendations(now: Date, db: Db = getDb()) {
  const waiting = await listRecommendationFiles({ agency: null, status: "in_process" }, now, db);
  const rows = summariseAgencyPerformance([], [], waiting.map(waitingFigures));
  return {
    byAgency: rows
      .filter((row) => row.overdue > 0)
      .map((row) => ({ agency: row.agency, waiting: row.waiting, overdue: row.overdue }))
      .sort((a, b) => b.overdue - a.overdue || a.agency.localeCompare(b.agency, "id")),
    files: overdueFiles(waiting),
  };
}
