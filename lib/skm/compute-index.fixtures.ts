/** Inputs shared by the SKM index unit tests (not a test file itself). */
import type { SkmMethod, SkmWeightMode } from "./constants";
import type { SkmIndexInput } from "./compute-index";

/** Builds an input where every element has the given sums and counts; codes U1..Un. */
export function surveyInput(
  method: SkmMethod,
  weight: SkmWeightMode,
  sums: readonly number[],
  counts: number | readonly number[],
  respondents: number,
  scoreSum = 0,
  scoreSumSq = 0,
): SkmIndexInput {
  return {
    method,
    weight,
    elements: sums.map((sum, i) => ({
      code: `U${i + 1}`,
      sum,
      count: typeof counts === "number" ? counts : counts[i]!,
    })),
    respondents,
    scoreSum,
    scoreSumSq,
  };
}

/** Every number anywhere in the value (to prove there is no NaN / Infinity). */
export function allNumbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(allNumbers);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(allNumbers);
  return [];
}

/**
 * The change of one element answered [3,3,2] then [4,3,4] (compareElementPeriods): NRR 2,6667 → 3,6667,
 * t = 1 / √(2/9) = 2,1213 at df 4, below the critical 2,7764 — not significant. Unit, snapshot and follow-up
 * report tests expect it.
 */
export const ELEMENT_CHANGE_332_TO_434 = {
  nrrBefore: 2.6667,
  nrrAfter: 3.6667,
  difference: 1,
  t: 2.1213,
  degreesOfFreedom: 4,
  criticalT: 2.7764,
  isTestable: true,
  isSignificant: false,
};
