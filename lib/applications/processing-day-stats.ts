import "server-only";
import type { Db } from "../db/client";
import { isIsoDate } from "../calendar/working-days";
import { databaseEngine } from "../env";

/**
 * Keeps ProcessingDayStat / ProcessingStageDayStat / InvestmentDayStat equal to a GROUP BY over the finished applications of the
 * given finishing days: delete those days, re-insert them from Application / ApplicationEvent. One SQL text serves
 * both engines (double-quoted identifiers, day literals checked as YYYY-MM-DD), run through better-sqlite3 inside
 * the bulk writer's transaction on SQLite, or through Prisma's $executeRawUnsafe inside a transaction.
 */
export function processingStatsRefreshSql(days: readonly string[] | "all"): string[] {
  let condition = "";
  let statCondition = "";
  if (days !== "all") {
    const unique = [...new Set(days)];
    for (const day of unique) if (!isIsoDate(day)) throw new RangeError(`not a day: ${day}`);
    if (unique.length === 0) return [];
    const list = unique.map((day) => `'${day}'`).join(", ");
    condition = ` AND a."finishedDay" IN (${list})`;
    statCondition = ` WHERE "day" IN (${list})`;
  }
  return [
    `DELETE FROM "ProcessingDayStat"${statCondition}`,
    `DELETE FROM "ProcessingStageDayStat"${statCondition}`,
    `DELETE FROM "InvestmentDayStat"${statCondition}`,
    `INSERT INTO "ProcessingDayStat" ("day", "licenseTypeId", "processingDays", "isOnTime", "count")
     SELECT a."finishedDay", a."licenseTypeId", a."processingDays", a."isOnTime", COUNT(*)
     FROM "Application" a
     WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL AND a."isOnTime" IS NOT NULL${condition}
     GROUP BY a."finishedDay", a."licenseTypeId", a."processingDays", a."isOnTime"`,
    `INSERT INTO "ProcessingStageDayStat" ("day", "licenseTypeId", "stage", "durationDays", "count")
     SELECT a."finishedDay", a."licenseTypeId", e."stage", e."durationDays", COUNT(*)
     FROM "ApplicationEvent" e JOIN "Application" a ON a."id" = e."applicationId"
     WHERE e."kind" = 'stage' AND e."durationDays" IS NOT NULL AND a."finishedDay" IS NOT NULL${condition}
     GROUP BY a."finishedDay", a."licenseTypeId", e."stage", e."durationDays"`,
    `INSERT INTO "InvestmentDayStat" ("day", "sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects", "investment", "workers")
     SELECT a."finishedDay", COALESCE(a."sector", ''), COALESCE(a."sectorGroup", ''), COALESCE(a."kecamatanCode", ''),
            COALESCE(a."origin", ''), COALESCE(a."scale", ''), COUNT(*), SUM(a."investmentValue"),
            SUM(COALESCE(a."workersLocal", 0) + COALESCE(a."workersForeign", 0))
     FROM "Application" a
     WHERE a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL${condition}
     GROUP BY a."finishedDay", COALESCE(a."sector", ''), COALESCE(a."sectorGroup", ''), COALESCE(a."kecamatanCode", ''),
              COALESCE(a."origin", ''), COALESCE(a."scale", '')`,
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
