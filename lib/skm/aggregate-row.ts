/**
 * Pure part of the response store: a respondent's score and the increments a response adds to its
 * SkmDailyAggregate row. Element K of the questionnaire (definition order, U1 = 1) goes to columns sK/nK.
 */
import type { Questionnaire } from "./questionnaires";

export const MAX_AGGREGATE_ELEMENTS = 14;

export type AggregateIncrements = {
  respondents: number;
  scoreSum: number;
  scoreSumSq: number;
  sums: number[]; // index 0 = element 1
  counts: number[];
};

/** A respondent's score: the mean of the elements they answered (1–4); null when none was answered. */
export function respondentScore(
  questionnaire: Questionnaire,
  answers: Record<string, number | null | undefined>,
): number | null {
  let sum = 0;
  let count = 0;
  for (const el of questionnaire.elements) {
    const v = answers[el.code];
    if (typeof v === "number") {
      sum += v;
      count += 1;
    }
  }
  return count === 0 ? null : sum / count;
}

export function aggregateIncrements(
  questionnaire: Questionnaire,
  answers: Record<string, number | null | undefined>,
): AggregateIncrements {
  const sums = new Array<number>(MAX_AGGREGATE_ELEMENTS).fill(0);
  const counts = new Array<number>(MAX_AGGREGATE_ELEMENTS).fill(0);
  questionnaire.elements.forEach((el, i) => {
    const v = answers[el.code];
    if (typeof v === "number") {
      sums[i] = v;
      counts[i] = 1;
    }
  });
  const score = respondentScore(questionnaire, answers) ?? 0;
  return { respondents: 1, scoreSum: score, scoreSumSq: score * score, sums, counts };
}

/** Adds increments together (for building one aggregate row from many responses). */
export function addIncrements(a: AggregateIncrements, b: AggregateIncrements): AggregateIncrements {
  return {
    respondents: a.respondents + b.respondents,
    scoreSum: a.scoreSum + b.scoreSum,
    scoreSumSq: a.scoreSumSq + b.scoreSumSq,
    sums: a.sums.map((v, i) => v + b.sums[i]),
    counts: a.counts.map((v, i) => v + b.counts[i]),
  };
}

/** The aggregate row's column values for given increments: { s1, n1, …, s14, n14 }. */
export function elementColumns(inc: AggregateIncrements): Record<string, number> {
  const cols: Record<string, number> = {};
  for (let i = 0; i < MAX_AGGREGATE_ELEMENTS; i++) {
    cols[`s${i + 1}`] = inc.sums[i];
    cols[`n${i + 1}`] = inc.counts[i];
  }
  return cols;
}
