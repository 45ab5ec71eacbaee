import "server-only";
import { getDb } from "../db/client";
import { toWibDate, calendarDaysBetween } from "../calendar/working-days";
import { periodOf, previousPeriod, samePeriodLastYear, type Period } from "../periods/periods";
import { getSkmSummaryForFilter } from "../skm/summary-queries";
import { readOpenFigures, type OpenFigures } from "../applications/processing-summary-queries";
import { getProcessingKpis } from "../applications/processing-kpi-queries";
import { getAgencyWithinSlaPercent } from "../applications/agency-performance-queries";
import { getInvestmentTotals } from "../investment/analytics-queries";
import { getComplaintKpis } from "../complaints";
import { getFollowUpKpis } from "../follow-up/queries";
import { getKpiTargets } from "./target-store";
import { KPI_CODES, KPI_DEFINITIONS, type KpiCode } from "./kpi-definitions";
import { kpiChange, kpiStatus, type KpiStatus } from "./status";

export type KpiValues = Record<KpiCode, number | null>;

export type ScorecardEntry = {
  code: KpiCode;
  value: number | null;
  target: number;
  status: KpiStatus;
  previous: number | null;
  change: ReturnType<typeof kpiChange>;
  trend: { key: string; value: number | null }[];
  detailHref: string;
  grade?: string | null;
};

const CUMULATIVE: ReadonlySet<KpiCode> = new Set(["investment_value", "investment_jobs", "permits_issued"]);

/**
 * All KPI values for one period (WIB days, inclusive); `today` bounds "open now" figures (backlog, overdue), which a
 * caller reading several periods passes once as `open`.
 */
export async function getKpiValues(
  period: { from: string; to: string },
  today: string,
  open?: Promise<OpenFigures>,
): Promise<KpiValues & { grade: string | null }> {
  const db = getDb();
  const to = period.to < today ? period.to : today;
  const [skm, processing, investment, complaints, followUps, agencyWithinSla] = await Promise.all([
    getSkmSummaryForFilter({ from: period.from, to, questionnaire: "SKM-2017" }, db),
    getProcessingKpis({ from: period.from, to }, today, db, open),
    getInvestmentTotals({ from: period.from, to }),
    getComplaintKpis({ from: period.from, to, today }, db),
    getFollowUpKpis({ from: period.from, to }, today, db),
    getAgencyWithinSlaPercent({ from: period.from, to }, db),
  ]);
  return {
    ikm: skm.ikm,
    grade: skm.grade,
    on_time_rate: processing.onTimeRate === null ? null : Math.round(processing.onTimeRate * 1000) / 10,
    median_processing_days: processing.medianDays,
    overdue_count: processing.overdue,
    agency_within_sla: agencyWithinSla,
    complaints_within_deadline: complaints.resolvedWithinDeadlinePercent,
    investment_value: Number(investment.investment),
    investment_jobs: investment.workers,
    permits_issued: processing.issued,
    follow_up_on_time: followUps.onTimePercent,
    follow_up_median_days: followUps.medianWorkingDaysToDone,
  };
}

/** Share of the year covered by the period up to today (for pro-rating yearly targets of cumulative KPIs). */
export function fractionOfYear(period: { from: string; to: string }, today: string): number {
  const end = period.to < today ? period.to : today;
  if (end < period.from) return 0;
  const year = Number(period.from.slice(0, 4));
  const daysInYear = calendarDaysBetween(`${year}-01-01`, `${year + 1}-01-01`);
  return (calendarDaysBetween(period.from, end) + 1) / daysInYear;
}

/**
 * The leadership scorecard: each KPI's value for the period, its yearly target (pro-rated for cumulative KPIs),
 * status, change against the same period last year, and a trend over the last six periods of the same kind.
 */
export async function getScorecard(
  period: Period,
  now = new Date(),
): Promise<{ period: Period; comparison: Period; entries: ScorecardEntry[] }> {
  const today = toWibDate(now);
  const comparison = samePeriodLastYear(period);
  const trendPeriods: Period[] = [period];
  if (period.kind !== "custom") {
    while (trendPeriods.length < 6) trendPeriods.unshift(previousPeriod(trendPeriods[0]));
  }
  // Each distinct period is read once: the comparison (same period last year) is one of the trend's periods.
  const reads = new Map<string, ReturnType<typeof getKpiValues>>();
  // The open files (overdue today) are the same for every period: read once.
  const open = readOpenFigures(getDb(), null, null, today);
  const valuesOf = (p: Period) => {
    const key = `${p.from}/${p.to}`;
    if (!reads.has(key)) reads.set(key, getKpiValues(p, today, open));
    return reads.get(key)!;
  };
  const [current, previous, targets, ...trendValues] = await Promise.all([
    valuesOf(period),
    valuesOf(comparison),
    getKpiTargets(Number(period.from.slice(0, 4))),
    ...trendPeriods.slice(0, -1).map(valuesOf),
  ]);
  const fraction = fractionOfYear(period, today);
  const entries = KPI_CODES.map((code): ScorecardEntry => {
    const def = KPI_DEFINITIONS[code];
    const target = targets[code].value;
    const cumulative = CUMULATIVE.has(code);
    return {
      code,
      value: current[code],
      target: cumulative ? Math.round(target * fraction) : target,
      status: kpiStatus(
        current[code],
        target,
        def.direction,
        cumulative ? { cumulative, fractionOfYear: fraction } : {},
      ),
      previous: previous[code],
      change: kpiChange(current[code], previous[code]),
      trend: trendPeriods.map((p, i) => ({
        key: p.key,
        value: i === trendPeriods.length - 1 ? current[code] : trendValues[i][code],
      })),
      detailHref: def.detailHref,
      grade: code === "ikm" ? current.grade : undefined,
    };
  });
  return { period, comparison, entries };
}

/** The default period of the dashboard: the current year to date. */
export function defaultDashboardPeriod(now = new Date()): Period {
  return periodOf("year", toWibDate(now));
}
