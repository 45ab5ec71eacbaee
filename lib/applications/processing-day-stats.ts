import "server-only";
import type { Db } from "../db/client";
import { isIsoDate } from "../calendar/working-days";
import { databaseEngine } from "../env";

/** A day table and its month roll-up: same key columns (after day/month) and summed value columns. */
type RollUp = { day: string; month: string; keys: readonly string[]; values: readonly string[] };

const ROLL_UPS: readonly RollUp[] = [
  {
    day: "ProcessingDayStat",
    month: "ProcessingMonthStat",
    keys: ["licenseTypeId", "kecamatanCode", "processingDays", "isOnTime"],
    values: ["count", "issued"],
  },
  {
    day: "ProcessingStageDayStat",
    month: "ProcessingStageMonthStat",
    keys: ["licenseTypeId", "kecamatanCode", "stage", "durationDays"],
    values: ["count"],
  },
  {
    day: "InvestmentDayStat",
    month: "InvestmentMonthStat",
    keys: ["sector", "sectorGroup", "kecamatanCode", "origin", "scale"],
    values: ["projects", "investment", "workers"],
  },
];

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
 * Keeps ProcessingDayStat / ProcessingStageDayStat / InvestmentDayStat equal to a GROUP BY over the finished
 * applications of the given finishing days, and their month roll-ups equal to the sum of their days: the days' old
 * rows are subtracted from their months, the days are deleted and re-inserted from Application / ApplicationEvent,
 * the new rows are added to their months and emptied month rows are dropped. One SQL text serves both engines
 * (double-quoted identifiers, day literals checked as YYYY-MM-DD), run through better-sqlite3 inside the bulk
 * writer's transaction on SQLite, or through Prisma's $executeRawUnsafe inside a transaction.
 */
export function processingStatsRefreshSql(days: readonly string[] | "all"): string[] {
  let condition = "";
  let statCondition = "";
  let deltas: { before: string[]; after: string[] } = { before: [], after: [] };
  if (days !== "all") {
    const unique = [...new Set(days)];
    for (const day of unique) if (!isIsoDate(day)) throw new RangeError(`not a day: ${day}`);
    if (unique.length === 0) return [];
    const list = unique.map((day) => `'${day}'`).join(", ");
    const months = [...new Set(unique.map((day) => `'${day.slice(0, 7)}'`))].join(", ");
    condition = ` AND a."finishedDay" IN (${list})`;
    statCondition = ` WHERE "day" IN (${list})`;
    deltas = {
      before: ROLL_UPS.map((rollUp) => monthDeltaSql(rollUp, -1, `d."day" IN (${list})`)),
      after: [
        ...ROLL_UPS.map((rollUp) => monthDeltaSql(rollUp, 1, `d."day" IN (${list})`)),
        ...ROLL_UPS.map(
          (rollUp) => `DELETE FROM "${rollUp.month}" WHERE "month" IN (${months}) AND "${rollUp.values[0]}" = 0`,
        ),
      ],
    };
  } else {
    deltas = {
      before: [],
      after: ROLL_UPS.flatMap((rollUp) => [`DELETE FROM "${rollUp.month}"`, monthDeltaSql(rollUp, 1, "1 = 1", false)]),
    };
  }
  return [
    ...deltas.before,
    `DELETE FROM "ProcessingDayStat"${statCondition}`,
    `DELETE FROM "ProcessingStageDayStat"${statCondition}`,
    `DELETE FROM "InvestmentDayStat"${statCondition}`,
    `INSERT INTO "ProcessingDayStat" ("day", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime", "count", "issued")
     SELECT a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), a."processingDays", a."isOnTime", COUNT(*),
            SUM(CASE WHEN a."status" = 'issued' THEN 1 ELSE 0 END)
     FROM "Application" a
     WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL AND a."isOnTime" IS NOT NULL${condition}
     GROUP BY a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), a."processingDays", a."isOnTime"`,
    `INSERT INTO "ProcessingStageDayStat" ("day", "licenseTypeId", "kecamatanCode", "stage", "durationDays", "count")
     SELECT a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), e."stage", e."durationDays", COUNT(*)
     FROM "ApplicationEvent" e JOIN "Application" a ON a."id" = e."applicationId"
     WHERE e."kind" = 'stage' AND e."durationDays" IS NOT NULL AND a."finishedDay" IS NOT NULL${condition}
     GROUP BY a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), e."stage", e."durationDays"`,
    `INSERT INTO "InvestmentDayStat" ("day", "sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects", "investment", "workers")
     SELECT a."finishedDay", COALESCE(a."sector", ''), COALESCE(a."sectorGroup", ''), COALESCE(a."kecamatanCode", ''),
            COALESCE(a."origin", ''), COALESCE(a."scale", ''), COUNT(*), SUM(a."investmentValue"),
            SUM(COALESCE(a."workersLocal", 0) + COALESCE(a."workersForeign", 0))
     FROM "Application" a
     WHERE a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL${condition}
     GROUP BY a."finishedDay", COALESCE(a."sector", ''), COALESCE(a."sectorGroup", ''), COALESCE(a."kecamatanCode", ''),
              COALESCE(a."origin", ''), COALESCE(a."scale", '')`,
    ...deltas.after,
  ];
}

type RawExecutor = Pick<Db, "$executeRawUnsafe">;

/** Any constant: the key of the PostgreSQL advisory lock that serialises refreshes (ASCII "LTRA"). */
const REFRESH_LOCK_KEY = 0x4c545241;

/**
 * Recomputes the aggregates of the given finishing days (or all) through Prisma (call inside a transaction).
 * On PostgreSQL two transactions refreshing the same day would both delete it and both insert it (the second
 * insert fails on the primary key), so refreshes take a transaction-scoped advisory lock first: the second waits
 * for the first to commit, then recounts from the committed rows. SQLite serialises writers by itself.
 */
export async function refreshProcessingStats(db: RawExecutor, days: readonly string[] | "all"): Promise<void> {
  const statements = processingStatsRefreshSql(days);
  if (statements.length > 0 && databaseEngine() === "postgresql")
    await db.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_KEY})`);
  for (const sql of statements) await db.$executeRawUnsafe(sql);
}
