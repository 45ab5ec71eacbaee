// The realisation page's project tables as they were computed before LkpmProjectStat (issue 15): every obligated
// project joined to its reports, ranked in SQL. Kept verbatim as the reference the stored roll-up must reproduce
// (tests/integration/realisation-project-tables.int.test.ts on both engines, bench/investment-realisation.ts on the
// 1M-project file).
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { KIND_MATCH, lastEndedPeriodDays, toStatus, type ProjectStatusRow } from "@/lib/investment/realisation-queries";

const { sql, raw, empty } = Prisma;

/** Issued projects that owe at least one report by `today`: their first period has ended. */
function owesReportSql(last: { triwulan: string; semester: string }) {
  return sql`a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."investmentValue" > 0 AND a."finishedDay" IS NOT NULL
    AND ((a."scale" = 'kecil' AND a."finishedDay" <= ${last.semester}) OR (a."scale" IN ('menengah', 'besar') AND a."finishedDay" <= ${last.triwulan}))`;
}

/** The project has not filed the report of the latest ended period its scale reports for. */
function missingLatestReportSql(last: { triwulan: string; semester: string }) {
  return sql`NOT EXISTS (SELECT 1 FROM "InvestmentRealisation" r WHERE r."applicationId" = a."id" AND ${KIND_MATCH}
    AND r."periodLastDay" = CASE WHEN a."scale" = 'kecil' THEN ${last.semester} ELSE ${last.triwulan} END)`;
}

const PROJECT_COLUMNS =
  raw(`a."id" AS id, a."registrationNo" AS "registrationNo", a."applicantName" AS "applicantName", a."scale" AS scale,
    a."finishedDay" AS "issuedDay", CAST(a."investmentValue" AS TEXT) AS planned`);

export async function referenceProjectTables(today: string, limit = 10) {
  const db = getDb();
  const last = lastEndedPeriodDays(today);
  const owes = owesReportSql(last);
  const missingLatest = missingLatestReportSql(last);
  const columns = PROJECT_COLUMNS;
  const [counts, lowest, notFiled] = await Promise.all([
    db.$queryRaw<Array<{ obligated: number | bigint; missing: number | bigint | null }>>(sql`
      SELECT COUNT(*) AS obligated, SUM(CASE WHEN ${missingLatest} THEN 1 ELSE 0 END) AS missing
      FROM "Application" a WHERE ${owes}`),
    db.$queryRaw<ProjectStatusRow[]>(sql`
      SELECT ${columns}, CAST(SUM(r."realisedInvestment") AS TEXT) AS realised, COUNT(r."id") AS reports
      FROM "Application" a LEFT JOIN "InvestmentRealisation" r ON r."applicationId" = a."id" AND ${KIND_MATCH}
      WHERE ${owes}
      GROUP BY a."id", a."registrationNo", a."applicantName", a."scale", a."finishedDay", a."investmentValue"
      ORDER BY COALESCE(SUM(r."realisedInvestment"), 0) * 1.0 / a."investmentValue", a."registrationNo"
      LIMIT ${limit}`),
    db.$queryRaw<ProjectStatusRow[]>(sql`
      SELECT ${columns}, (SELECT CAST(SUM(r."realisedInvestment") AS TEXT) FROM "InvestmentRealisation" r WHERE r."applicationId" = a."id" AND ${KIND_MATCH}) AS realised,
             (SELECT COUNT(*) FROM "InvestmentRealisation" r WHERE r."applicationId" = a."id" AND ${KIND_MATCH}) AS reports
      FROM "Application" a
      WHERE ${owes} AND ${missingLatest}
      ORDER BY a."finishedDay", a."registrationNo"
      LIMIT ${limit}`),
  ]);
  return {
    obligatedProjects: Number(counts[0]?.obligated ?? 0),
    notFiledCount: Number(counts[0]?.missing ?? 0),
    lowest: lowest.map((row) => toStatus(row, today)),
    notFiled: notFiled.map((row) => toStatus(row, today)),
  };
}

const LIST_ORDER = {
  issued: 'a."finishedDay"',
  registrationNo: 'a."registrationNo"',
  applicant: `COALESCE(a."applicantName", '')`,
  scale: 'a."scale"',
} as const;

/** The full list of projects owing their latest report (/staf/investasi/realisasi/belum-lapor): total and a page. */
export async function referenceMissingList(
  today: string,
  state: { q?: string; sort: keyof typeof LIST_ORDER; dir: "asc" | "desc"; skip: number; take: number },
) {
  const db = getDb();
  const last = lastEndedPeriodDays(today);
  const like = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
  const search = state.q
    ? sql`AND (a."registrationNo" LIKE ${`${like(state.q.toUpperCase())}%`} ESCAPE '\\'
        OR LOWER(COALESCE(a."applicantName", '')) LIKE ${`%${like(state.q.toLowerCase())}%`} ESCAPE '\\')`
    : empty;
  const where = sql`${owesReportSql(last)} AND ${missingLatestReportSql(last)} ${search}`;
  const order = raw(`${LIST_ORDER[state.sort]} ${state.dir === "asc" ? "ASC" : "DESC"}, a."registrationNo" ASC`);
  const [count, rows] = await Promise.all([
    db.$queryRaw<Array<{ n: number | bigint }>>(sql`SELECT COUNT(*) AS n FROM "Application" a WHERE ${where}`),
    db.$queryRaw<ProjectStatusRow[]>(sql`
      SELECT ${PROJECT_COLUMNS},
        (SELECT CAST(SUM(r."realisedInvestment") AS TEXT) FROM "InvestmentRealisation" r WHERE r."applicationId" = a."id" AND ${KIND_MATCH}) AS realised,
        (SELECT COUNT(*) FROM "InvestmentRealisation" r WHERE r."applicationId" = a."id" AND ${KIND_MATCH}) AS reports
      FROM "Application" a
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${state.take} OFFSET ${state.skip}`),
  ]);
  return { total: Number(count[0]?.n ?? 0), rows: rows.map((row) => toStatus(row, today)) };
}
