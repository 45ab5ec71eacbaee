import binomialPmf from "@stdlib/stats-base-dists-binomial-pmf";
import hypergeometricPmf from "@stdlib/stats-base-dists-hypergeometric-pmf";

/**
 * Exact tests for "is this change more than chance?" (pure; issue 20, outreach campaigns). Both are conditional
 * exact tests with the two-sided p-value taken as the probability of every outcome no more likely than the one
 * observed, with R's relative tolerance 1 + 10⁻⁷ for ties (R Core Team, `stats::binom.test`, `stats::poisson.test`
 * and `stats::fisher.test`, R 4.x documentation and sources). A change is called significant at p < 0.05.
 */
export const SIGNIFICANCE_LEVEL = 0.05;
const RELATIVE_TOLERANCE = 1 + 1e-7;

/** Σ pmf(k) over the support for every k with pmf(k) ≤ pmf(observed) · (1 + 10⁻⁷), capped at 1. */
function twoSidedPValue(low: number, high: number, observed: number, pmf: (k: number) => number): number {
  const limit = pmf(observed) * RELATIVE_TOLERANCE;
  let sum = 0;
  for (let k = low; k <= high; k++) {
    const p = pmf(k);
    if (p <= limit) sum += p;
  }
  return Math.min(1, sum);
}

export type RateComparison = {
  /** (after / afterExposure) ÷ (before / beforeExposure); null when nothing happened before. */
  rateRatio: number | null;
  pValue: number;
  isSignificant: boolean;
};

/**
 * Compares two Poisson rates — counts `after` and `before` over exposures (e.g. working days) `afterExposure` and
 * `beforeExposure` — with the exact conditional test (Przyborowski & Wilenski 1940, "Homogeneity of results in
 * testing samples from Poisson series", Biometrika 31; the test R's `poisson.test` runs for two samples): given the
 * total n = after + before, under equal rates `after` is Binomial(n, afterExposure / (afterExposure + beforeExposure)).
 * Example: 10 in 10 days after, 2 in 10 days before → n = 12, p = ½, P(X = 10) = 66/4096; the outcomes as unlikely
 * are 0, 1, 2, 10, 11, 12 → p-value = (1 + 12 + 66 + 66 + 12 + 1)/4096 = 158/4096 ≈ 0.0386. Null without exposure.
 */
export function comparePoissonRates(
  after: number,
  afterExposure: number,
  before: number,
  beforeExposure: number,
): RateComparison | null {
  if (afterExposure <= 0 || beforeExposure <= 0) return null;
  const n = after + before;
  const p = afterExposure / (afterExposure + beforeExposure);
  const pValue = n === 0 ? 1 : twoSidedPValue(0, n, after, (k) => binomialPmf(k, n, p));
  return {
    rateRatio: before === 0 ? null : after / afterExposure / (before / beforeExposure),
    pValue,
    isSignificant: pValue < SIGNIFICANCE_LEVEL,
  };
}

export type ShareComparison = { pValue: number; isSignificant: boolean };

/**
 * Compares the share of a category in two groups — `afterHits` of `afterTotal` against `beforeHits` of
 * `beforeTotal` — with Fisher's exact test on the 2×2 table (Fisher 1935, The Design of Experiments; R's
 * `fisher.test`): given the margins, the after-hits are hypergeometric. Example: 6 of 10 after, 1 of 10 before →
 * N = 20, 7 hits, P(X = 6) = 7·715/184756 = 5005/184756; as unlikely are 0, 1, 6, 7 → p = 10582/184756 ≈ 0.0573.
 * Null when either group is empty.
 */
export function compareShares(
  afterHits: number,
  afterTotal: number,
  beforeHits: number,
  beforeTotal: number,
): ShareComparison | null {
  if (afterTotal <= 0 || beforeTotal <= 0) return null;
  const population = afterTotal + beforeTotal;
  const hits = afterHits + beforeHits;
  const low = Math.max(0, afterTotal - (population - hits));
  const high = Math.min(afterTotal, hits);
  const pValue = twoSidedPValue(low, high, afterHits, (k) => hypergeometricPmf(k, population, hits, afterTotal));
  return { pValue, isSignificant: pValue < SIGNIFICANCE_LEVEL };
}
