import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { aggregateIncrements, elementColumns, type AggregateIncrements } from "./aggregate-row";
import { addToSlice, responseSlice, sliceKey, type AggregateSlice } from "./aggregate-recount";
import { prepareResponseRow, type NewSurveyResponse } from "./response-store";

/**
 * Fast loader for large batches (demo seed, benchmarks, big historical imports): the same rows and the same
 * SkmDailyAggregate totals as `insertSurveyResponsesBulk`, but new aggregate slices are written with one createMany
 * instead of one upsert each; slices that already exist are incremented. All or nothing (one transaction).
 * A test proves both paths leave identical aggregates.
 */
export async function bulkLoadSurveyResponses(rows: NewSurveyResponse[], db: Db = getDb()): Promise<number> {
  if (rows.length === 0) return 0;
  const data = rows.map((r, index) => {
    try {
      const { questionnaire, data: row } = prepareResponseRow(r);
      return { questionnaire, row };
    } catch (error) {
      if (error instanceof AppError)
        throw new AppError(error.code, `Baris ${index + 1}: ${error.message}`, { fields: error.fields });
      throw error;
    }
  });
  const slices = new Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>();
  let minDay = "9999-12-31";
  let maxDay = "0000-01-01";
  for (const { questionnaire, row } of data) {
    const slice = responseSlice(row);
    if (slice.day < minDay) minDay = slice.day;
    if (slice.day > maxDay) maxDay = slice.day;
    const answers = row.answers ? (JSON.parse(row.answers) as Record<string, number | null>) : {};
    addToSlice(slices, slice, aggregateIncrements(questionnaire, answers));
  }
  await db.$transaction(
    async (tx) => {
      const CHUNK = 1000;
      for (let i = 0; i < data.length; i += CHUNK) {
        await tx.surveyResponse.createMany({ data: data.slice(i, i + CHUNK).map((d) => d.row) });
      }
      const existing = await tx.skmDailyAggregate.findMany({
        where: { day: { gte: minDay, lte: maxDay } },
        select: { day: true, questionnaire: true, licenseTypeId: true, counterId: true, channel: true },
      });
      const existingKeys = new Set(existing.map(sliceKey));
      const fresh: Record<string, unknown>[] = [];
      for (const [key, { slice, inc }] of slices) {
        const cols = elementColumns(inc);
        if (existingKeys.has(key)) {
          const increments: Record<string, { increment: number }> = {};
          for (const [k, v] of Object.entries(cols)) if (v) increments[k] = { increment: v };
          await tx.skmDailyAggregate.update({
            where: { day_questionnaire_licenseTypeId_counterId_channel: slice },
            data: {
              respondents: { increment: inc.respondents },
              scoreSum: { increment: inc.scoreSum },
              scoreSumSq: { increment: inc.scoreSumSq },
              ...increments,
            },
          });
        } else {
          fresh.push({
            ...slice,
            respondents: inc.respondents,
            scoreSum: inc.scoreSum,
            scoreSumSq: inc.scoreSumSq,
            ...cols,
          });
        }
      }
      for (let i = 0; i < fresh.length; i += CHUNK) {
        await tx.skmDailyAggregate.createMany({ data: fresh.slice(i, i + CHUNK) as never });
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return rows.length;
}
