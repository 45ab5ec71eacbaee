import "server-only";
import type { Db } from "../db/client";
import { isIsoDate } from "../calendar/working-days";

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

/** Recomputes the aggregates of the given finishing days (or all) through Prisma (call inside a transaction). */
export async function refreshProcessingStats(db: RawExecutor, days: readonly string[] | "all"): Promise<void> {
  for (const sql of processingStatsRefreshSql(days)) await db.$executeRawUnsafe(sql);
}
