import "server-only";
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";

/**
 * The survey's "how did you first hear about this service" answers on the WIB survey days `from` … `to`
 * (optionally for one licence type): how many respondents answered the question and how many chose each source.
 * Outreach campaigns (issue 20) compare a channel's share before and after.
 */
export async function countInfoSources(
  filter: { from: string; to: string; licenseTypeId?: number | null },
  db: Db = getDb(),
): Promise<{ answered: number; bySource: Map<string, number> }> {
  const args = {
    by: ["infoSource"],
    where: {
      surveyDate: { gte: filter.from, lte: filter.to },
      infoSource: { not: null },
      ...(filter.licenseTypeId ? { licenseTypeId: filter.licenseTypeId } : {}),
    },
    _count: { _all: true },
  } satisfies DbArgs.SurveyResponseGroupByArgs;
  const rows = await perEngine(db, {
    sqlite: (c) => c.surveyResponse.groupBy(args),
    postgresql: (c) => c.surveyResponse.groupBy(args),
  });
  const bySource = new Map(rows.map((r) => [r.infoSource!, r._count._all]));
  return { answered: rows.reduce((sum, r) => sum + r._count._all, 0), bySource };
}
