/**
 * The per-counter and per-officer roll-ups of finished applications (issue 15, the processing dashboard's
 * breakdowns): per finishing day (and month), licence type, kecamatan ("" = not recorded) and counter (0 = not
 * recorded) or officer ("" = not recorded), how many finished, how many on time and the sum of their working days
 * (so the mean is exact). The same set as the dashboard's breakdown always counted: finishedDay and processingDays
 * set (isOnTime may be null: then not on time). One definition for the refresh (processing-day-stat-store.ts), the
 * migration's back-fill and the consistency check (lib/integrity/aggregate-checks.ts). Portable SQL. Pure.
 */
import type { RollUp } from "../periods/month-roll-up-sql";

export type BreakdownBy = "counter" | "officer";

export const BREAKDOWN_TABLES: Record<BreakdownBy, { day: string; month: string; column: string; key: string }> = {
  counter: {
    day: "ProcessingCounterDayStat",
    month: "ProcessingCounterMonthStat",
    column: "counterId",
    key: `COALESCE(a."counterId", 0)`,
  },
  officer: {
    day: "ProcessingOfficerDayStat",
    month: "ProcessingOfficerMonthStat",
    column: "officerId",
    key: `COALESCE(a."officerId", '')`,
  },
};

export const BREAKDOWN_KEYS = (by: BreakdownBy) => ["licenseTypeId", "kecamatanCode", BREAKDOWN_TABLES[by].column];
export const BREAKDOWN_VALUES = ["count", "onTime", "daysSum"] as const;

/** Both breakdowns as month roll-ups of their day tables (lib/periods/month-roll-up-sql.ts). */
export const BREAKDOWN_ROLL_UPS: readonly RollUp[] = (["counter", "officer"] as const).map((by) => ({
  day: BREAKDOWN_TABLES[by].day,
  month: BREAKDOWN_TABLES[by].month,
  keys: BREAKDOWN_KEYS(by),
  values: BREAKDOWN_VALUES,
}));

/**
 * `SELECT <periodKey> AS "<period>", licenseTypeId, kecamatanCode, <counter|officer>, count, onTime, daysSum FROM
 * "Application" a WHERE <finished><condition> GROUP BY …`: the rows of the day (periodKey a."finishedDay") or month
 * (its first seven characters) table. `condition` is appended as is (e.g. ` AND a."finishedDay" IN (…)`).
 */
export function breakdownSelectSql(
  by: BreakdownBy,
  periodKey: string,
  period: "day" | "month",
  condition = "",
): string {
  const { column, key } = BREAKDOWN_TABLES[by];
  const groups = `${periodKey}, a."licenseTypeId", COALESCE(a."kecamatanCode", ''), ${key}`;
  return `SELECT ${periodKey} AS "${period}", a."licenseTypeId" AS "licenseTypeId", COALESCE(a."kecamatanCode", '') AS "kecamatanCode",
        ${key} AS "${column}", COUNT(*) AS "count", SUM(CASE WHEN a."isOnTime" THEN 1 ELSE 0 END) AS "onTime",
        SUM(a."processingDays") AS "daysSum"
      FROM "Application" a WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL${condition}
      GROUP BY ${groups}`;
}

/** The day-table statements of a refresh: delete the days' rows (statCondition) and insert their recount. */
export function breakdownDayRefreshSql(statCondition: string, condition: string): string[] {
  return (["counter", "officer"] as const).flatMap((by) => {
    const { day, column } = BREAKDOWN_TABLES[by];
    return [
      `DELETE FROM "${day}"${statCondition}`,
      `INSERT INTO "${day}" ("day", "licenseTypeId", "kecamatanCode", "${column}", "count", "onTime", "daysSum")
     ${breakdownSelectSql(by, `a."finishedDay"`, "day", condition)}`,
    ];
  });
}
