// The realisation page's project tables as they were computed before LkpmProjectStat (issue 15): every obligated
// project joined to its reports, ranked in SQL. Kept verbatim as the reference the stored roll-up must reproduce
// (tests/integration/realisation-project-tables.int.test.ts on both engines, bench/investment-realisation.ts on the
// 1M-project file).
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import * as current from "@/lib/investment/realisation-queries";
import type { ProjectStatusRow } from "@/lib/investment/realisation-queries";

const { sql } = Prisma;
const { KIND_MATCH, PROJECT_COLUMNS, lastEndedPeriodDays, missingLatestReportSql, owesReportSql, toStatus } = current;

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
