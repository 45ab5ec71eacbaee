import "server-only";
import type { Db } from "../db/client";
import { sqlDayList, withMonthRollUps, type RollUp } from "../periods/month-roll-up-sql";
import { investmentStatsRefreshSql } from "../investment/day-stat-sql";
import { databaseEngine } from "../env";
import { BREAKDOWN_ROLL_UPS, breakdownDayRefreshSql } from "./breakdown-roll-up-sql";

const PROCESSING_ROLL_UPS: readonly RollUp[] = [
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
  ...BREAKDOWN_ROLL_UPS,
];

/**
 * Keeps ProcessingDayStat / ProcessingStageDayStat and the per-counter / per-officer day tables (breakdown-roll-up-sql.ts)
 * equal to a GROUP BY over the finished applications of the given finishing days, InvestmentDayStat equal to its one definition (issued business licences not linked to an OSS
 * project plus the OSS projects of those days, lib/investment/day-stat-sql.ts), and their month roll-ups equal to
 * the sum of their days (lib/periods/month-roll-up-sql.ts): the days are deleted and re-inserted from Application /
 * ApplicationEvent / OssProject, their months adjusted. One SQL text serves both engines (double-quoted identifiers,
 * day literals checked as YYYY-MM-DD), run through better-sqlite3 inside the bulk writer's transaction on SQLite, or
 * through Prisma's $executeRawUnsafe inside a transaction.
 */
export function processingStatsRefreshSql(days: readonly string[] | "all"): string[] {
  if (days !== "all" && days.length === 0) return [];
  const list = days === "all" ? null : sqlDayList(days);
  const condition = list === null ? "" : ` AND a."finishedDay" IN (${list})`;
  const statCondition = list === null ? "" : ` WHERE "day" IN (${list})`;
  return [
    ...withMonthRollUps(PROCESSING_ROLL_UPS, days, [
      `DELETE FROM "ProcessingDayStat"${statCondition}`,
      `DELETE FROM "ProcessingStageDayStat"${statCondition}`,
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
      // Per counter and per officer (the processing dashboard's breakdowns): lib/applications/breakdown-roll-up-sql.ts.
      ...breakdownDayRefreshSql(statCondition, condition),
    ]),
    // Issued business licences (unless linked to an OSS project) plus OSS projects of those days: one definition.
    ...investmentStatsRefreshSql(days),
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
  await runRefresh(db, processingStatsRefreshSql(days));
}

/**
 * Recomputes only InvestmentDayStat for the given days (or all), through Prisma inside a transaction: what an OSS
 * project write needs (lib/oss), under the same lock as refreshProcessingStats.
 */
export async function refreshInvestmentDayStats(db: RawExecutor, days: readonly string[] | "all"): Promise<void> {
  await runRefresh(db, investmentStatsRefreshSql(days));
}

async function runRefresh(db: RawExecutor, statements: readonly string[]): Promise<void> {
  if (statements.length > 0 && databaseEngine() === "postgresql")
    await db.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_KEY})`);
  for (const sql of statements) await db.$executeRawUnsafe(sql);
}
