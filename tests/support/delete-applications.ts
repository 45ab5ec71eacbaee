import { getDb, type Db } from "@/lib/db/client";
import { refreshProcessingStats } from "@/lib/applications/processing-day-stat-store";
import { withLkpmPeriodStats } from "@/lib/investment/lkpm-period-stat-store";

type ApplicationWhere = NonNullable<NonNullable<Parameters<Db["application"]["findMany"]>[0]>["where"]>;

/**
 * Deletes a test's applications as the writers do: the LKPM period sums follow the deletion, and the day aggregates
 * of the days they were finished on are recounted after. Integration files share one database per run, so each
 * leaves none of its files behind. Returns how many were deleted.
 */
export async function deleteApplications(where: ApplicationWhere): Promise<number> {
  const db = getDb();
  const apps = await db.application.findMany({ where, select: { id: true, finishedDay: true } });
  const ids = apps.map((app) => app.id);
  const days = [...new Set(apps.flatMap((app) => (app.finishedDay ? [app.finishedDay] : [])))];
  await db.$transaction(async (tx) => {
    await withLkpmPeriodStats(tx, ids, () => tx.application.deleteMany({ where: { id: { in: ids } } }));
    await refreshProcessingStats(tx, days);
  });
  return ids.length;
}
