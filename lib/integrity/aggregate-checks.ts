/**
 * The recounts of the application and LKPM aggregates (issue 12, grown by issue 15's month roll-ups and LKPM period
 * sums, issue 17's OSS projects): for each stored table, a GROUP BY over the raw rows (Application, ApplicationEvent,
 * InvestmentRealisation, OssProject)
 * that must give the same rows. Portable SQL (double-quoted identifiers, no parameters, sums of rupiah as text);
 * consistency-queries.ts runs them and compares. The monthly tables are recounted from the raw rows, not from the day tables,
 * so a month that drifted from its days is found too.
 */
import { investmentDayStatSelectSql } from "../investment/day-stat-sql";
import {
  BREAKDOWN_KEYS,
  BREAKDOWN_TABLES,
  BREAKDOWN_VALUES,
  breakdownSelectSql,
} from "../applications/breakdown-roll-up-sql";
import { COUNTED_LKPM_REPORT, LKPM_PERIOD_KEY } from "../investment/lkpm-period-sql";
import { lkpmProjectStatSelectSql } from "../investment/lkpm-project-stat-sql";
import { PROFILE_RECOUNT_SQL } from "../skm/profile-roll-up";
import { lowAnswerRecountSql } from "../skm/low-answer-roll-up";

export type AggregateCheck = {
  name:
    | "processing-daily"
    | "processing-monthly"
    | "processing-stages"
    | "processing-stages-monthly"
    | "processing-counters"
    | "processing-counters-monthly"
    | "processing-officers"
    | "processing-officers-monthly"
    | "investment-daily"
    | "investment-monthly"
    | "lkpm-periods"
    | "lkpm-projects"
    | "skm-profile"
    | "application-stage"
    | "skm-low-answers";
  /**
   * Which raw-row count the section reports (finished applications, stage events, LKPM reports, responses or open
   * applications).
   */
  raw: "finished" | "stages" | "reports" | "responses" | "open";
  keys: readonly string[];
  /** Value columns; those in `text` are rupiah sums compared as exact integer text. */
  values: readonly string[];
  text?: readonly string[];
  /** The recount; a function where the SQL differs between the engines (a WIB day from an instant). */
  expected: string | ((engine: "sqlite" | "postgresql") => string);
  stored: string;
};

const OPEN = `a."status" IN ('in_process', 'returned')`;
const STAGE_STARTED = `(SELECT MAX(e."at") FROM "ApplicationEvent" e
  WHERE e."applicationId" = a."id" AND e."kind" = 'stage' AND e."stage" = a."currentStage")`;
const WIB_DAY = {
  sqlite: (instant: string) => `date(substr(${instant}, 1, 19), '+7 hours')`,
  postgresql: (instant: string) => `to_char(${instant} + interval '7 hours', 'YYYY-MM-DD')`,
};

/**
 * The current stage's columns of every open file (issue 15, "who has the ball"): when it entered the stage (the
 * stage event of currentStage), that day in WIB, and the returns to the applicant since.
 */
const applicationStageCheck: AggregateCheck = {
  name: "application-stage",
  raw: "open",
  keys: ["id"],
  values: ["startedAt", "startDay", "pauses"],
  text: ["startedAt", "startDay"],
  expected: (engine) => `SELECT s."id", CAST(s."startedAt" AS TEXT) AS "startedAt",
      ${WIB_DAY[engine]('s."startedAt"')} AS "startDay",
      (SELECT COUNT(*) FROM "ApplicationEvent" e
        WHERE e."applicationId" = s."id" AND e."kind" = 'pause' AND e."at" >= s."startedAt") AS "pauses"
    FROM (SELECT a."id" AS "id", ${STAGE_STARTED} AS "startedAt" FROM "Application" a WHERE ${OPEN}) s`,
  stored: `SELECT a."id", CAST(a."stageStartedAt" AS TEXT) AS "startedAt", a."stageStartDay" AS "startDay",
      a."stagePauses" AS "pauses" FROM "Application" a WHERE ${OPEN}`,
};

const FINISHED = `a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL AND a."isOnTime" IS NOT NULL`;
const STAGES = `FROM "ApplicationEvent" e JOIN "Application" a ON a."id" = e."applicationId"
  WHERE e."kind" = 'stage' AND e."durationDays" IS NOT NULL AND a."finishedDay" IS NOT NULL`;
const MONTH = `substr(a."finishedDay", 1, 7)`;
const KEC = `COALESCE(a."kecamatanCode", '')`;

/** The stored side of a check: the table's key and value columns as stored (the `text` ones cast to text). */
export function storedColumnsSql(table: string, columns: readonly string[], text: readonly string[] = []): string {
  const list = columns.map((c) => (text.includes(c) ? `CAST("${c}" AS TEXT) AS "${c}"` : `"${c}"`));
  return `SELECT ${list.join(", ")} FROM "${table}"`;
}

/** A check of `table`, whose columns are the check's keys and values by the same names. */
function tableCheck(table: string, check: Omit<AggregateCheck, "stored">): AggregateCheck {
  return { ...check, stored: storedColumnsSql(table, [...check.keys, ...check.values], check.text) };
}

type Period = "day" | "month";
/** A pair of checks, one per period: the day table and the month table of the same recount. */
type PeriodChecks = Omit<AggregateCheck, "name" | "keys" | "expected" | "stored"> & {
  names: Record<Period, AggregateCheck["name"]>;
  tables: Record<Period, string>;
  /** Key columns after the period column ("day" or "month"). */
  keys: readonly string[];
  /** The recount, given the SQL of the period key (`finishedDay` or its month) and the period's name. */
  expected: (key: string, period: Period) => string;
};

function perPeriod({ names, tables, keys, expected, ...rest }: PeriodChecks): AggregateCheck[] {
  return (["day", "month"] as const).map((period) =>
    tableCheck(tables[period], {
      name: names[period],
      ...rest,
      keys: [period, ...keys],
      expected: expected(period === "day" ? `a."finishedDay"` : MONTH, period),
    }),
  );
}

/** Finished applications by finishing day or month (ProcessingDayStat, ProcessingMonthStat). */
const PROCESSING_CHECKS = perPeriod({
  names: { day: "processing-daily", month: "processing-monthly" },
  tables: { day: "ProcessingDayStat", month: "ProcessingMonthStat" },
  raw: "finished",
  keys: ["licenseTypeId", "kecamatanCode", "processingDays", "isOnTime"],
  values: ["count", "issued"],
  expected: (
    key,
    period,
  ) => `SELECT ${key} AS "${period}", a."licenseTypeId" AS "licenseTypeId", ${KEC} AS "kecamatanCode", a."processingDays" AS "processingDays",
        a."isOnTime" AS "isOnTime", COUNT(*) AS "count", SUM(CASE WHEN a."status" = 'issued' THEN 1 ELSE 0 END) AS "issued"
      FROM "Application" a WHERE ${FINISHED}
      GROUP BY ${key}, a."licenseTypeId", ${KEC}, a."processingDays", a."isOnTime"`,
});

/** Stage durations of finished applications by finishing day or month (ProcessingStageDayStat, …MonthStat). */
const STAGE_CHECKS = perPeriod({
  names: { day: "processing-stages", month: "processing-stages-monthly" },
  tables: { day: "ProcessingStageDayStat", month: "ProcessingStageMonthStat" },
  raw: "stages",
  keys: ["licenseTypeId", "kecamatanCode", "stage", "durationDays"],
  values: ["count"],
  expected: (
    key,
    period,
  ) => `SELECT ${key} AS "${period}", a."licenseTypeId" AS "licenseTypeId", ${KEC} AS "kecamatanCode", e."stage" AS "stage",
        e."durationDays" AS "durationDays", COUNT(*) AS "count" ${STAGES}
      GROUP BY ${key}, a."licenseTypeId", ${KEC}, e."stage", e."durationDays"`,
});

/** Finished applications per counter / officer by finishing day or month (lib/applications/breakdown-roll-up-sql.ts). */
const BREAKDOWN_CHECKS = (["counter", "officer"] as const).flatMap((by) =>
  perPeriod({
    names: { day: `processing-${by}s` as const, month: `processing-${by}s-monthly` as const },
    tables: { day: BREAKDOWN_TABLES[by].day, month: BREAKDOWN_TABLES[by].month },
    raw: "finished",
    keys: BREAKDOWN_KEYS(by),
    values: BREAKDOWN_VALUES,
    expected: (key, period) => breakdownSelectSql(by, key, period),
  }),
);

/**
 * InvestmentDayStat and InvestmentMonthStat against their one definition (issued business licences not linked to an
 * OSS project by finishing day or month, plus the OSS projects by issue day or month: lib/investment/day-stat-sql.ts).
 */
const INVESTMENT_CHECKS = perPeriod({
  names: { day: "investment-daily", month: "investment-monthly" },
  tables: { day: "InvestmentDayStat", month: "InvestmentMonthStat" },
  raw: "finished",
  keys: ["sector", "sectorGroup", "kecamatanCode", "origin", "scale"],
  values: ["projects", "investment", "workers"],
  text: ["investment"],
  expected: (_key, period) => investmentDayStatSelectSql("all", { investmentAsText: true, period }),
});

export const AGGREGATE_CHECKS: readonly AggregateCheck[] = [
  ...PROCESSING_CHECKS,
  ...STAGE_CHECKS,
  ...BREAKDOWN_CHECKS,
  ...INVESTMENT_CHECKS,
  tableCheck("LkpmPeriodStat", {
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
  }),
  // One row per project that can owe LKPM reports, with its realised sum, report count and ratio (triggers).
  tableCheck("LkpmProjectStat", {
    name: "lkpm-projects",
    raw: "reports",
    keys: ["applicationId"],
    values: ["registrationNo", "kind", "finishedDay", "realised", "reports", "ratio"],
    text: ["registrationNo", "kind", "finishedDay", "realised"],
    expected: lkpmProjectStatSelectSql("1 = 1", { realisedAsText: true }),
  }),
  tableCheck("SkmProfileDayStat", {
    name: "skm-profile",
    raw: "responses",
    keys: ["day", "questionnaire", "dimension", "value"],
    values: ["count"],
    expected: PROFILE_RECOUNT_SQL,
  }),
  applicationStageCheck,
  tableCheck("SkmLowAnswerDayStat", {
    name: "skm-low-answers",
    raw: "responses",
    keys: ["day", "questionnaire", "counterId", "element"],
    values: ["count"],
    expected: lowAnswerRecountSql,
  }),
];
