/** Two periods' IKM compared: the difference as published and a Welch t-test on respondent scores. Pure. */
import { computeSkmIndex, type SkmIndexInput } from "./compute-index";
import { roundHalfUp } from "./rounding";
import { welchTest } from "./significance";
import { IKM_DECIMALS } from "./constants";

export const IKM_COMPARISON_METHOD_ID =
  "Perubahan dinyatakan bermakna bila uji t Welch atas rata-rata skor responden (rata-rata jawaban tiap responden, skala 1–4) kedua periode melampaui nilai kritis t dua sisi 5% pada derajat bebas Welch–Satterthwaite (mis. 2,776 pada df 4; mendekati 1,96 untuk sampel besar).";
export const IKM_COMPARISON_METHOD_EN =
  "A change is called meaningful when a Welch t-test on the two periods' mean respondent scores (each respondent's average answer, 1–4) exceeds the two-sided 5% critical t at the Welch–Satterthwaite degrees of freedom (e.g. 2.776 at df 4; close to 1.96 for large samples).";

export const IKM_METHODS_DIFFER_ID =
  "Tidak dapat dibandingkan: kedua periode memakai metode berbeda (KEP/25/M.PAN/2/2004 dengan 14 unsur dan kelas mutu sendiri vs PermenPANRB 14/2017 dengan 9 unsur), sehingga skor dan kelas mutunya tidak satu skala.";
export const IKM_METHODS_DIFFER_EN =
  "Not comparable: the two periods use different methods (KEP/25/M.PAN/2/2004 with 14 elements and its own grade bands vs PermenPANRB 14/2017 with 9 elements), so their scores and grades are not on one scale.";

export interface IkmPeriodComparison {
  currentIkm: number | null;
  previousIkm: number | null;
  /** currentIkm − previousIkm as published (2 decimals); null when either period has no data or the methods differ. */
  difference: number | null;
  /** Welch t on mean respondent scores (4 decimals); null when not testable. */
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom (2 decimals); null when not testable. */
  degreesOfFreedom: number | null;
  /** Two-sided 5 % critical t at those df (4 decimals); null when not testable. */
  criticalT: number | null;
  /** Both periods use the same method (2017 or 2004); false → no difference, no test, see `reason`. */
  isComparable: boolean;
  /** Why the periods cannot be compared (methods differ); null when comparable. */
  reason: { id: string; en: string } | null;
  /** Both periods have ≥ 2 respondents and a non-zero pooled standard error. */
  isTestable: boolean;
  /** |t| ≥ critical t. */
  isSignificant: boolean;
}

/**
 * Compares two periods' IKM. Difference = IKM_current − IKM_previous (published 2-decimal values).
 * Welch t-test on respondent scores: t = (m₁ − m₂) / √(s₁²/n₁ + s₂²/n₂) with Welch–Satterthwaite
 * df = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)], meaningful when |t| ≥ t₀,₉₇₅(df).
 * [4,3,4] vs [3,3,2]: t = 2,1213, df = 4, critical 2,7764 → not meaningful (a z-test would call it so).
 * Both periods must use the same weight mode. A 2004 period is not compared with a 2017 one: the
 * regulations use different element sets and grade bands (reason given, no difference, no test).
 */
export function compareIkmPeriods(current: SkmIndexInput, previous: SkmIndexInput): IkmPeriodComparison {
  if (current.weight !== previous.weight) {
    throw new RangeError(`weight modes differ: ${current.weight} vs ${previous.weight}`);
  }
  const currentResult = computeSkmIndex(current);
  const previousResult = computeSkmIndex(previous);
  const untested = { t: null, degreesOfFreedom: null, criticalT: null, isTestable: false, isSignificant: false };
  if (current.method !== previous.method) {
    return {
      currentIkm: currentResult.ikm,
      previousIkm: previousResult.ikm,
      difference: null,
      ...untested,
      isComparable: false,
      reason: { id: IKM_METHODS_DIFFER_ID, en: IKM_METHODS_DIFFER_EN },
    };
  }
  const difference =
    currentResult.ikm !== null && previousResult.ikm !== null
      ? roundHalfUp(currentResult.ikm - previousResult.ikm, IKM_DECIMALS)
      : null;

  const base = {
    currentIkm: currentResult.ikm,
    previousIkm: previousResult.ikm,
    difference,
    isComparable: true,
    reason: null,
  };
  if (!currentResult.hasData || !previousResult.hasData) return { ...base, ...untested };
  const test = welchTest(
    { n: current.respondents, sum: current.scoreSum, sumSq: current.scoreSumSq },
    { n: previous.respondents, sum: previous.scoreSum, sumSq: previous.scoreSumSq },
  );
  return { ...base, ...test };
}

/**
 * Minimum respondents for a population of N service users (Krejcie & Morgan 1970, adopted by
 * PermenPANRB 14/2017): s = χ²·N·P(1−P) ÷ [d²(N−1) + χ²·P(1−P)], χ² = 3,841, P = 0,5, d = 0,05.
 * Rounded to the nearest whole respondent, which is how the published table is built
 * (N = 50 → 44,34 → 44; N = 500 → 217,47 → 217; N = 75 000 → 382,15 → 382); rounding up would
 * contradict it. 0 for N = 0.
 */
