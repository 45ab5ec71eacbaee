import "server-only";
/**
 * The SKM dashboard's per-counter view (issue 16): the IKM of each counter (loket) for the dashboard's filter, from
 * the same day and month aggregates as the headline (never over responses). Respondents without a counter are
 * counterId 0. The page hides counters below the minimum n (lib/breakdowns/min-n.ts).
 */
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { computeSkmIndex } from "./compute-index";
import { getQuestionnaire } from "./questionnaires";
import { getSkmWeightMode, type SkmSliceFilter } from "./summary-queries";
import { indexInputFromSums, sumsFromColumns } from "./summary";
import type { SkmGrade } from "./constants";

export type SkmCounterFigures = { counterId: number; respondents: number; ikm: number | null; grade: SkmGrade | null };

/** IKM per counter id (0 = not given) for the filter; a counter filter is ignored (every counter is listed). */
export async function getSkmIkmByCounter(filter: SkmSliceFilter, db: Db = getDb()): Promise<SkmCounterFigures[]> {
  const questionnaire = getQuestionnaire(filter.questionnaire);
  if (!questionnaire) return [];
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
  const [grouped, weight] = await Promise.all([
    db.$queryRaw<Array<Record<string, unknown> & { counterId: number | bigint }>>`
      SELECT s."counterId" AS "counterId", ${sums} FROM ${rows} s GROUP BY s."counterId" ORDER BY s."counterId"`,
    getSkmWeightMode(db),
  ]);
  return grouped
    .map((row) => {
      const result = computeSkmIndex(indexInputFromSums(questionnaire, sumsFromColumns(row as never), weight));
      return {
        counterId: Number(row.counterId),
        respondents: result.respondents,
        ikm: result.ikm,
        grade: result.grade,
      };
    })
    .filter((row) => row.respondents > 0);
}
