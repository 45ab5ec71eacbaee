/**
 * Pure recount of SkmDailyAggregate from raw SurveyResponse rows (issue 12): the same slice key and the same
 * increments as the writers (aggregate-row.ts), so a recount of untouched data equals what the writers stored.
 * Used to re-derive the days an undone import touched and by the consistency check.
 */
import {
  addIncrements,
  aggregateIncrements,
  elementColumns,
  MAX_AGGREGATE_ELEMENTS,
  type AggregateIncrements,
} from "./aggregate-row";
import { getQuestionnaire } from "./questionnaires";

export type RawResponseForRecount = {
  surveyDate: string;
  questionnaire: string;
  licenseTypeId: number | null;
  counterId: number | null;
  channel: string;
  answers: string;
};

/** The SurveyResponse columns a recount reads (a Prisma `select`). */
export const RECOUNT_COLUMNS = {
  surveyDate: true,
  questionnaire: true,
  licenseTypeId: true,
  counterId: true,
  channel: true,
  answers: true,
} as const satisfies Record<keyof RawResponseForRecount, true>;

export type AggregateSlice = {
  day: string;
  questionnaire: string;
  licenseTypeId: number;
  counterId: number;
  channel: string;
};
export type RecountedAggregate = AggregateSlice & {
  respondents: number;
  scoreSum: number;
  scoreSumSq: number;
} & Record<string, number | string>;

export function sliceKey(s: AggregateSlice): string {
  return `${s.day}|${s.questionnaire}|${s.licenseTypeId}|${s.counterId}|${s.channel}`;
}

/** The slice a response is counted in: its WIB day, version, licence type and counter (0 when none), channel. */
export function responseSlice(row: Omit<RawResponseForRecount, "answers">): AggregateSlice {
  return {
    day: row.surveyDate,
    questionnaire: row.questionnaire,
    licenseTypeId: row.licenseTypeId ?? 0,
    counterId: row.counterId ?? 0,
    channel: row.channel,
  };
}

/** Adds one response's increments to its slice in `into` (keyed by sliceKey). */
export function addToSlice(
  into: Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>,
  slice: AggregateSlice,
  inc: AggregateIncrements,
): void {
  const key = sliceKey(slice);
  const prev = into.get(key);
  into.set(key, { slice, inc: prev ? addIncrements(prev.inc, inc) : inc });
}

/** Accumulates raw responses into per-slice increments (a Map the caller may keep feeding page by page). */
export function accumulateResponses(
  into: Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>,
  rows: readonly RawResponseForRecount[],
): void {
  for (const row of rows) {
    const questionnaire = getQuestionnaire(row.questionnaire);
    if (!questionnaire) continue;
    addToSlice(
      into,
      responseSlice(row),
      aggregateIncrements(questionnaire, JSON.parse(row.answers) as Record<string, number | null>),
    );
  }
}

/** The aggregate rows (as they would be stored) of accumulated increments. */
export function aggregateRowsOf(
  accumulated: Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>,
): RecountedAggregate[] {
  return [...accumulated.values()].map(({ slice, inc }) => ({
    ...slice,
    respondents: inc.respondents,
    scoreSum: inc.scoreSum,
    scoreSumSq: inc.scoreSumSq,
    ...elementColumns(inc),
  }));
}

/** The numeric columns of an aggregate row, in a fixed order (respondents, scoreSum, scoreSumSq, s1, n1, …). */
export const AGGREGATE_VALUE_COLUMNS: readonly string[] = [
  "respondents",
  "scoreSum",
  "scoreSumSq",
  ...Array.from({ length: MAX_AGGREGATE_ELEMENTS }, (_, i) => [`s${i + 1}`, `n${i + 1}`]).flat(),
];

/** Float columns are sums of means (k/9): equal up to rounding of the summation order. */
export const FLOAT_AGGREGATE_COLUMNS: ReadonlySet<string> = new Set(["scoreSum", "scoreSumSq"]);
