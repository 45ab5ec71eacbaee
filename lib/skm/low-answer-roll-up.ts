/**
 * The low answers' day roll-up (issue 15, SkmLowAnswerDayStat): which elements it counts, the SQL test of a low
 * answer per engine, the recount over the responses that the consistency check compares it with, and the SKM
 * dashboard's low-score table rebuilt from the roll-up and the day aggregates' respondent counts. The triggers of
 * migration 20261206111331_skm_low_answer_roll_up use the same elements and test (change both together). Pure.
 */
import type { LowScoreTable } from "./answer-stats";

/** The element codes the roll-up counts: U1–U14 (SKM-2017 has U1–U9, IKM-2004 U1–U14). */
export const LOW_ANSWER_ELEMENTS = Array.from({ length: 14 }, (_, index) => `U${index + 1}`);

const ELEMENTS_SQL = LOW_ANSWER_ELEMENTS.map((code) => `SELECT '${code}' AS "code"`).join(" UNION ALL ");

/** SQL: the answer to element `code` in `answers` (JSON text) is 1 or 2. */
const LOW_SQL = {
  sqlite: (answers: string, code: string) => `json_extract(${answers}, '$.' || ${code}) IN (1, 2)`,
  postgresql: (answers: string, code: string) => `(${answers}::jsonb -> ${code}) IN ('1'::jsonb, '2'::jsonb)`,
};

/** SELECT day, questionnaire, counterId (0 = none), element, count: every response's low answers, counted. */
export function lowAnswerRecountSql(engine: "sqlite" | "postgresql"): string {
  return `SELECT r."surveyDate" AS "day", r."questionnaire" AS "questionnaire", COALESCE(r."counterId", 0) AS "counterId",
      c."code" AS "element", COUNT(*) AS "count"
    FROM "SurveyResponse" r CROSS JOIN (${ELEMENTS_SQL}) c WHERE ${LOW_SQL[engine]('r."answers"', 'c."code"')}
    GROUP BY r."surveyDate", r."questionnaire", COALESCE(r."counterId", 0), c."code"`;
}

/** Respondents per day and counter (0 = none) in the window, from the day aggregates. */
export type DayCounterResponses = { day: string; counterId: number; responses: number };
/** Low answers per day, counter (0 = none) and element in the window, from the roll-up. */
export type DayCounterLowAnswers = { day: string; counterId: number; element: string; count: number };

/**
 * The same table as `lowScoreTable` (lib/skm/answer-stats.ts) computed from counts instead of responses: counters
 * with fewer than `minN` responses in the window are hidden, and a day and counter is listed when one of `codes` has
 * a low answer there.
 */
export function lowScoreTableFromCounts(
  responses: readonly DayCounterResponses[],
  lows: readonly DayCounterLowAnswers[],
  codes: readonly string[],
  minN: number,
): LowScoreTable {
  const counterOf = (id: number) => (id === 0 ? null : id);
  const cellKey = (day: string, counterId: number) => `${day}|${counterId}`;
  const totals = new Map<number | null, number>();
  const cellResponses = new Map<string, number>();
  for (const row of responses) {
    if (row.responses <= 0) continue;
    const counterId = counterOf(row.counterId);
    totals.set(counterId, (totals.get(counterId) ?? 0) + row.responses);
    const key = cellKey(row.day, row.counterId);
    cellResponses.set(key, (cellResponses.get(key) ?? 0) + row.responses);
  }
  const shown = new Set([...totals].filter(([, n]) => n >= minN).map(([id]) => id));
  const wanted = new Set(codes);
  const cells = new Map<string, LowScoreTable["rows"][number]>();
  for (const row of lows) {
    const counterId = counterOf(row.counterId);
    if (!shown.has(counterId) || !wanted.has(row.element) || row.count <= 0) continue;
    const key = cellKey(row.day, row.counterId);
    let cell = cells.get(key);
    if (!cell) {
      const low = Object.fromEntries(codes.map((code) => [code, 0]));
      cell = { day: row.day, counterId, responses: cellResponses.get(key) ?? 0, low };
      cells.set(key, cell);
    }
    cell.low[row.element] = (cell.low[row.element] ?? 0) + row.count;
  }
  return {
    counters: [...totals]
      .filter(([id]) => shown.has(id))
      .map(([counterId, count]) => ({ counterId, responses: count }))
      .sort((a, b) => (a.counterId ?? 0) - (b.counterId ?? 0)),
    hiddenCounters: totals.size - shown.size,
    rows: [...cells.values()].sort((a, b) =>
      a.day === b.day ? (a.counterId ?? 0) - (b.counterId ?? 0) : b.day.localeCompare(a.day),
    ),
  };
}
