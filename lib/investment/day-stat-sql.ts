/**
 * The one definition of what InvestmentDayStat (and its month roll-up InvestmentMonthStat) counts (issues 6, 15 and
 * 17), as portable SQL (double-quoted identifiers, day literals checked as YYYY-MM-DD): per day and dimension, the issued business licences with a declared
 * investment (Application, on their finishing day) that are not linked to an OSS project, plus every OSS-RBA project
 * (OssProject, on its tanggal_terbit_oss day). A project known to both systems is counted once, with the OSS
 * figures. Used by the refresh after every write (lib/applications/processing-day-stat-store.ts, the OSS import) and by
 * the consistency check's recounts of both tables (lib/integrity/aggregate-checks.ts), so all always mean the same
 * thing. Pure.
 */
import { sqlDayList, withMonthRollUps, type RollUp } from "../periods/month-roll-up-sql";

export const INVESTMENT_DAY_STAT_COLUMNS = [
  "day",
  "sector",
  "sectorGroup",
  "kecamatanCode",
  "origin",
  "scale",
  "projects",
  "investment",
  "workers",
] as const;

const INVESTMENT_ROLL_UP: RollUp = {
  day: "InvestmentDayStat",
  month: "InvestmentMonthStat",
  keys: ["sector", "sectorGroup", "kecamatanCode", "origin", "scale"],
  values: ["projects", "investment", "workers"],
};

/**
 * SELECT of InvestmentDayStat rows for the given days (or all), columns in INVESTMENT_DAY_STAT_COLUMNS order, or
 * with `period: "month"` of InvestmentMonthStat rows (first column "month", YYYY-MM); `investmentAsText` casts the
 * rupiah sum to text (exact on both engines when read back by a client).
 */
export function investmentDayStatSelectSql(
  days: readonly string[] | "all",
  options: { investmentAsText?: boolean; period?: "day" | "month" } = {},
): string {
  const period = options.period === "month" ? `substr(s."day", 1, 7)` : `s."day"`;
  const list = days === "all" ? null : sqlDayList(days);
  const applicationDays = list === null ? "" : ` AND a."finishedDay" IN (${list})`;
  const projectDays = list === null ? "" : ` WHERE o."issuedOn" IN (${list})`;
  const investment = options.investmentAsText ? `CAST(SUM(s."investment") AS TEXT)` : `SUM(s."investment")`;
  return `SELECT ${period} AS "${options.period ?? "day"}", s."sector" AS "sector", s."sectorGroup" AS "sectorGroup", s."kecamatanCode" AS "kecamatanCode",
            s."origin" AS "origin", s."scale" AS "scale", COUNT(*) AS "projects", ${investment} AS "investment",
            SUM(s."workers") AS "workers"
     FROM (
       SELECT a."finishedDay" AS "day", COALESCE(a."sector", '') AS "sector", COALESCE(a."sectorGroup", '') AS "sectorGroup",
              COALESCE(a."kecamatanCode", '') AS "kecamatanCode", COALESCE(a."origin", '') AS "origin",
              COALESCE(a."scale", '') AS "scale", a."investmentValue" AS "investment",
              COALESCE(a."workersLocal", 0) + COALESCE(a."workersForeign", 0) AS "workers"
       FROM "Application" a
       WHERE a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL${applicationDays}
         AND NOT EXISTS (SELECT 1 FROM "OssProject" l WHERE l."applicationId" = a."id")
       UNION ALL
       SELECT o."issuedOn", o."sector", o."sectorGroup", COALESCE(o."kecamatanCode", ''), o."origin", o."scale",
              o."investmentValue", o."workers"
       FROM "OssProject" o${projectDays}
     ) s
     GROUP BY ${period}, s."sector", s."sectorGroup", s."kecamatanCode", s."origin", s."scale"`;
}

/**
 * Statements that make InvestmentDayStat equal to investmentDayStatSelectSql for the given days (or all) and keep
 * InvestmentMonthStat equal to the sum of its days.
 */
export function investmentStatsRefreshSql(days: readonly string[] | "all"): string[] {
  if (days !== "all" && days.length === 0) return [];
  const where = days === "all" ? "" : ` WHERE "day" IN (${sqlDayList(days)})`;
  const columns = INVESTMENT_DAY_STAT_COLUMNS.map((column) => `"${column}"`).join(", ");
  return withMonthRollUps([INVESTMENT_ROLL_UP], days, [
    `DELETE FROM "InvestmentDayStat"${where}`,
    `INSERT INTO "InvestmentDayStat" (${columns}) ${investmentDayStatSelectSql(days)}`,
  ]);
}
