import "server-only";
/**
 * The SKM dashboard's per-counter views (issue 16): the IKM of each counter (loket), and one element's NRR per
 * counter (the element detail the per-element chart opens), for the dashboard's filter, from the same day and month
 * aggregates as the headline (never over responses). Respondents without a counter are counterId 0. The page hides
 * counters below the minimum n (lib/breakdowns/min-n.ts).
 */
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { computeSkmIndex } from "./compute-index";
import { getQuestionnaire, type Questionnaire } from "./questionnaires";
import { getSkmWeightMode, type SkmSliceFilter } from "./summary-queries";
import { indexInputFromSums, sumsFromColumns, type AggregateSums } from "./summary";
import { elementNrr } from "./element-links";
import type { SkmGrade } from "./constants";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";
import type { VersionedTable } from "../kpi/data-versions";

const SKM_AGGREGATES: VersionedTable[] = ["SkmDailyAggregate", "SkmMonthlyAggregate"];

export type SkmCounterFigures = { counterId: number; respondents: number; ikm: number | null; grade: SkmGrade | null };

/**
 * Σ of the questionnaire's columns per counter id for the filter; a counter filter is ignored (every counter). Kept
 * under the aggregates' change counters (lib/kpi/versioned-cache-queries.ts).
 */
async function sumsByCounter(
  filter: SkmSliceFilter,
  questionnaire: Questionnaire,
  db: Db,
): Promise<Array<{ counterId: number; sums: AggregateSums }>> {
  const key = ["skm-by-counter", filter.questionnaire, filter.licenseTypeId, filter.channel, filter.from, filter.to];
  return cachedUnderVersions(await trustedDataVersions(db), key, SKM_AGGREGATES, filter, () =>
    readSumsByCounter(filter, questionnaire, db),
  );
}

async function readSumsByCounter(
  filter: SkmSliceFilter,
  questionnaire: Questionnaire,
  db: Db,
): Promise<Array<{ counterId: number; sums: AggregateSums }>> {
  const elementColumns = questionnaire.elements.flatMap((_, i) => [`s${i + 1}`, `n${i + 1}`]);
  const columns = ["counterId", "respondents", "scoreSum", "scoreSumSq", ...elementColumns];
  const conditions = [Prisma.sql`"questionnaire" = ${filter.questionnaire}`];
  if (filter.licenseTypeId !== undefined) conditions.push(Prisma.sql`"licenseTypeId" = ${filter.licenseTypeId}`);
  if (filter.channel !== undefined) conditions.push(Prisma.sql`"channel" = ${filter.channel}`);
  const sums = Prisma.raw(
    columns
      .slice(1)
      .map((column) => `SUM(s."${column}") AS "${column}"`)
      .join(", "),
  );
  const rows = rollUpRows({ day: "SkmDailyAggregate", month: "SkmMonthlyAggregate" }, columns, filter, conditions);
  const grouped = await db.$queryRaw<Array<Record<string, unknown> & { counterId: number | bigint }>>`
    SELECT s."counterId" AS "counterId", ${sums} FROM ${rows} s GROUP BY s."counterId" ORDER BY s."counterId"`;
  return grouped.map((row) => ({ counterId: Number(row.counterId), sums: sumsFromColumns(row as never) }));
}

/** IKM per counter id (0 = not given) for the filter; a counter filter is ignored (every counter is listed). */
export async function getSkmIkmByCounter(filter: SkmSliceFilter, db: Db = getDb()): Promise<SkmCounterFigures[]> {
  const questionnaire = getQuestionnaire(filter.questionnaire);
  if (!questionnaire) return [];
  const [grouped, weight] = await Promise.all([sumsByCounter(filter, questionnaire, db), getSkmWeightMode(db)]);
  return grouped
    .map(({ counterId, sums }) => {
      const result = computeSkmIndex(indexInputFromSums(questionnaire, sums, weight));
      return { counterId, respondents: result.respondents, ikm: result.ikm, grade: result.grade };
    })
    .filter((row) => row.respondents > 0);
}

export type SkmElementCounterFigures = { counterId: number; answers: number; nrr: number | null };

/**
 * One element's answers and NRR per counter id for the filter (counters whose respondents left it blank are left
 * out); a counter filter is ignored, like the IKM per counter. Empty for an element the questionnaire lacks.
 */
export async function getSkmElementByCounter(
  filter: SkmSliceFilter,
  code: string,
  db: Db = getDb(),
): Promise<SkmElementCounterFigures[]> {
  const questionnaire = getQuestionnaire(filter.questionnaire);
  const index = questionnaire?.elements.findIndex((element) => element.code === code) ?? -1;
  if (!questionnaire || index < 0) return [];
  const grouped = await sumsByCounter(filter, questionnaire, db);
  return grouped
    .map(({ counterId, sums }) => ({
      counterId,
      answers: sums.counts[index]!,
      nrr: elementNrr(sums.sums[index]!, sums.counts[index]!),
    }))
    .filter((row) => row.answers > 0);
}
