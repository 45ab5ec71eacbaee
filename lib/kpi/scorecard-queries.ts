import "server-only";
import { getDb, type Db } from "../db/client";
import { toWibDate, calendarDaysBetween } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
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
import type { DataVersions, VersionedTable } from "./data-versions";
import { cachedUnderVersions, calendarNumber, trustedDataVersions } from "./versioned-cache-queries";

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
type KpiFigures = Partial<KpiValues & { grade: string | null }>;
type Range = { from: string; to: string };

const PROCESSING_STATS: VersionedTable[] = ["ProcessingDayStat", "ProcessingMonthStat"];
const CALENDAR: VersionedTable[] = ["Holiday", "HolidayYear", "Setting"];
/** The processing group leaves the open files out (they are read fresh each time): nothing open, never used. */
const NO_OPEN_FILES: Promise<OpenFigures> = Promise.resolve({ backlog: 0, overdue: 0, firstDue: null, lastDue: null });

/**
 * The scorecard's reads of one period, each with every table it reads (data-versions.ts): a read's figures are kept
 * under those tables' change counters and read again after any write to them. `calendar`: the read also uses the
 * working-day calendar of lib/calendar's process cache, so its figures are kept per calendar loaded too.
 */
const KPI_READS: Record<
  string,
  { tables: VersionedTable[]; calendar?: true; read: (r: Range, today: string, db: Db) => Promise<KpiFigures> }
> = {
  skm: {
    // The population of the margin of error counts the finished applications (processing roll-ups).
    tables: ["SkmDailyAggregate", "SkmMonthlyAggregate", "Setting", "SkmPopulation", ...PROCESSING_STATS],
    read: async (range, _today, db) => {
      const skm = await getSkmSummaryForFilter({ ...range, questionnaire: "SKM-2017" }, db);
      return { ikm: skm.ikm, grade: skm.grade };
    },
  },
  processing: {
    tables: PROCESSING_STATS,
    read: async (range, today, db) => {
      const processing = await getProcessingKpis(range, today, db, NO_OPEN_FILES);
      return {
        on_time_rate: processing.onTimeRate === null ? null : Math.round(processing.onTimeRate * 1000) / 10,
        median_processing_days: processing.medianDays,
        permits_issued: processing.issued,
      };
    },
  },
  investment: {
    tables: ["InvestmentDayStat", "InvestmentMonthStat"],
    read: async (range) => {
      const investment = await getInvestmentTotals(range);
      return { investment_value: Number(investment.investment), investment_jobs: investment.workers };
    },
  },
  complaints: {
    tables: ["Complaint", ...CALENDAR],
    calendar: true,
    read: async (range, today, db) => ({
      complaints_within_deadline: (await getComplaintKpis({ ...range, today }, db)).resolvedWithinDeadlinePercent,
    }),
  },
  followUps: {
    tables: ["FollowUpAction", ...CALENDAR],
    calendar: true,
    read: async (range, today, db) => {
      const followUps = await getFollowUpKpis(range, today, db);
      return {
        follow_up_on_time: followUps.onTimePercent,
        follow_up_median_days: followUps.medianWorkingDaysToDone,
      };
    },
  },
  agency: {
    tables: ["ProcessingStageDayStat", "ProcessingStageMonthStat", "LicenseType"],
    read: async (range, _today, db) => ({ agency_within_sla: await getAgencyWithinSlaPercent(range, db) }),
  },
};

async function readKpiFigures(range: Range, today: string, db: Db, versions: DataVersions | null) {
  const calendar = versions ? calendarNumber(await loadWorkCalendar()) : 0;
  const parts = await Promise.all(
    Object.entries(KPI_READS).map(([name, { tables, read, calendar: usesCalendar }]) => {
      const key = ["kpi", name, range.from, range.to, today, usesCalendar ? calendar : ""];
      return cachedUnderVersions(versions, key, tables, range, () => read(range, today, db));
    }),
  );
  return Object.assign({}, ...parts) as KpiValues & { grade: string | null };
}

/** Reads a caller asking for several periods shares: today's open files and the change counters. */
export type SharedKpiReads = { open?: Promise<OpenFigures>; versions?: Promise<DataVersions | null> };

/**
 * All KPI values for one period (WIB days, inclusive); `today` bounds "open now" figures (backlog, overdue). The
 * open files are read afresh each time; the other figures come from the process's cache when none of the tables
 * they were read from has been written since (data-versions.ts).
 */
export async function getKpiValues(
  period: { from: string; to: string },
  today: string,
  shared: SharedKpiReads = {},
): Promise<KpiValues & { grade: string | null }> {
  const db = getDb();
  const range = { from: period.from, to: period.to < today ? period.to : today };
  const [values, open] = await Promise.all([
    (shared.versions ?? trustedDataVersions(db)).then((versions) => readKpiFigures(range, today, db, versions)),
    shared.open ?? readOpenFigures(db, null, null, today),
  ]);
  return { ...values, overdue_count: open.overdue };
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
  // The open files (overdue today) and the change counters are the same for every period: read once.
  const shared = { open: readOpenFigures(getDb(), null, null, today), versions: trustedDataVersions(getDb()) };
  const valuesOf = (p: Period) => {
    const key = `${p.from}/${p.to}`;
    if (!reads.has(key)) reads.set(key, getKpiValues(p, today, shared));
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
