/**
 * The SKM/IKM engine: per-unsur NRR, weighted index, converted IKM, grade, a 95 % confidence
 * interval, period comparison and the Krejcie–Morgan sample size. Pure: fed from aggregates
 * (database sums), so the same code serves a 30-response kiosk and a 100 000-response year.
 */
import {
  CONVERSION_FACTOR,
  ELEMENT_COUNT,
  GRADE_BANDS,
  IKM_DECIMALS,
  IKM_MAX,
  IKM_MIN,
  INDEX_DECIMALS,
  KREJCIE_MORGAN,
  PRINTED_WEIGHT_DECIMALS,
  WEIGHTS,
  type GradeBand,
  type SkmGrade,
  type SkmMethod,
  type SkmWeightMode,
} from "./constants";
import { roundHalfUp } from "./rounding";
import { sampleStatistics, studentT95 } from "./significance";

// Re-exported: the rounding and the significance test belong to the IKM engine's public surface.
export { roundHalfUp } from "./rounding";
export type { IkmPeriodComparison } from "./ikm-comparison";
export {
  compareElementPeriods,
  studentT95,
  welchTest,
  type ElementChange,
  type SampleMoments,
  type WelchTestResult,
} from "./significance";

export interface SkmElementAggregate {
  /** Unsur code, e.g. "U1". */
  code: string;
  /** Σ answers (1–4) given to this unsur. */
  sum: number;
  /** Number of respondents who answered this unsur. */
  count: number;
}

export interface SkmIndexInput {
  method: SkmMethod;
  weight: SkmWeightMode;
  elements: readonly SkmElementAggregate[];
  /** Responses with at least one answered unsur. */
  respondents: number;
  /** Σ score, where a respondent's score is the mean of their answered unsur (1–4). */
  scoreSum: number;
  /** Σ score². */
  scoreSumSq: number;
}

export interface SkmElementResult {
  code: string;
  count: number;
  /** Nilai rata-rata per unsur (4 decimals); null when nobody answered the unsur. */
  nrr: number | null;
  /** NRR tertimbang = NRR × weight (4 decimals); null when nobody answered the unsur. */
  weighted: number | null;
}

export interface SkmPerformance {
  id: string;
  en: string;
}

export interface SkmIndexResult {
  method: SkmMethod;
  respondents: number;
  elements: SkmElementResult[];
  /** Raw index 1–4, 4 decimals. */
  index: number | null;
  /** IKM konversi 25–100, 2 decimals. */
  ikm: number | null;
  grade: SkmGrade | null;
  performance: SkmPerformance | null;
  /**
   * The weight applied to every answered unsur (`value`), over how many unsur (`answeredElements`),
   * and Σ weights = value × answeredElements (never above 1, so the IKM never exceeds 100,00).
   */
  weight: { mode: SkmWeightMode; value: number; answeredElements: number; sum: number };
  /** Unsur of the questionnaire that nobody answered in the period (regulation order). */
  unansweredElements: string[];
  /** Every unsur has at least one answer; false means the report is incomplete. */
  isComplete: boolean;
  /** 95 % confidence interval of the IKM (Student's t, df = n − 1), 2 decimals; null with fewer than 2 respondents. */
  ci95: [number, number] | null;
  hasData: boolean;
}

/**
 * Grade band for a converted IKM, classified on its 2-decimal value by lower bounds
 * (PermenPANRB 14/2017: ≥88,31 A, ≥76,61 B, ≥65,00 C, else D;
 *  KEP/25/2004: ≥81,26 A, ≥62,51 B, ≥43,76 C, else D).
 */
export function classifyIkm(ikm: number, method: SkmMethod): GradeBand {
  const hundredths = Math.round(roundHalfUp(ikm, IKM_DECIMALS) * 100);
  const bands = GRADE_BANDS[method];
  const band = bands.find((candidate) => hundredths >= Math.round(candidate.minIkm * 100));
  // The last band's lower bound is the scale minimum; anything below it is still the worst grade.
  return band ?? bands[bands.length - 1]!;
}

/**
 * Nilai penimbang for `answeredElementCount` unsur: jumlah bobot ÷ jumlah unsur yang terisi
 * (PermenPANRB 14/2017; KEP/25/2004). "exact" is 1/k; "printed" is 1/k written with 3 decimals the
 * way the regulations print it, i.e. cut, not rounded: k = 9 → 0,111 and k = 14 → 0,071 (as printed),
 * k = 7 → 0,142 and k = 6 → 0,166. Rounding instead (0,143; 0,167) would make the weights sum to
 * 1,001 or 1,002 and a perfect survey score 100,10 or 100,20; cutting keeps Σ weights ≤ 1, so an
 * IKM never exceeds 100,00.
 */
export function elementWeight(method: SkmMethod, mode: SkmWeightMode, answeredElementCount: number): number {
  if (answeredElementCount === ELEMENT_COUNT[method] || answeredElementCount === 0) return WEIGHTS[method][mode];
  if (
    !Number.isInteger(answeredElementCount) ||
    answeredElementCount < 0 ||
    answeredElementCount > ELEMENT_COUNT[method]
  ) {
    throw new RangeError(
      `answeredElementCount must be an integer 0–${ELEMENT_COUNT[method]}, got ${answeredElementCount}`,
    );
  }
  if (mode === "exact") return 1 / answeredElementCount;
  const scale = 10 ** PRINTED_WEIGHT_DECIMALS;
  // Integer division avoids floating error at the cut (1000/8 = 125 exactly → 0,125).
  return Math.floor(scale / answeredElementCount) / scale;
}

function assertNonNegativeInteger(value: number, label: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${value}`);
  }
}

function assertValidInput(input: SkmIndexInput): void {
  assertNonNegativeInteger(input.respondents, "respondents");
  if (!Number.isFinite(input.scoreSum) || input.scoreSum < 0) {
    throw new RangeError(`scoreSum must be a finite non-negative number, got ${input.scoreSum}`);
  }
  if (!Number.isFinite(input.scoreSumSq) || input.scoreSumSq < 0) {
    throw new RangeError(`scoreSumSq must be a finite non-negative number, got ${input.scoreSumSq}`);
  }
  if (input.elements.length > ELEMENT_COUNT[input.method]) {
    throw new RangeError(
      `method ${input.method} has ${ELEMENT_COUNT[input.method]} unsur, got ${input.elements.length} elements`,
    );
  }
  const seen = new Set<string>();
  for (const element of input.elements) {
    if (seen.has(element.code)) throw new RangeError(`duplicate element ${element.code}`);
    seen.add(element.code);
    assertNonNegativeInteger(element.count, `${element.code}.count`);
    if (element.count > input.respondents) {
      throw new RangeError(`${element.code}.count ${element.count} exceeds respondents ${input.respondents}`);
    }
    if (!Number.isFinite(element.sum) || element.sum < element.count || element.sum > 4 * element.count) {
      throw new RangeError(`${element.code}.sum ${element.sum} is outside ${element.count}–${4 * element.count}`);
    }
  }
}

/**
 * Computes the SKM/IKM for one period (PermenPANRB 14/2017; KEP/25/M.PAN/2/2004):
 *   NRR_i = Σ answers_i ÷ respondents who answered unsur i
 *   IKM   = Σ (NRR_i × w)           (1–4, 4 decimals)
 *   IKM konversi = IKM × 25         (25–100, 2 decimals, from the unrounded IKM)
 * Skipped unsur: an unsur nobody answered is left out and w = 1/k over the k answered unsur
 * (printed: 1/k cut to 3 decimals, see elementWeight), following "total nilai persepsi per unsur ÷
 * total unsur yang terisi × nilai penimbang", so the index stays on the 1–4 scale and never above 4.
 * Such a period is flagged (isComplete false, unansweredElements). With all unsur answered, w is
 * 0,111 / 1/9 (2017) or 0,071 / 1/14 (2004). Only final figures are rounded.
 * CI95 (Student's t on respondent scores, df = n − 1): IKM ± t₀,₉₇₅(n−1) · 25 · (w·k) · s/√n,
 * clamped to 25–100 (n = 3 uses t = 4,303, not 1,96).
 * Empty input gives hasData false and null figures, never NaN.
 */
export function computeSkmIndex(input: SkmIndexInput): SkmIndexResult {
  assertValidInput(input);
  const answered = input.elements.filter((element) => element.count > 0);
  const answeredCount = answered.length;
  const weight = elementWeight(input.method, input.weight, answeredCount);

  const elements: SkmElementResult[] = input.elements.map((element) => {
    if (element.count === 0) return { code: element.code, count: 0, nrr: null, weighted: null };
    const nrr = element.sum / element.count;
    return {
      code: element.code,
      count: element.count,
      nrr: roundHalfUp(nrr, INDEX_DECIMALS),
      weighted: roundHalfUp(nrr * weight, INDEX_DECIMALS),
    };
  });

  const hasData = input.respondents > 0 && answeredCount > 0;
  const weightInfo = {
    mode: input.weight,
    value: weight,
    answeredElements: answeredCount,
    sum: roundHalfUp(weight * (answeredCount === 0 ? ELEMENT_COUNT[input.method] : answeredCount), 6),
  };
  const unansweredElements = input.elements.filter((element) => element.count === 0).map((element) => element.code);
  const isComplete =
    hasData && unansweredElements.length === 0 && input.elements.length === ELEMENT_COUNT[input.method];
  if (!hasData) {
    return {
      method: input.method,
      respondents: input.respondents,
      elements,
      index: null,
      ikm: null,
      grade: null,
      performance: null,
      weight: weightInfo,
      unansweredElements,
      isComplete: false,
      ci95: null,
      hasData: false,
    };
  }

  const rawIndex = answered.reduce((total, element) => total + (element.sum / element.count) * weight, 0);
  const rawIkm = rawIndex * CONVERSION_FACTOR;
  const ikm = roundHalfUp(rawIkm, IKM_DECIMALS);
  const band = classifyIkm(ikm, input.method);

  let ci95: [number, number] | null = null;
  const statistics = sampleStatistics(input.respondents, input.scoreSum, input.scoreSumSq);
  if (statistics) {
    const standardError = Math.sqrt(statistics.variance / input.respondents);
    const margin = studentT95(input.respondents - 1) * CONVERSION_FACTOR * (weight * answeredCount) * standardError;
    ci95 = [
      roundHalfUp(Math.max(IKM_MIN, rawIkm - margin), IKM_DECIMALS),
      roundHalfUp(Math.min(IKM_MAX, rawIkm + margin), IKM_DECIMALS),
    ];
  }

  return {
    method: input.method,
    respondents: input.respondents,
    elements,
    index: roundHalfUp(rawIndex, INDEX_DECIMALS),
    ikm,
    grade: band.grade,
    performance: { id: band.performanceId, en: band.performanceEn },
    weight: weightInfo,
    unansweredElements,
    isComplete,
    ci95,
    hasData: true,
  };
}

/**
 * The k unsur with the lowest NRR (the ones to name in the rencana tindak lanjut), lowest first;
 * ties keep regulation order. Unanswered unsur are skipped.
 */
export function weakestElements(result: SkmIndexResult, k = 3): SkmElementResult[] {
  return result.elements
    .filter((element): element is SkmElementResult & { nrr: number } => element.nrr !== null)
    .sort((a, b) => a.nrr - b.nrr)
    .slice(0, Math.max(0, k));
}

export function requiredSampleSize(population: number): number {
  assertNonNegativeInteger(population, "population");
  if (population === 0) return 0;
  const { chiSquare, proportion, marginOfError } = KREJCIE_MORGAN;
  const variance = proportion * (1 - proportion);
  const sample =
    (chiSquare * population * variance) / (marginOfError * marginOfError * (population - 1) + chiSquare * variance);
  return Math.min(population, roundHalfUp(sample, 0));
}

/** True when the respondents reach the Krejcie–Morgan minimum for the population. */
export function isSampleAdequate(respondents: number, population: number): boolean {
  assertNonNegativeInteger(respondents, "respondents");
  return respondents >= requiredSampleSize(population);
}
