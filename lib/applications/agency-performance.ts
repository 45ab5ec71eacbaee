/**
 * "Who has the ball" (issue 20): per technical agency, how long its recommendation stage took on the files finished
 * in a period (median = P50 and nearest-rank P90 of working days, lib/applications/histogram.ts), the share of
 * those recommendations given within the agency SLA, and what it holds now (files waiting, overdue, the oldest).
 * Within SLA = the stage's working days ≤ the licence type's agency SLA. Pure: the database groups and counts.
 */
import { addToHistogram, histogramStats } from "./histogram";

/** Closed recommendation stages grouped by licence type and working days (ProcessingStageDayStat rows). */
export type StageDurationGroup = { licenseTypeId: number; durationDays: number; count: number };
export type AgencyLicenseType = { id: number; agency: string; agencySlaDays: number };
/**
 * Files waiting for their agency now with the same agency clock (lib/applications/agency-clock.ts): `count` files
 * (one when absent).
 */
export type WaitingRecommendation = { agency: string; elapsedWorkingDays: number; isOverdue: boolean; count?: number };

export type AgencyPerformanceRow = {
  agency: string;
  /** Recommendations (closed stages) on files finished in the period. */
  completed: number;
  withinSla: number;
  /** withinSla ÷ completed, null without recommendations. */
  withinSlaRate: number | null;
  medianDays: number | null;
  p90Days: number | null;
  meanDays: number | null;
  waiting: number;
  overdue: number;
  /** Working days the longest-waiting file has spent with the agency, null when none waits. */
  oldestWaitingDays: number | null;
};

/** Rows sorted by agency name; an agency appears when it has recommendations or waiting files. */
export function summariseAgencyPerformance(
  groups: readonly StageDurationGroup[],
  licenseTypes: readonly AgencyLicenseType[],
  waiting: readonly WaitingRecommendation[],
): AgencyPerformanceRow[] {
  const typeById = new Map(licenseTypes.map((lt) => [lt.id, lt]));
  const entries = new Map<
    string,
    { histogram: Map<number, number>; withinSla: number; waiting: number; overdue: number; oldest: number | null }
  >();
  const entryOf = (agency: string) => {
    let entry = entries.get(agency);
    if (!entry) {
      entry = { histogram: new Map(), withinSla: 0, waiting: 0, overdue: 0, oldest: null };
      entries.set(agency, entry);
    }
    return entry;
  };
  for (const group of groups) {
    const type = typeById.get(group.licenseTypeId);
    if (!type || !type.agency || group.count <= 0) continue;
    const entry = entryOf(type.agency);
    addToHistogram(entry.histogram, group.durationDays, group.count);
    if (group.durationDays <= type.agencySlaDays) entry.withinSla += group.count;
  }
  for (const file of waiting) {
    if ((file.count ?? 1) <= 0) continue;
    const entry = entryOf(file.agency);
    const count = file.count ?? 1;
    entry.waiting += count;
    if (file.isOverdue) entry.overdue += count;
    entry.oldest = entry.oldest === null ? file.elapsedWorkingDays : Math.max(entry.oldest, file.elapsedWorkingDays);
  }
  return [...entries.entries()]
    .map(([agency, entry]) => {
      const stats = histogramStats(entry.histogram);
      return {
        agency,
        completed: stats.count,
        withinSla: entry.withinSla,
        withinSlaRate: stats.count === 0 ? null : entry.withinSla / stats.count,
        medianDays: stats.median,
        p90Days: stats.p90,
        meanDays: stats.mean,
        waiting: entry.waiting,
        overdue: entry.overdue,
        oldestWaitingDays: entry.oldest,
      };
    })
    .sort((a, b) => a.agency.localeCompare(b.agency, "id"));
}

/**
 * The scorecard's agency KPI: recommendations within their agency SLA as a percentage of all recommendations on
 * files finished in the period (one decimal), null without any.
 */
export function agencyWithinSlaPercent(rows: readonly Pick<AgencyPerformanceRow, "completed" | "withinSla">[]) {
  let completed = 0;
  let within = 0;
  for (const row of rows) {
    completed += row.completed;
    within += row.withinSla;
  }
  return completed === 0 ? null : Math.round((within / completed) * 1000) / 10;
}
