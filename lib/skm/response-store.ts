import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { aggregateIncrements, addIncrements, elementColumns, type AggregateIncrements } from "./aggregate-row";
import { prepareResponseRow, sliceOf, type NewSurveyResponse, type ResponseSlice } from "./response-row";

export { prepareResponseRow, type NewSurveyResponse } from "./response-row";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function addToAggregate(tx: Tx, slice: ResponseSlice, inc: AggregateIncrements) {
  const cols = elementColumns(inc);
  const increments: Record<string, { increment: number }> = {};
  for (const [k, v] of Object.entries(cols)) if (v) increments[k] = { increment: v };
  await tx.skmDailyAggregate.upsert({
    where: { day_questionnaire_licenseTypeId_counterId_channel: slice },
    create: { ...slice, respondents: inc.respondents, scoreSum: inc.scoreSum, scoreSumSq: inc.scoreSumSq, ...cols },
    update: {
      respondents: { increment: inc.respondents },
      scoreSum: { increment: inc.scoreSum },
      scoreSumSq: { increment: inc.scoreSumSq },
      ...increments,
    },
  });
}

/**
 * Stores one response and adds it to its daily aggregate, atomically, inside the caller's transaction.
 * Uniqueness of idempotencyKey and invitationId is enforced by the database (a concurrent duplicate fails
 * with a unique-constraint error the caller turns into "the first result" or 409).
 */
export async function insertSurveyResponse(tx: Tx, r: NewSurveyResponse): Promise<{ id: string }> {
  const { questionnaire, data } = prepareResponseRow(r);
  const row = await tx.surveyResponse.create({ data, select: { id: true } });
  await addToAggregate(tx, sliceOf(r), aggregateIncrements(questionnaire, r.answers));
  return row;
}

/**
 * Stores many responses in one transaction (imports, paper batches, seed): all or nothing.
 * Aggregates are accumulated in memory per slice and written once per slice.
 */
export async function insertSurveyResponsesBulk(
  rows: NewSurveyResponse[],
  db: Db = getDb(),
  options: { beforeRows?: (tx: Tx) => Promise<void> } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const prepared = rows.map((r) => ({ r, ...prepareResponseRow(r) }));
  const slices = new Map<string, { slice: ResponseSlice; inc: AggregateIncrements }>();
  for (const p of prepared) {
    const slice = sliceOf(p.r);
    const key = JSON.stringify(slice);
    const inc = aggregateIncrements(p.questionnaire, p.r.answers);
    const prev = slices.get(key);
    slices.set(key, { slice, inc: prev ? addIncrements(prev.inc, inc) : inc });
  }
  await db.$transaction(
    async (tx) => {
      // e.g. the import's own record, in the same transaction as its rows
      if (options.beforeRows) await options.beforeRows(tx);
      const CHUNK = 500;
      for (let i = 0; i < prepared.length; i += CHUNK) {
        await tx.surveyResponse.createMany({ data: prepared.slice(i, i + CHUNK).map((p) => p.data) });
      }
      for (const { slice, inc } of slices.values()) await addToAggregate(tx, slice, inc);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return rows.length;
}

/** True when an error is a unique-constraint violation (idempotency key or invitation already used). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code?: string }).code === "P2002"
  );
}

/** The stored response an idempotency key already names (its id, time and licence type), or null. */
export async function findResponseByIdempotencyKey(key: string, db: Db = getDb()) {
  return db.surveyResponse.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, submittedAt: true, licenseTypeId: true },
  });
}
