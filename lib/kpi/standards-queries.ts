import "server-only";
import { getDb, perEngine, type DbArgs } from "../db/client";
import { getSetting } from "../settings/settings";
import { componentGroupCoverage, standardCoverageRow, coveragePercent } from "./standards-coverage";

/**
 * Standards coverage of every active licence type: the fourteen components (six published, eight internal), maklumat, and whether an SKM
 * was run for that licence type (responses in the last 12 months) and its results published (a published report).
 */
export async function getStandardsCoverage(today: string) {
  const db = getDb();
  const since = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const surveyedArgs = {
    by: ["licenseTypeId"],
    where: { day: { gte: since, lte: today } },
    _sum: { respondents: true },
  } satisfies DbArgs.SkmDailyAggregateGroupByArgs;
  const [types, maklumat, surveyed, published] = await Promise.all([
    db.licenseType.findMany({ where: { active: true }, orderBy: { code: "asc" } }),
    getSetting("office.maklumatPublished"),
    perEngine(db, {
      sqlite: (c) => c.skmDailyAggregate.groupBy(surveyedArgs),
      postgresql: (c) => c.skmDailyAggregate.groupBy(surveyedArgs),
    }),
    db.skmReport.count({ where: { status: "PUBLISHED", publishedAt: { gte: new Date(`${since}T00:00:00+07:00`) } } }),
  ]);
  const surveyedTypes = new Set(surveyed.filter((s) => (s._sum.respondents ?? 0) > 0).map((s) => s.licenseTypeId));
  const rows = types.map((lt) =>
    standardCoverageRow(lt, {
      maklumatPublished: maklumat === "true",
      skmRecent: surveyedTypes.has(lt.id) && published > 0,
    }),
  );
  return { rows, percent: coveragePercent(rows), groups: componentGroupCoverage(rows) };
}
