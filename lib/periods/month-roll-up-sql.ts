/**
 * Writes that keep a month roll-up equal to the sum of its day table (issue 15): portable SQL (double-quoted
 * identifiers, day literals checked as YYYY-MM-DD) wrapped around the statements that recount some days of the day
 * table. Used by every writer of a rolled-up day table (lib/applications/processing-day-stat-store.ts, the investment
 * days of lib/investment/day-stat-sql.ts that the OSS import refreshes on its own). Pure.
 */
import { isIsoDate } from "../calendar/working-days";

/** A day table and its month roll-up: same key columns (after day/month) and summed value columns. */
export type RollUp = { day: string; month: string; keys: readonly string[]; values: readonly string[] };

/** `'2026-01-02', '2026-01-03'`: a checked SQL list of days (throws RangeError on anything that is not a day). */
export function sqlDayList(days: readonly string[]): string {
  const unique = [...new Set(days)];
  for (const day of unique) if (!isIsoDate(day)) throw new RangeError(`not a day: ${day}`);
  return unique.map((day) => `'${day}'`).join(", ");
}

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(", ");

/**
 * Adds (sign 1) or subtracts (sign -1) the day rows matching `dayCondition` to/from their months: one upsert per
 * roll-up (portable: INSERT … SELECT … ON CONFLICT DO UPDATE on both engines, rows in key order so concurrent
 * writers on PostgreSQL lock them in the same order).
 */
function monthDeltaSql(rollUp: RollUp, sign: 1 | -1, dayCondition: string, isUpsert = true): string {
  const keys = quoted(rollUp.keys);
  const minus = sign === -1 ? "-" : "";
  const sums = rollUp.values.map((column) => `${minus}SUM(d."${column}")`).join(", ");
  const set = rollUp.values
    .map((column) => `"${column}" = "${rollUp.month}"."${column}" + excluded."${column}"`)
    .join(", ");
  return `INSERT INTO "${rollUp.month}" ("month", ${keys}, ${quoted(rollUp.values)})
     SELECT substr(d."day", 1, 7), ${rollUp.keys.map((key) => `d."${key}"`).join(", ")}, ${sums}
     FROM "${rollUp.day}" d WHERE ${dayCondition}
     GROUP BY substr(d."day", 1, 7), ${rollUp.keys.map((key) => `d."${key}"`).join(", ")}
     ORDER BY 1, ${rollUp.keys.map((_, index) => index + 2).join(", ")}${
       isUpsert ? `\n     ON CONFLICT ("month", ${keys}) DO UPDATE SET ${set}` : ""
     }`;
}

/**
 * `dayStatements` (which recount the given days of the roll-ups' day tables, or all of them) with the month upkeep
 * around them: the days' old rows are subtracted from their months before, the new rows added after and emptied
 * month rows dropped; for "all" the month tables are rebuilt from the day tables after.
 */
export function withMonthRollUps(
  rollUps: readonly RollUp[],
  days: readonly string[] | "all",
  dayStatements: readonly string[],
): string[] {
  if (dayStatements.length === 0) return [];
  if (days === "all")
    return [
      ...dayStatements,
      ...rollUps.flatMap((rollUp) => [`DELETE FROM "${rollUp.month}"`, monthDeltaSql(rollUp, 1, "1 = 1", false)]),
    ];
  if (days.length === 0) return [];
  const list = sqlDayList(days);
  const months = [...new Set(days.map((day) => `'${day.slice(0, 7)}'`))].join(", ");
  return [
    ...rollUps.map((rollUp) => monthDeltaSql(rollUp, -1, `d."day" IN (${list})`)),
    ...dayStatements,
    ...rollUps.map((rollUp) => monthDeltaSql(rollUp, 1, `d."day" IN (${list})`)),
    ...rollUps.map(
      (rollUp) => `DELETE FROM "${rollUp.month}" WHERE "month" IN (${months}) AND "${rollUp.values[0]}" = 0`,
    ),
  ];
}
