/**
 * Significance of a change between two periods (reference §9): Student's t critical values and Welch's two-sample
 * t-test on moments (n, Σx, Σx²), used for the IKM comparison (respondents' mean scores) and for one element's NRR
 * (its individual answers). Pure.
 */
import studentTQuantile from "@stdlib/stats-base-dists-t-quantile";
import { INDEX_DECIMALS } from "./constants";
import { roundHalfUp } from "./rounding";

/**
 * Two-sided 95 % critical value of Student's t with `degreesOfFreedom` (may be fractional, as the
 * Welch–Satterthwaite df is): the 0,975 quantile. df 4 → 2,7764; df 2 → 4,3027; df → ∞ → 1,96.
 * Quantile from @stdlib/stats-base-dists-t-quantile (inverse regularised incomplete beta).
 */
export function studentT95(degreesOfFreedom: number): number {
  if (!Number.isFinite(degreesOfFreedom) || degreesOfFreedom <= 0) {
    throw new RangeError(`degreesOfFreedom must be a positive finite number, got ${degreesOfFreedom}`);
  }
  return studentTQuantile(0.975, degreesOfFreedom);
}

/**
 * Mean and sample variance from n, Σx and Σx²: m = Σx/n, s² = (Σx² − n·m²)/(n−1) (the standard error of the mean is
 * then s/√n). Null when n < 2.
 */
export function sampleStatistics(
  respondents: number,
  scoreSum: number,
  scoreSumSq: number,
): { mean: number; variance: number } | null {
  if (respondents < 2) return null;
  const mean = scoreSum / respondents;
  // Cancellation can leave a tiny negative number when every score is equal.
  const variance = Math.max(0, (scoreSumSq - respondents * mean * mean) / (respondents - 1));
  return { mean, variance };
}

/** n, Σx and Σx² of a sample (e.g. respondents' mean scores, or the answers to one element). */
export interface SampleMoments {
  n: number;
  sum: number;
  sumSq: number;
}

export interface WelchTestResult {
  /** (m₁ − m₂) / SE, 4 decimals; null when not testable. */
  t: number | null;
  /** Welch–Satterthwaite df, 2 decimals; null when not testable. */
  degreesOfFreedom: number | null;
  /** Two-sided 5 % critical t at df, 4 decimals; null when not testable. */
  criticalT: number | null;
  /** Both samples have n ≥ 2 and the pooled standard error is above 0. */
  isTestable: boolean;
  /** |t| ≥ critical t. */
  isSignificant: boolean;
}

/**
 * Welch's two-sample t-test, current against previous: t = (m₁ − m₂) / √(s₁²/n₁ + s₂²/n₂) with Welch–Satterthwaite
 * df = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)], significant when |t| ≥ t₀,₉₇₅(df).
 * [4,3,4] vs [3,3,2]: t = 2,1213, df = 4, critical 2,7764 → not significant (reference §9).
 */
export function welchTest(current: SampleMoments, previous: SampleMoments): WelchTestResult {
  const untested = { t: null, degreesOfFreedom: null, criticalT: null, isTestable: false, isSignificant: false };
  const currentStatistics = sampleStatistics(current.n, current.sum, current.sumSq);
  const previousStatistics = sampleStatistics(previous.n, previous.sum, previous.sumSq);
  if (!currentStatistics || !previousStatistics) return untested;
  const currentShare = currentStatistics.variance / current.n;
  const previousShare = previousStatistics.variance / previous.n;
  const standardError = Math.sqrt(currentShare + previousShare);
  if (!(standardError > 0)) return untested;
  const t = (currentStatistics.mean - previousStatistics.mean) / standardError;
  // A sample whose values are all equal contributes 0 to the denominator; its term is then 0/0-free.
  const denominator =
    (currentShare > 0 ? currentShare ** 2 / (current.n - 1) : 0) +
    (previousShare > 0 ? previousShare ** 2 / (previous.n - 1) : 0);
  const degreesOfFreedom = (currentShare + previousShare) ** 2 / denominator;
  const criticalT = studentT95(degreesOfFreedom);
  return {
    t: roundHalfUp(t, INDEX_DECIMALS),
    degreesOfFreedom: roundHalfUp(degreesOfFreedom, 2),
    criticalT: roundHalfUp(criticalT, INDEX_DECIMALS),
    isTestable: true,
    isSignificant: Math.abs(t) >= criticalT,
  };
}

export interface ElementChange extends WelchTestResult {
  /** NRR of the element in the earlier period (4 decimals); null when nobody answered it. */
  nrrBefore: number | null;
  /** NRR of the element in the later period (4 decimals); null when nobody answered it. */
  nrrAfter: number | null;
  /** nrrAfter − nrrBefore (4 decimals); null when either is missing. */
  difference: number | null;
}

/**
 * Did one element (unsur) move between two periods? NRR before and after (Σ answers ÷ answers), and a Welch t-test
 * on the individual answers (1–4) to that element: the same test the IKM comparison applies to respondent scores.
 */
export function compareElementPeriods(after: SampleMoments, before: SampleMoments): ElementChange {
  const nrr = (m: SampleMoments) => (m.n > 0 ? roundHalfUp(m.sum / m.n, INDEX_DECIMALS) : null);
  const nrrBefore = nrr(before);
  const nrrAfter = nrr(after);
  return {
    nrrBefore,
    nrrAfter,
    difference:
      nrrBefore !== null && nrrAfter !== null
        ? roundHalfUp(after.sum / after.n - before.sum / before.n, INDEX_DECIMALS)
        : null,
    ...welchTest(after, before),
  };
}
