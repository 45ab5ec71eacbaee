import "server-only";
/**
 * Reads for plan vs realisation (LKPM). Planned investment and project counts come from InvestmentDayStat (kept
 * in step with every application write); reports are summed per reporting period with one portable SQL statement
 * (same text on SQLite and PostgreSQL: only string comparisons, rupiah sums cast to text so bigints stay exact).
 * `computeRealisationSeries` does the arithmetic.
 */
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { periodsBetween } from "../periods/periods";
import type { RealisationGroupBy, TRealisationQuery } from "./realisation-params";
import {
  computeRealisationSeries,
  duePeriods,
  lkpmPeriodKey,
  realisationRatio,
  type LkpmPeriodKind,
  type ProjectDayRow,
  type ReportPeriodRow,
} from "./realisation";

const { raw, empty } = Prisma;

// Whitelisted columns (never user text in SQL): InvestmentDayStat s, Application a.
const STAT_COLUMNS: Record<RealisationGroupBy, string> = { sector: 's."sector"', kecamatan: 's."kecamatanCode"', origin: 's."origin"', scale: 's."scale"' };
const APPLICATION_COLUMNS: Record<RealisationGroupBy, string> = { sector: 'a."sector"', kecamatan: 'a."kecamatanCode"', origin: 'a."origin"', scale: 'a."scale"' };

/** The report rows that match an obligation: the project's scale reports in that kind, issued by the period's end. */
const MATCHING_REPORT = raw(`a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL
  AND a."finishedDay" <= r."periodLastDay"
  AND ((a."scale" = 'kecil' AND r."periodKind" = 'semester') OR (a."scale" IN ('menengah', 'besar') AND r."periodKind" = 'triwulan'))`);

type ProjectSqlRow = { day: string; grp: string | null; scale: string; projects: number | bigint; investment: string };
type ReportSqlRow = { periodLastDay: string; periodKind: string; grp: string | null; reports: number | bigint; onTime: number | bigint | null; realised: string };

async function readProjectDays(to: string, groupBy: RealisationGroupBy | undefined): Promise<ProjectDayRow[]> {
  const group = groupBy ? raw(`NULLIF(${STAT_COLUMNS[groupBy]}, '')`) : raw("NULL");
  const groupKey = groupBy ? raw(`, ${STAT_COLUMNS[groupBy]}`) : empty;
  const rows = await getDb().$queryRaw<ProjectSqlRow[]>`
    SELECT s."day" AS day, ${group} AS grp, s."scale" AS scale, SUM(s."projects") AS projects,
           CAST(SUM(s."investment") AS TEXT) AS investment
    FROM "InvestmentDayStat" s
    WHERE s."scale" IN ('kecil', 'menengah', 'besar') AND s."day" <= ${to}
    GROUP BY s."day", s."scale"${groupKey}`;
  return rows.map((row) => ({ day: row.day, group: row.grp, scale: row.scale, projects: Number(row.projects), investment: BigInt(row.investment) }));
}

async function readReportPeriods(to: string, groupBy: RealisationGroupBy | undefined): Promise<ReportPeriodRow[]> {
  const group = groupBy ? raw(APPLICATION_COLUMNS[groupBy]) : raw("NULL");
  const groupKey = groupBy ? raw(`, ${APPLICATION_COLUMNS[groupBy]}`) : empty;
  const rows = await getDb().$queryRaw<ReportSqlRow[]>`
    SELECT r."periodLastDay" AS "periodLastDay", r."periodKind" AS "periodKind", ${group} AS grp, COUNT(*) AS reports,
           SUM(CASE WHEN r."isOnTime" THEN 1 ELSE 0 END) AS "onTime", CAST(SUM(r."realisedInvestment") AS TEXT) AS realised
    FROM "InvestmentRealisation" r JOIN "Application" a ON a."id" = r."applicationId"
    WHERE r."periodLastDay" <= ${to} AND ${MATCHING_REPORT}
    GROUP BY r."periodLastDay", r."periodKind"${groupKey}`;
  return rows.map((row) => ({
    periodLastDay: row.periodLastDay,
    periodKind: row.periodKind as LkpmPeriodKind,
    group: row.grp === "" ? null : row.grp,
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
  const buckets = periodsBetween(query.interval, query.from, query.to).map((period) => ({ key: period.key, from: period.from, to: period.to }));
  const to = buckets.at(-1)?.to ?? query.to;
  const [projects, reports] = await Promise.all([readProjectDays(to, query.groupBy), readReportPeriods(to, query.groupBy)]);
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
  isLastDueFiled: boolean;
};

type ProjectStatusRow = {
  id: string;
  registrationNo: string;
  applicantName: string | null;
  scale: string;
  issuedDay: string;
  planned: string;
  realised: string | null;
  reports: number | bigint;
  lastPeriodDay: string | null;
};

/**
 * Every obligated project with its cumulative realisation and filing record as of `today`. Reads one row per
 * non-mikro issued project (fine for an office's few thousand; a city-wide million would want paging).
 */
export async function listRealisationProjects(today: string): Promise<RealisationProjectStatus[]> {
  const rows = await getDb().$queryRaw<ProjectStatusRow[]>`
    SELECT a."id" AS id, a."registrationNo" AS "registrationNo", a."applicantName" AS "applicantName", a."scale" AS scale,
           a."finishedDay" AS "issuedDay", CAST(a."investmentValue" AS TEXT) AS planned,
           CAST(SUM(r."realisedInvestment") AS TEXT) AS realised, COUNT(r."id") AS reports, MAX(r."periodLastDay") AS "lastPeriodDay"
    FROM "Application" a LEFT JOIN "InvestmentRealisation" r ON r."applicationId" = a."id"
      AND ((a."scale" = 'kecil' AND r."periodKind" = 'semester') OR (a."scale" IN ('menengah', 'besar') AND r."periodKind" = 'triwulan'))
    WHERE a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL
      AND a."scale" IN ('kecil', 'menengah', 'besar') AND a."finishedDay" < ${today}
    GROUP BY a."id", a."registrationNo", a."applicantName", a."scale", a."finishedDay", a."investmentValue"`;
  return rows.map((row) => {
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
      isLastDueFiled: last === undefined || row.lastPeriodDay === last.lastDay,
    };
  });
}

/** The dashboard's project tables: lowest cumulative ratio first, and those missing the latest owed report. */
export async function getRealisationProjectTables(today: string, limit = 10) {
  const projects = (await listRealisationProjects(today)).filter((project) => project.due > 0);
  const byRatio = [...projects].sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0) || a.registrationNo.localeCompare(b.registrationNo));
  const notFiled = projects.filter((project) => !project.isLastDueFiled).sort((a, b) => (a.issuedDay < b.issuedDay ? -1 : a.issuedDay > b.issuedDay ? 1 : 0));
  return { obligatedProjects: projects.length, lowest: byRatio.slice(0, limit), notFiled: notFiled.slice(0, limit), notFiledCount: notFiled.length };
}


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
      realisations: { select: { year: true, periodKind: true, periodNumber: true, realisedInvestment: true }, orderBy: { periodLastDay: "asc" } },
    },
  });
  if (!project) return null;
  const isObligated = project.status === "issued" && project.investmentValue !== null && project.finishedDay !== null;
  const filed = new Map(project.realisations.map((row) => [lkpmPeriodKey({ year: row.year, kind: row.periodKind as LkpmPeriodKind, number: row.periodNumber }), row.realisedInvestment]));
  const due = isObligated ? duePeriods({ scale: project.scale, issuedDay: project.finishedDay! }, today) : [];
  return {
    registrationNo: project.registrationNo,
    applicantName: project.applicantName,
    scale: project.scale,
    issuedDay: isObligated ? project.finishedDay : null,
    plannedInvestment: project.investmentValue,
    due: due.map((period) => ({ key: lkpmPeriodKey(period), year: period.year, kind: period.kind, number: period.number, realised: filed.get(lkpmPeriodKey(period)) ?? null })),
  };
}
