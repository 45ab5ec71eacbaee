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
