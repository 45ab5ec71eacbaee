import "server-only";
/**
 * Reads for plan vs realisation (LKPM). Planned investment and project counts come from InvestmentDayStat (kept
 * in step with every application write); reports are summed per reporting period with one portable SQL statement
 * (same text on SQLite and PostgreSQL: only string comparisons, rupiah sums cast to text so bigints stay exact).
 * `computeRealisationSeries` does the arithmetic.
 */
import { cache } from "react";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { periodsBetween } from "../periods/periods";
import { addCalendarDays } from "../calendar/working-days";
import type { RealisationGroupBy, TRealisationQuery } from "./realisation-params";
import { computeRealisationSeries, type ProjectDayRow, type ReportPeriodRow } from "./realisation";
import {
  duePeriods,
  lkpmPeriodContaining,
  lkpmPeriodKey,
  realisationRatio,
  type LkpmPeriodKind,
} from "./lkpm-schedule";

const { sql, raw, empty } = Prisma;

// Whitelisted columns (never user text in SQL) of InvestmentMonthStat and LkpmPeriodStat (s).
const STAT_COLUMNS: Record<RealisationGroupBy, string> = {
  sector: 's."sector"',
  kecamatan: 's."kecamatanCode"',
  origin: 's."origin"',
  scale: 's."scale"',
};

type ProjectSqlRow = {
  month: string;
  grp: string | null;
  scale: string;
  projects: number | bigint;
  investment: string;
};
type ReportSqlRow = {
  periodLastDay: string;
  periodKind: string;
  grp: string | null;
  reports: number | bigint;
  onTime: number | bigint | null;
  realised: string;
};

/**
 * Projects that file LKPM (kecil, menengah, besar) per issue month up to `to` (a period's last day), from the month
 * roll-up of the investment aggregates. A month row stands for its first day: `issued ≤ a period's last day` is the
 * same test for every day of the month, because reporting periods end on a month's last day.
 */
async function readProjectMonths(to: string, groupBy: RealisationGroupBy | undefined): Promise<ProjectDayRow[]> {
  const group = groupBy ? raw(`NULLIF(${STAT_COLUMNS[groupBy]}, '')`) : raw("NULL");
  const groupKey = groupBy ? raw(`, ${STAT_COLUMNS[groupBy]}`) : empty;
  const rows = await getDb().$queryRaw<ProjectSqlRow[]>`
    SELECT s."month" AS month, ${group} AS grp, s."scale" AS scale, SUM(s."projects") AS projects,
           CAST(SUM(s."investment") AS TEXT) AS investment
    FROM "InvestmentMonthStat" s
    WHERE s."scale" IN ('kecil', 'menengah', 'besar') AND s."month" <= ${to.slice(0, 7)}
    GROUP BY s."month", s."scale"${groupKey}`;
  return rows.map((row) => ({
    day: `${row.month}-01`,
    group: row.grp,
    scale: row.scale,
    projects: Number(row.projects),
    investment: BigInt(row.investment),
  }));
}

/** Counted LKPM reports summed per reporting period (and group) up to `to`, from LkpmPeriodStat. */
async function readReportPeriods(to: string, groupBy: RealisationGroupBy | undefined): Promise<ReportPeriodRow[]> {
  const group = groupBy ? raw(`NULLIF(${STAT_COLUMNS[groupBy]}, '')`) : raw("NULL");
  const groupKey = groupBy ? raw(`, ${STAT_COLUMNS[groupBy]}`) : empty;
  const rows = await getDb().$queryRaw<ReportSqlRow[]>`
    SELECT s."periodLastDay" AS "periodLastDay", s."periodKind" AS "periodKind", ${group} AS grp,
           SUM(s."reports") AS reports, SUM(s."onTime") AS "onTime", CAST(SUM(s."realised") AS TEXT) AS realised
    FROM "LkpmPeriodStat" s
    WHERE s."periodLastDay" <= ${to}
    GROUP BY s."periodLastDay", s."periodKind"${groupKey}`;
  return rows.map((row) => ({
    periodLastDay: row.periodLastDay,
    periodKind: row.periodKind as LkpmPeriodKind,
    group: row.grp,
    reports: Number(row.reports),
    onTime: Number(row.onTime ?? 0),
    realised: BigInt(row.realised),
  }));
}

/**
 * Plan vs realisation per quarter or year (and group) over the whole quarters/years overlapping from…to, as of
 * `today` (WIB): periods not yet ended owe nothing.
 */
export async function getRealisationSeries(query: TRealisationQuery, today: string) {
  const buckets = periodsBetween(query.interval, query.from, query.to).map((period) => ({
    key: period.key,
    from: period.from,
    to: period.to,
  }));
  const to = buckets.at(-1)?.to ?? query.to;
  const [projects, reports] = await Promise.all([
    readProjectMonths(to, query.groupBy),
    readReportPeriods(to, query.groupBy),
  ]);
  return computeRealisationSeries({ buckets, projects, reports, today, isGrouped: query.groupBy !== undefined });
}

export type RealisationProjectStatus = {
  id: string;
  registrationNo: string;
  applicantName: string | null;
  scale: string;
  issuedDay: string;
  plannedInvestment: bigint;
  realisedInvestment: bigint;
  ratio: number | null;
  due: number;
  filed: number;
  lastDue: string | null;
};

export type ProjectStatusRow = {
  id: string;
  registrationNo: string;
  applicantName: string | null;
  scale: string;
  issuedDay: string;
  planned: string;
  realised: string | null;
  reports: number | bigint;
};

/** Last day of the latest ended triwulan and semester as of `today` (the latest periods a report can be owed for). */
export function lastEndedPeriodDays(today: string): { triwulan: string; semester: string } {
  return {
    triwulan: addCalendarDays(lkpmPeriodContaining("triwulan", today).firstDay, -1),
    semester: addCalendarDays(lkpmPeriodContaining("semester", today).firstDay, -1),
  };
}

/** The report (r) is of the kind the project's (a) scale files. */
export const KIND_MATCH = raw(
  `((a."scale" = 'kecil' AND r."periodKind" = 'semester') OR (a."scale" IN ('menengah', 'besar') AND r."periodKind" = 'triwulan'))`,
);

export function toStatus(row: ProjectStatusRow, today: string): RealisationProjectStatus {
  const due = duePeriods({ scale: row.scale, issuedDay: row.issuedDay }, today);
  const planned = BigInt(row.planned);
  const realised = BigInt(row.realised ?? "0");
  const last = due.at(-1);
  return {
    id: row.id,
    registrationNo: row.registrationNo,
    applicantName: row.applicantName,
    scale: row.scale,
    issuedDay: row.issuedDay,
    plannedInvestment: planned,
    realisedInvestment: realised,
    ratio: realisationRatio(realised, planned),
    due: due.length,
    filed: Number(row.reports),
    lastDue: last ? lkpmPeriodKey(last) : null,
  };
}

/** An obligated project of LkpmProjectStat (s) as of the latest ended periods (not indexable: keeps the ordered scans). */
export function owesReportStatSql(last: { triwulan: string; semester: string }) {
  return sql`s."finishedDay" <= CASE WHEN s."kind" = 'semester' THEN ${last.semester} ELSE ${last.triwulan} END`;
}

/** A project of LkpmProjectStat (s) that has not filed the report of the latest ended period its scale reports for. */
export function missingLatestStatSql(last: { triwulan: string; semester: string }) {
  return sql`NOT EXISTS (SELECT 1 FROM "InvestmentRealisation" r WHERE r."applicationId" = s."applicationId"
    AND r."periodKind" = s."kind" AND r."periodLastDay" = CASE WHEN s."kind" = 'semester' THEN ${last.semester} ELSE ${last.triwulan} END)`;
}

/** The columns of a ProjectStatusRow and the FROM clause: LkpmProjectStat s with its Application a. */
export const STAT_PROJECT_COLUMNS =
  raw(`a."id" AS id, a."registrationNo" AS "registrationNo", a."applicantName" AS "applicantName",
    a."scale" AS scale, a."finishedDay" AS "issuedDay", CAST(a."investmentValue" AS TEXT) AS planned,
    CAST(s."realised" AS TEXT) AS realised, s."reports" AS reports
    FROM "LkpmProjectStat" s JOIN "Application" a ON a."id" = s."applicationId"`);

/**
 * Obligated projects, and those of them that filed the report of their latest owed period. Obligated: two range
 * counts over LkpmProjectStat (kind, finishedDay). Filed: the latest periods' report counts of LkpmPeriodStat (which
 * counts the reports of issued projects with a declared investment, issued by the period's end, of their scale's
 * kind — one report per project and period), less those of projects whose declared investment is not positive
 * (LkpmProjectStat leaves them out; normally none, found through the (status, investmentValue) index).
 */
export async function countObligated(last: { triwulan: string; semester: string }) {
  const [row] = await getDb().$queryRaw<
    Array<{ obligated: number | bigint; filed: number | bigint | null; unplanned: number | bigint }>
  >`
    SELECT (SELECT COUNT(*) FROM "LkpmProjectStat" s WHERE s."kind" = 'semester' AND s."finishedDay" <= ${last.semester})
         + (SELECT COUNT(*) FROM "LkpmProjectStat" s WHERE s."kind" = 'triwulan' AND s."finishedDay" <= ${last.triwulan}) AS obligated,
      (SELECT SUM(p."reports") FROM "LkpmPeriodStat" p WHERE (p."periodKind" = 'semester' AND p."periodLastDay" = ${last.semester})
         OR (p."periodKind" = 'triwulan' AND p."periodLastDay" = ${last.triwulan})) AS filed,
      (SELECT COUNT(*) FROM "Application" a JOIN "InvestmentRealisation" r ON r."applicationId" = a."id"
       WHERE a."status" = 'issued' AND a."investmentValue" <= 0 AND a."finishedDay" IS NOT NULL AND ${KIND_MATCH}
         AND r."periodLastDay" = CASE WHEN r."periodKind" = 'semester' THEN ${last.semester} ELSE ${last.triwulan} END
         AND a."finishedDay" <= r."periodLastDay") AS unplanned`;
  const obligated = Number(row?.obligated ?? 0);
  return { obligated, missing: obligated - (Number(row?.filed ?? 0) - Number(row?.unplanned ?? 0)) };
}

/**
 * The dashboard's project tables as of `today`: the obligated projects with the lowest cumulative realisation
 * ratio, and those that have not filed their latest owed report (oldest licences first), with counts. Read from
 * LkpmProjectStat (kept by triggers): "lowest" walks its (ratio, registrationNo) index and "not filed" its
 * (finishedDay, registrationNo) index, each stopping after `limit` obligated rows; the counts are range counts and
 * roll-up rows. Same rows as joining every project to its reports (tests/integration/realisation-project-tables),
 * on PostgreSQL up to ratios that differ only past a double's precision. Once per request (both tables ask).
 */
export const getRealisationProjectTables = cache(async (today: string, limit = 10) => {
  const db = getDb();
  const last = lastEndedPeriodDays(today);
  const owes = owesReportStatSql(last);
  const [counts, lowest, notFiled] = await Promise.all([
    countObligated(last),
    db.$queryRaw<ProjectStatusRow[]>`
      SELECT ${STAT_PROJECT_COLUMNS} WHERE ${owes} ORDER BY s."ratio", s."registrationNo" LIMIT ${limit}`,
    db.$queryRaw<ProjectStatusRow[]>`
      SELECT ${STAT_PROJECT_COLUMNS} WHERE ${owes} AND ${missingLatestStatSql(last)}
      ORDER BY s."finishedDay", s."registrationNo" LIMIT ${limit}`,
  ]);
  return {
    obligatedProjects: counts.obligated,
    notFiledCount: counts.missing,
    lowest: lowest.map((row) => toStatus(row, today)),
    notFiled: notFiled.map((row) => toStatus(row, today)),
  };
});

/** One project for the input page's finder: its LKPM schedule as of `today` and which due periods were filed. */
export async function findRealisationProject(registrationNo: string, today: string) {
  const project = await getDb().application.findUnique({
    where: { registrationNo },
    select: {
      id: true,
      registrationNo: true,
      applicantName: true,
      status: true,
      scale: true,
      finishedDay: true,
      investmentValue: true,
      realisations: {
        select: { year: true, periodKind: true, periodNumber: true, realisedInvestment: true },
        orderBy: { periodLastDay: "asc" },
      },
    },
  });
  if (!project) return null;
  const isObligated = project.status === "issued" && project.investmentValue !== null && project.finishedDay !== null;
  const filed = new Map(
    project.realisations.map((row) => [
      lkpmPeriodKey({ year: row.year, kind: row.periodKind as LkpmPeriodKind, number: row.periodNumber }),
      row.realisedInvestment,
    ]),
  );
  const due = isObligated ? duePeriods({ scale: project.scale, issuedDay: project.finishedDay! }, today) : [];
  return {
    registrationNo: project.registrationNo,
    applicantName: project.applicantName,
    scale: project.scale,
    issuedDay: isObligated ? project.finishedDay : null,
    plannedInvestment: project.investmentValue,
    due: due.map((period) => ({
      key: lkpmPeriodKey(period),
      year: period.year,
      kind: period.kind,
      number: period.number,
      realised: filed.get(lkpmPeriodKey(period)) ?? null,
    })),
  };
}
