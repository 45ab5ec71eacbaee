import "server-only";
import { getDb } from "../db/client";
import { getSetting } from "../settings/settings";
import { listLicenseTypes } from "../reference/queries";
import { isIsoDate } from "../calendar/working-days";
import { countRespondentsByLicenseType } from "../skm/summary-queries";
import { componentGroupCoverage, standardCoverageRow, coveragePercent } from "./standards-coverage";

/**
 * Standards coverage of every active licence type: the fourteen components (six published, eight internal), maklumat, and whether an SKM
 * was run for that licence type (responses in the last 12 months) and its results published (a published report).
 */
export async function getStandardsCoverage(today: string) {
  const db = getDb();
  const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const since = isIsoDate(lastYear) ? lastYear : lastYear.replace("-02-29", "-02-28");
  const [types, maklumat, surveyed, published] = await Promise.all([
    listLicenseTypes({ activeOnly: true }),
    getSetting("office.maklumatPublished"),
    countRespondentsByLicenseType({ from: since, to: today }),
    db.skmReport.count({ where: { status: "PUBLISHED", publishedAt: { gte: new Date(`${since}T00:00:00+07:00`) } } }),
  ]);
  const surveyedTypes = new Set([...surveyed].filter(([, respondents]) => respondents > 0).map(([id]) => id));
  const rows = types.map((lt) =>
    standardCoverageRow(lt, {
      maklumatPublished: maklumat === "true",
      skmRecent: surveyedTypes.has(lt.id) && published > 0,
    }),
  );
  return { rows, percent: coveragePercent(rows), groups: componentGroupCoverage(rows) };
}
