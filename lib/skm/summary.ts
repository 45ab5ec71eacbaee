/**
 * Pure assembly of an SKM summary from summed SkmDailyAggregate columns: the aggregate table keeps, per WIB day and
 * slice, Σ and count of each element's answers (sK/nK) and Σ/Σ² of respondent scores. Summing those columns over the
 * days of a period gives exactly the engine's input, so the cost follows the number of day-slices, not responses.
 */
import {
  computeSkmIndex,
  isSampleAdequate,
  requiredSampleSize,
  weakestElements,
  type SkmIndexInput,
  type SkmIndexResult,
} from "./compute-index";
import { compareIkmPeriods, type IkmPeriodComparison } from "./ikm-comparison";
import type { SkmGrade, SkmWeightMode } from "./constants";
import { MAX_AGGREGATE_ELEMENTS } from "./aggregate-row";
import type { Questionnaire } from "./questionnaires";

export const SKM_CHANNELS = ["link", "qr", "kiosk", "web", "paper", "import"] as const;
export type SkmChannel = (typeof SKM_CHANNELS)[number];

/** Σ of the aggregate columns over a set of day-slices. */
export type AggregateSums = {
  respondents: number;
  scoreSum: number;
  scoreSumSq: number;
  /** index 0 = element 1 (U1) */
  sums: number[];
  counts: number[];
};

export function emptySums(): AggregateSums {
  return {
    respondents: 0,
    scoreSum: 0,
    scoreSumSq: 0,
    sums: new Array<number>(MAX_AGGREGATE_ELEMENTS).fill(0),
    counts: new Array<number>(MAX_AGGREGATE_ELEMENTS).fill(0),
  };
}

/** A row shaped like SkmDailyAggregate (or a Prisma `_sum` of it; nulls count as 0). */
export type AggregateColumns = {
  respondents: number | null;
  scoreSum: number | null;
  scoreSumSq: number | null;
} & Record<string, unknown>;

/** Reads s1..s14 / n1..n14 of an aggregate row (or `_sum`) into AggregateSums. */
export function sumsFromColumns(row: AggregateColumns): AggregateSums {
  const out = emptySums();
  out.respondents = Number(row.respondents ?? 0);
  out.scoreSum = Number(row.scoreSum ?? 0);
  out.scoreSumSq = Number(row.scoreSumSq ?? 0);
  for (let i = 0; i < MAX_AGGREGATE_ELEMENTS; i++) {
    out.sums[i] = Number(row[`s${i + 1}`] ?? 0);
    out.counts[i] = Number(row[`n${i + 1}`] ?? 0);
  }
  return out;
}

export function addSums(a: AggregateSums, b: AggregateSums): AggregateSums {
  return {
    respondents: a.respondents + b.respondents,
    scoreSum: a.scoreSum + b.scoreSum,
    scoreSumSq: a.scoreSumSq + b.scoreSumSq,
    sums: a.sums.map((v, i) => v + b.sums[i]!),
    counts: a.counts.map((v, i) => v + b.counts[i]!),
  };
}

/** The engine input for a questionnaire from summed aggregate columns (element K ↔ column K). */
export function indexInputFromSums(
  questionnaire: Questionnaire,
  sums: AggregateSums,
  weight: SkmWeightMode,
): SkmIndexInput {
  return {
    method: questionnaire.method,
    weight,
    respondents: sums.respondents,
    scoreSum: sums.scoreSum,
    scoreSumSq: sums.scoreSumSq,
    elements: questionnaire.elements.map((element, i) => ({
      code: element.code,
      sum: sums.sums[i]!,
      count: sums.counts[i]!,
    })),
  };
}

export type SkmSummaryElement = {
  code: string;
  name: string;
  nameEn: string;
  count: number;
  nrr: number | null;
  weighted: number | null;
  isWeakest: boolean;
};

export type SkmSummary = {
  questionnaire: string;
  regulation: string;
  from: string;
  to: string;
  respondents: number;
  hasData: boolean;
  elements: SkmSummaryElement[];
  index: number | null;
  ikm: number | null;
  grade: SkmGrade | null;
  performance: { id: string; en: string } | null;
  /** The weight applied to each answered element, over how many elements, and Σ weights (≤ 1). */
  weight: SkmIndexResult["weight"];
  /** Elements nobody answered; when any, the report is incomplete (isComplete false). */
  unansweredElements: string[];
  isComplete: boolean;
  population: number | null;
  populationSource: "applications" | "admin" | null;
  requiredSample: number | null;
  sampleAdequate: boolean | null;
  ci95: [number, number] | null;
  /** Codes of the three weakest elements, lowest NRR first. */
  weakest: string[];
};

/**
 * Builds the published summary: the engine's figures plus element names, the three weakest elements and the
 * Krejcie–Morgan sample check (null when the population of the period is unknown).
 */
export function assembleSkmSummary(args: {
  questionnaire: Questionnaire;
  sums: AggregateSums;
  weight: SkmWeightMode;
  from: string;
  to: string;
  population: { value: number; source: "applications" | "admin" } | null;
}): SkmSummary {
  const { questionnaire, sums } = args;
  const result: SkmIndexResult = computeSkmIndex(indexInputFromSums(questionnaire, sums, args.weight));
  const weakest = weakestElements(result, 3).map((e) => e.code);
  const population = args.population?.value ?? null;
  return {
    questionnaire: questionnaire.code,
    regulation: questionnaire.regulation,
    from: args.from,
    to: args.to,
    respondents: result.respondents,
    hasData: result.hasData,
    elements: result.elements.map((e, i) => ({
      code: e.code,
      name: questionnaire.elements[i]!.nameId,
      nameEn: questionnaire.elements[i]!.nameEn,
      count: e.count,
      nrr: e.nrr,
      weighted: e.weighted,
      isWeakest: weakest.includes(e.code),
    })),
    index: result.index,
    ikm: result.ikm,
    grade: result.grade,
    performance: result.performance,
    weight: result.weight,
    unansweredElements: result.unansweredElements,
    isComplete: result.isComplete,
    population,
    populationSource: args.population?.source ?? null,
    requiredSample: population === null ? null : requiredSampleSize(population),
    sampleAdequate: population === null ? null : isSampleAdequate(result.respondents, population),
    ci95: result.ci95,
    weakest,
  };
}

/** Change against another period (Welch t on respondent scores), both from aggregate sums. */
export function comparePeriodSums(
  questionnaire: Questionnaire,
  current: AggregateSums,
  previous: AggregateSums,
  weight: SkmWeightMode,
): IkmPeriodComparison {
  return compareIkmPeriods(
    indexInputFromSums(questionnaire, current, weight),
    indexInputFromSums(questionnaire, previous, weight),
  );
}
