import "server-only";
import { cache } from "react";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { TouchedYears, calendarWarnings } from "../calendar/coverage";
import { listLicenseTypeLabels } from "../reference/queries";
import { addToHistogram, histogramStats } from "./histogram";
import { onTimeRate } from "./processing-stats";
import { OPEN_STATUSES, STAGES } from "./constants";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";
import type { DataVersions, VersionedTable } from "../kpi/data-versions";

const { sql, join, raw } = Prisma;

export type SummaryFilter = { from: string; to: string; licenseTypeId?: number | null; kecamatanCode?: string | null };

const PROCESSING_TABLES = { day: "ProcessingDayStat", month: "ProcessingMonthStat" };
const STAGE_TABLES = { day: "ProcessingStageDayStat", month: "ProcessingStageMonthStat" };

/** The licence type and kecamatan conditions, over columns the aggregates and Application share. */
function sliceConditions(filter: Pick<SummaryFilter, "licenseTypeId" | "kecamatanCode">): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.licenseTypeId) conditions.push(sql`"licenseTypeId" = ${filter.licenseTypeId}`);
  if (filter.kecamatanCode) conditions.push(sql`"kecamatanCode" = ${filter.kecamatanCode}`);
  return conditions;
}

/**
 * The SQL form of `isOverdueOn` (lib/calendar/working-days.ts), the one definition of an overdue file: the due date
 * passed before the clock stopped (`pausedSince`, a return to the applicant still open) or before today. Only for
 * open files (status in_process or returned); tests/integration/overdue.int.test.ts checks it against the JS rule.
 */
export function overdueSql(today: string): Prisma.Sql {
  return sql`"dueDate" < COALESCE("pausedSince", ${today})`;
}

const OPEN_STATUS_LIST = raw(OPEN_STATUSES.map((status) => `'${status}'`).join(", "));

export type OpenFigures = { backlog: number; overdue: number; firstDue: string | null; lastDue: string | null };

/**
 * Open files now (backlog), how many are overdue, and the span of their due dates (their clocks run into those
 * years): one pass over the open applications. Memoised per request (the scorecard asks once per KPI period).
 */
export const readOpenFigures = cache(
  async (db: Db, licenseTypeId: number | null, kecamatanCode: string | null, today: string): Promise<OpenFigures> => {
    const where = join(
      [sql`"status" IN (${OPEN_STATUS_LIST})`, ...sliceConditions({ licenseTypeId, kecamatanCode })],
      " AND ",
    );
    const [row] = await db.$queryRaw<
      Array<{
        backlog: number | bigint;
        overdue: number | bigint | null;
        firstDue: string | null;
        lastDue: string | null;
      }>
    >`SELECT COUNT(*) AS backlog, SUM(CASE WHEN ${overdueSql(today)} THEN 1 ELSE 0 END) AS overdue,
        MIN("dueDate") AS "firstDue", MAX("dueDate") AS "lastDue"
      FROM "Application" WHERE ${where}`;
    return {
      backlog: Number(row?.backlog ?? 0),
      overdue: Number(row?.overdue ?? 0),
      firstDue: row?.firstDue ?? null,
      lastDue: row?.lastDue ?? null,
    };
  },
);

/** The open overdue files of the filter (overdueSql), the longest overdue first (earliest due date). */
export async function readOverdueFiles(db: Db, filter: SummaryFilter, today: string, limit: number) {
  const where = join([sql`"status" IN (${OPEN_STATUS_LIST})`, overdueSql(today), ...sliceConditions(filter)], " AND ");
  return db.$queryRaw<
    Array<{ registrationNo: string; status: string; currentStage: string; dueDate: string; licenseTypeId: number }>
  >`SELECT "registrationNo", "status", "currentStage", "dueDate", "licenseTypeId" FROM "Application"
    WHERE ${where} ORDER BY "dueDate", "registrationNo" LIMIT ${limit}`;
}

/**
 * The open files of the filter grouped by what their age depends on (clock start, paused days, open pause) and
 * whether they are overdue today (overdueSql): about a thousand groups for tens of thousands of open files. Raw SQL,
 * so the counts arrive as a thousand small rows rather than an ORM groupBy's objects (grouped by position:
 * PostgreSQL would not match the overdue expression's two parameters).
 */
export async function readOpenClockGroups(db: Db, filter: SummaryFilter, today: string) {
  const where = join([sql`"status" IN (${OPEN_STATUS_LIST})`, ...sliceConditions(filter)], " AND ");
  const rows = await db.$queryRaw<
    Array<{
      clockStartDay: string;
      pausedDays: number | bigint;
      pausedSince: string | null;
      overdue: number | bigint;
      count: number | bigint;
    }>
  >`SELECT "clockStartDay" AS "clockStartDay", "pausedDays" AS "pausedDays", "pausedSince" AS "pausedSince",
      CASE WHEN ${overdueSql(today)} THEN 1 ELSE 0 END AS overdue, COUNT(*) AS "count"
    FROM "Application" WHERE ${where}
    GROUP BY 1, 2, 3, 4`;
  return rows.map((row) => ({
    clockStartDay: row.clockStartDay,
    pausedDays: Number(row.pausedDays),
    pausedSince: row.pausedSince,
    isOverdue: Number(row.overdue) === 1,
    count: Number(row.count),
  }));
}

type ProcessingGroup = { licenseTypeId: number; processingDays: number; isOnTime: boolean; count: number };

/** Finished applications of the filter grouped by licence type, working days and on-time (month roll-ups + days). */
export async function readProcessingGroups(db: Db, filter: SummaryFilter): Promise<ProcessingGroup[]> {
  const rows = await db.$queryRaw<
    Array<{ licenseTypeId: number; processingDays: number; isOnTime: boolean | number; count: number | bigint }>
  >`SELECT s."licenseTypeId" AS "licenseTypeId", s."processingDays" AS "processingDays", s."isOnTime" AS "isOnTime",
      SUM(s."count") AS "count"
    FROM ${rollUpRows(PROCESSING_TABLES, ["licenseTypeId", "processingDays", "isOnTime", "count"], filter, sliceConditions(filter))} s
    GROUP BY s."licenseTypeId", s."processingDays", s."isOnTime"`;
  return rows.map((row) => ({
    licenseTypeId: Number(row.licenseTypeId),
    processingDays: Number(row.processingDays),
    isOnTime: row.isOnTime === true || Number(row.isOnTime) === 1,
    count: Number(row.count),
  }));
}

/** Finished applications of the filter per month "YYYY-MM" (completed, on time and issued). */
export async function readProcessingMonths(db: Db, filter: SummaryFilter) {
  const rows = await db.$queryRaw<
    Array<{ month: string; completed: number | bigint; onTime: number | bigint; issued: number | bigint }>
  >`SELECT substr(s."day", 1, 7) AS month, SUM(s."count") AS completed,
      SUM(CASE WHEN s."isOnTime" THEN s."count" ELSE 0 END) AS "onTime", SUM(s."issued") AS issued
    FROM ${rollUpRows(PROCESSING_TABLES, ["isOnTime", "count", "issued"], filter, sliceConditions(filter))} s
    GROUP BY substr(s."day", 1, 7) ORDER BY 1`;
  return rows.map((row) => ({
    month: row.month,
    completed: Number(row.completed),
    onTime: Number(row.onTime),
    issued: Number(row.issued),
  }));
}

/** Applications finished in [from, to] (issued, rejected or withdrawn) and of those the licences issued. */
export async function countFinishedApplications(
  filter: SummaryFilter,
  db: Db = getDb(),
): Promise<{ finished: number; issued: number }> {
  const months = await readProcessingMonths(db, filter);
  return {
    finished: months.reduce((sum, month) => sum + month.completed, 0),
    issued: months.reduce((sum, month) => sum + month.issued, 0),
  };
}

async function readStageGroups(db: Db, filter: SummaryFilter) {
  const rows = await db.$queryRaw<Array<{ stage: string; durationDays: number; count: number | bigint }>>`
    SELECT s."stage" AS stage, s."durationDays" AS "durationDays", SUM(s."count") AS "count"
    FROM ${rollUpRows(STAGE_TABLES, ["stage", "durationDays", "count"], filter, sliceConditions(filter))} s
    GROUP BY s."stage", s."durationDays"`;
  return rows.map((row) => ({ stage: row.stage, durationDays: Number(row.durationDays), count: Number(row.count) }));
}

/**
 * The processing summary of issue 5 for applications finished in [from, to] (WIB days): completed, onTime,
 * onTimeRate, median/p90/mean working days; backlog (open now) and overdue; median working days per stage; the
 * same per licence type. Counted in the database from the day aggregates and their month roll-ups (whole months
 * from the month rows), with or without a licence type and kecamatan filter.
 */
export async function getProcessingSummary(filter: SummaryFilter, now = new Date(), db: Db = getDb()) {
  return (await summarise(filter, now, db)).summary;
}
export type ProcessingSummary = Awaited<ReturnType<typeof getProcessingSummary>>;

const ROLL_UP_TABLES: VersionedTable[] = [
  "ProcessingDayStat",
  "ProcessingMonthStat",
  "ProcessingStageDayStat",
  "ProcessingStageMonthStat",
  "LicenseType",
];

/**
 * The summary and the working-day histogram it was computed from ({ days → count }, for the dashboard). The
 * figures of the finished files are kept under their roll-ups' change counters (lib/kpi/versioned-cache-queries.ts), the
 * open files (backlog, overdue) under the applications' counter and today's date; the calendar's warnings are
 * computed each time.
 */
export async function summarise(
  filter: SummaryFilter,
  now: Date,
  db: Db,
  versionsRead: Promise<DataVersions | null> = trustedDataVersions(db),
) {
  const today = toWibDate(now);
  const slice = [filter.licenseTypeId ?? null, filter.kecamatanCode ?? null] as const;
  const versions = await versionsRead;
  const [finished, open, cal] = await Promise.all([
    cachedUnderVersions(
      versions,
      ["processing-summary", filter.from, filter.to, ...slice],
      ROLL_UP_TABLES,
      filter,
      () => summariseFinished(filter, db),
    ),
    // Today's open files, kept until an application is written (or the day changes).
    cachedUnderVersions(versions, ["open-figures", today, ...slice], ["Application"], { from: today, to: today }, () =>
      readOpenFigures(db, ...slice, today),
    ),
    loadWorkCalendar(db),
  ]);
  // Working days were counted in the period, today (backlog, overdue) and up to the open files' due dates.
  const touched = new TouchedYears().add(filter.from, filter.to, today, open.firstDue, open.lastDue);
  const { byStage, byLicenseType, ...figures } = finished.summary;
  const summary = {
    ...figures,
    backlog: open.backlog,
    overdue: open.overdue,
    /** Years without (or with a provisional) holiday list that these figures were counted over (issue 13). */
    calendarWarnings: calendarWarnings(cal, touched),
    byStage,
    byLicenseType,
  };
  return { summary, histogram: finished.histogram };
}

/** The figures of the files finished in the filter's period, from the roll-ups only. */
async function summariseFinished(filter: SummaryFilter, db: Db) {
  const [grouped, stageGroups, licenseTypes] = await Promise.all([
    readProcessingGroups(db, filter),
    readStageGroups(db, filter),
    listLicenseTypeLabels(db),
  ]);

  const all = new Map<number, number>();
  let onTime = 0;
  const perType = new Map<number, { histogram: Map<number, number>; onTime: number }>();
  for (const group of grouped) {
    addToHistogram(all, group.processingDays, group.count);
    const entry = perType.get(group.licenseTypeId) ?? { histogram: new Map(), onTime: 0 };
    addToHistogram(entry.histogram, group.processingDays, group.count);
    if (group.isOnTime) {
      onTime += group.count;
      entry.onTime += group.count;
    }
    perType.set(group.licenseTypeId, entry);
  }
  const stats = histogramStats(all);
  const stageHistograms = new Map<string, Map<number, number>>();
  for (const group of stageGroups) {
    const histogram = stageHistograms.get(group.stage) ?? new Map<number, number>();
    addToHistogram(histogram, group.durationDays, group.count);
    stageHistograms.set(group.stage, histogram);
  }
  const byType = new Map(licenseTypes.map((lt) => [lt.id, lt]));
  const summary = {
    from: filter.from,
    to: filter.to,
    completed: stats.count,
    onTime,
    onTimeRate: onTimeRate(onTime, stats.count),
    medianDays: stats.median,
    p90Days: stats.p90,
    meanDays: stats.mean,
    byStage: STAGES.filter((stage) => stage !== "penyerahan").map((stage) => {
      const s = histogramStats(stageHistograms.get(stage) ?? new Map());
      return { stage, count: s.count, medianDays: s.median, meanDays: s.mean };
    }),
    byLicenseType: [...perType.entries()]
      .map(([id, entry]) => {
        const s = histogramStats(entry.histogram);
        const lt = byType.get(id);
        return {
          licenseType: lt?.code ?? String(id),
          name: lt?.name ?? "",
          nameEn: lt?.nameEn ?? "",
          slaDays: lt?.slaDays ?? null,
          completed: s.count,
          onTime: entry.onTime,
          onTimeRate: onTimeRate(entry.onTime, s.count),
          medianDays: s.median,
          p90Days: s.p90,
          meanDays: s.mean,
        };
      })
      .sort((a, b) => a.licenseType.localeCompare(b.licenseType)),
  };
  return { summary, histogram: all as ReadonlyMap<number, number> };
}
