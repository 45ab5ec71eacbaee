import "server-only";
import { getDb, type Db } from "../db/client";
import type { SampleMoments } from "./compute-index";
import { addToMoments, parseAnswers, type LowScoreTable } from "./answer-stats";
import { lowScoreTableFromCounts } from "./low-answer-roll-up";
import { listCounterNames } from "../reference/queries";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";

const PAGE_SIZE = 5000;

/**
 * Reads the answers of the responses of a questionnaire in [from, to] page by page (keyset on id), so a year of
 * responses never sits in memory at once, and hands each page to `visit`.
 */
async function scanAnswers(
  filter: { from: string; to: string; questionnaire: string },
  visit: (rows: { surveyDate: string; counterId: number | null; answers: Record<string, number> }[]) => void,
  db: Db,
): Promise<void> {
  let cursor: string | null = null;
  for (;;) {
    const rows: { id: string; surveyDate: string; counterId: number | null; answers: string }[] =
      await db.surveyResponse.findMany({
        where: {
          questionnaire: filter.questionnaire,
          surveyDate: { gte: filter.from, lte: filter.to },
          ...(cursor ? { id: { gt: cursor } } : {}),
        },
        orderBy: { id: "asc" },
        take: PAGE_SIZE,
        select: { id: true, surveyDate: true, counterId: true, answers: true },
      });
    if (rows.length === 0) return;
    visit(rows.map((r) => ({ surveyDate: r.surveyDate, counterId: r.counterId, answers: parseAnswers(r.answers) })));
    if (rows.length < PAGE_SIZE) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

/** n, Σ and Σ² of the answers to each of `codes` in a period (for the element change test). */
export async function getElementMoments(
  filter: { from: string; to: string; questionnaire: string },
  codes: readonly string[],
  db: Db = getDb(),
): Promise<Map<string, SampleMoments>> {
  const moments = new Map<string, SampleMoments>();
  addToMoments(moments, [], codes);
  await scanAnswers(
    filter,
    (rows) =>
      addToMoments(
        moments,
        rows.map((r) => r.answers),
        codes,
      ),
    db,
  );
  return moments;
}

/**
 * Low answers (1–2) per day, counter and element over [from, to], counters below `minN` responses left out
 * (lib/skm/low-answer-roll-up.ts), with the counters' names: from the low-answer roll-up and the day aggregates'
 * respondents, never the responses themselves.
 */
export async function getLowScoreTable(
  filter: { from: string; to: string; questionnaire: string },
  codes: readonly string[],
  minN: number,
  db: Db = getDb(),
): Promise<LowScoreTable & { counterNames: Record<number, string> }> {
  const versions = await trustedDataVersions(db);
  // The table from the roll-ups is kept under their change counters (lib/kpi/versioned-cache-queries.ts); the counters'
  // names are read each time.
  const [table, counters] = await Promise.all([
    cachedUnderVersions(
      versions,
      ["skm-low-scores", filter.questionnaire, filter.from, filter.to, codes.join(","), minN],
      ["SkmDailyAggregate", "SkmLowAnswerDayStat"],
      filter,
      () => readLowScoreTable(filter, codes, minN, db),
    ),
    listCounterNames(db),
  ]);
  return { ...table, counterNames: Object.fromEntries(counters) };
}

async function readLowScoreTable(
  filter: { from: string; to: string; questionnaire: string },
  codes: readonly string[],
  minN: number,
  db: Db,
): Promise<LowScoreTable> {
  const [responses, lows] = await Promise.all([
    db.$queryRaw<Array<{ day: string; counterId: number; responses: number | bigint }>>`
      SELECT "day" AS "day", "counterId" AS "counterId", SUM("respondents") AS "responses" FROM "SkmDailyAggregate"
      WHERE "questionnaire" = ${filter.questionnaire} AND "day" BETWEEN ${filter.from} AND ${filter.to}
      GROUP BY "day", "counterId"`,
    db.skmLowAnswerDayStat.findMany({
      where: { questionnaire: filter.questionnaire, day: { gte: filter.from, lte: filter.to } },
      select: { day: true, counterId: true, element: true, count: true },
    }),
  ]);
  const counts = responses.map((row) => ({
    day: row.day,
    counterId: Number(row.counterId),
    responses: Number(row.responses),
  }));
  return lowScoreTableFromCounts(counts, lows, codes, minN);
}
