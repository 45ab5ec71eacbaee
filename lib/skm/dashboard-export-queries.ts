import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { listLicenseTypes } from "../reference/queries";
import { computeSkmIndex } from "./compute-index";
import { getQuestionnaire } from "./questionnaires";
import { indexInputFromSums } from "./summary";
import { getSkmWeightMode, resolveSkmFilter, sumSkmAggregates, type SkmSliceFilter } from "./summary-queries";
import { periodCovering, type Period } from "../periods/periods";
import { getSkmDashboard } from "./dashboard-queries";
import type { TSkmSummaryQuery } from "./schemas";
import type { IkmByLicenseTypeRow, SkmExportData } from "./dashboard-export";

/**
 * The IKM of each licence type for a filter (the filter's own licence type, when it has one, is replaced by each
 * type in turn): the same formula and aggregates as the dashboard's headline, one slice per type. Types without a
 * respondent in the period are left out; the order is the reference list's.
 */
export async function getIkmByLicenseType(filter: SkmSliceFilter, db: Db = getDb()): Promise<IkmByLicenseTypeRow[]> {
  const questionnaire = getQuestionnaire(filter.questionnaire)!;
  const [types, weight] = await Promise.all([listLicenseTypes(), getSkmWeightMode(db)]);
  const sums = await Promise.all(types.map((lt) => sumSkmAggregates({ ...filter, licenseTypeId: lt.id }, db)));
  return types.flatMap((lt, i) => {
    const result = computeSkmIndex(indexInputFromSums(questionnaire, sums[i]!, weight));
    if (result.respondents === 0) return [];
    return [
      {
        code: lt.code,
        name: lt.name,
        nameEn: lt.nameEn,
        respondents: result.respondents,
        ikm: result.ikm,
        grade: result.grade,
      },
    ];
  });
}

/**
 * What the SKM downloads show for the dashboard's parameters: the summary, the IKM per licence type and a trend of
 * the period's own kind (8 quarters/months/semesters, 5 years; months for a custom range) ending with the period.
 */
export async function getSkmExportData(
  query: TSkmSummaryQuery,
  db: Db = getDb(),
): Promise<{ period: Period; data: SkmExportData }> {
  const filter = await resolveSkmFilter(query, db);
  const period = periodCovering(query.from, query.to);
  const trendKind = period.kind === "custom" ? "month" : period.kind;
  const [dashboard, byLicenseType] = await Promise.all([
    getSkmDashboard(filter, { trendKind, trendCount: trendKind === "year" ? 5 : 8 }, db),
    getIkmByLicenseType(filter, db),
  ]);
  return { period, data: { summary: dashboard.summary, byLicenseType, trend: dashboard.trend } };
}
