/**
 * The recounts of the application and LKPM aggregates (issue 12, grown by issue 15's month roll-ups and LKPM period
 * sums, issue 17's OSS projects): for each stored table, a GROUP BY over the raw rows (Application, ApplicationEvent,
 * InvestmentRealisation, OssProject)
 * that must give the same rows. Portable SQL (double-quoted identifiers, no parameters, sums of rupiah as text);
 * consistency-queries.ts runs them and compares. The monthly tables are recounted from the raw rows, not from the day tables,
 * so a month that drifted from its days is found too.
 */
import { investmentDayStatSelectSql } from "../investment/day-stat-sql";
import { COUNTED_LKPM_REPORT, LKPM_PERIOD_KEY } from "../investment/lkpm-period-sql";
import { PROFILE_RECOUNT_SQL } from "../skm/profile-roll-up";

export type AggregateCheck = {
  name:
    | "processing-daily"
    | "processing-monthly"
    | "processing-stages"
    | "processing-stages-monthly"
    | "investment-daily"
    | "investment-monthly"
    | "lkpm-periods"
    | "skm-profile";
  /** Which raw-row count the section reports (finished applications, stage events, LKPM reports or responses). */
  raw: "finished" | "stages" | "reports" | "responses";
  keys: readonly string[];
  /** Value columns; those in `text` are rupiah sums compared as exact integer text. */
  values: readonly string[];
  text?: readonly string[];
  expected: string;
  stored: string;
};

const FINISHED = `a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL AND a."isOnTime" IS NOT NULL`;
const STAGES = `FROM "ApplicationEvent" e JOIN "Application" a ON a."id" = e."applicationId"
  WHERE e."kind" = 'stage' AND e."durationDays" IS NOT NULL AND a."finishedDay" IS NOT NULL`;
const MONTH = `substr(a."finishedDay", 1, 7)`;
const KEC = `COALESCE(a."kecamatanCode", '')`;

/**
 * InvestmentDayStat or InvestmentMonthStat against their one definition (issued business licences not linked to an
 * OSS project by finishing day or month, plus the OSS projects by issue day or month: lib/investment/day-stat-sql.ts).
 */
function investmentCheck(period: "day" | "month"): AggregateCheck {
  return {
    name: period === "day" ? "investment-daily" : "investment-monthly",
    raw: "finished",
    keys: [period, "sector", "sectorGroup", "kecamatanCode", "origin", "scale"],
    values: ["projects", "investment", "workers"],
    text: ["investment"],
    expected: investmentDayStatSelectSql("all", { investmentAsText: true, period }),
    stored: `SELECT "${period}", "sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects",
        CAST("investment" AS TEXT) AS "investment", "workers" FROM "${period === "day" ? "InvestmentDayStat" : "InvestmentMonthStat"}"`,
  };
}

export const AGGREGATE_CHECKS: readonly AggregateCheck[] = [
  {
    name: "processing-daily",
    raw: "finished",
    keys: ["day", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime"],
    values: ["count", "issued"],
    expected: `SELECT a."finishedDay" AS "day", a."licenseTypeId" AS "licenseTypeId", ${KEC} AS "kecamatanCode", a."processingDays" AS "processingDays",
        a."isOnTime" AS "isOnTime", COUNT(*) AS "count", SUM(CASE WHEN a."status" = 'issued' THEN 1 ELSE 0 END) AS "issued"
      FROM "Application" a WHERE ${FINISHED}
      GROUP BY a."finishedDay", a."licenseTypeId", ${KEC}, a."processingDays", a."isOnTime"`,
    stored: `SELECT "day", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime", "count", "issued" FROM "ProcessingDayStat"`,
  },
  {
    name: "processing-monthly",
    raw: "finished",
    keys: ["month", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime"],
    values: ["count", "issued"],
    expected: `SELECT ${MONTH} AS "month", a."licenseTypeId" AS "licenseTypeId", ${KEC} AS "kecamatanCode", a."processingDays" AS "processingDays",
        a."isOnTime" AS "isOnTime", COUNT(*) AS "count", SUM(CASE WHEN a."status" = 'issued' THEN 1 ELSE 0 END) AS "issued"
      FROM "Application" a WHERE ${FINISHED}
      GROUP BY ${MONTH}, a."licenseTypeId", ${KEC}, a."processingDays", a."isOnTime"`,
    stored: `SELECT "month", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime", "count", "issued" FROM "ProcessingMonthStat"`,
  },
  {
    name: "processing-stages",
    raw: "stages",
    keys: ["day", "licenseTypeId", "kecamatanCode", "stage", "durationDays"],
    values: ["count"],
    expected: `SELECT a."finishedDay" AS "day", a."licenseTypeId" AS "licenseTypeId", ${KEC} AS "kecamatanCode", e."stage" AS "stage",
        e."durationDays" AS "durationDays", COUNT(*) AS "count" ${STAGES}
      GROUP BY a."finishedDay", a."licenseTypeId", ${KEC}, e."stage", e."durationDays"`,
    stored: `SELECT "day", "licenseTypeId", "kecamatanCode", "stage", "durationDays", "count" FROM "ProcessingStageDayStat"`,
  },
  {
    name: "processing-stages-monthly",
    raw: "stages",
    keys: ["month", "licenseTypeId", "kecamatanCode", "stage", "durationDays"],
    values: ["count"],
    expected: `SELECT ${MONTH} AS "month", a."licenseTypeId" AS "licenseTypeId", ${KEC} AS "kecamatanCode", e."stage" AS "stage",
        e."durationDays" AS "durationDays", COUNT(*) AS "count" ${STAGES}
      GROUP BY ${MONTH}, a."licenseTypeId", ${KEC}, e."stage", e."durationDays"`,
    stored: `SELECT "month", "licenseTypeId", "kecamatanCode", "stage", "durationDays", "count" FROM "ProcessingStageMonthStat"`,
  },
  investmentCheck("day"),
  investmentCheck("month"),
  {
    name: "lkpm-periods",
    raw: "reports",
    keys: ["periodLastDay", "periodKind", "sector", "kecamatanCode", "origin", "scale"],
    values: ["reports", "onTime", "realised"],
    text: ["realised"],
    expected: `SELECT r."periodLastDay" AS "periodLastDay", r."periodKind" AS "periodKind", COALESCE(a."sector", '') AS "sector",
        COALESCE(a."kecamatanCode", '') AS "kecamatanCode", COALESCE(a."origin", '') AS "origin", a."scale" AS "scale",
        COUNT(*) AS "reports", SUM(CASE WHEN r."isOnTime" THEN 1 ELSE 0 END) AS "onTime",
        CAST(SUM(r."realisedInvestment") AS TEXT) AS "realised"
      FROM "InvestmentRealisation" r JOIN "Application" a ON a."id" = r."applicationId"
      WHERE ${COUNTED_LKPM_REPORT}
      GROUP BY ${LKPM_PERIOD_KEY}`,
    stored: `SELECT "periodLastDay", "periodKind", "sector", "kecamatanCode", "origin", "scale", "reports", "onTime",
        CAST("realised" AS TEXT) AS "realised" FROM "LkpmPeriodStat"`,
  },
  {
    name: "skm-profile",
    raw: "responses",
    keys: ["day", "questionnaire", "dimension", "value"],
    values: ["count"],
    expected: PROFILE_RECOUNT_SQL,
    stored: `SELECT "day", "questionnaire", "dimension", "value", "count" FROM "SkmProfileDayStat"`,
  },
];
