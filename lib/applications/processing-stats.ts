/**
 * Pure statistics for the processing dashboard (domain reference §8, KPIs 2 and 3): average and median processing
 * time in working days, percentiles, the on-time rate and the aging of open applications. Empty input gives null,
 * never NaN; non-finite input is a programming error and throws RangeError.
 */

export const AGING_BUCKET_KEYS = ["0-5", "6-10", "11-20", ">20"] as const;
export type AgingBucketKey = (typeof AGING_BUCKET_KEYS)[number];

/** Upper bounds (inclusive, in working days) of the aging buckets, in AGING_BUCKET_KEYS order. */
const AGING_BUCKET_UPPER_BOUNDS = [5, 10, 20, Number.POSITIVE_INFINITY] as const;

/** The index in AGING_BUCKET_KEYS of an open file that has run `days` working days. */
export function agingBucketIndex(days: number): number {
  return AGING_BUCKET_UPPER_BOUNDS.findIndex((upperBound) => days <= upperBound);
}

/** An open application's working days since its clock started, and whether it is overdue (isOverdueOn). */
/** An open application's age and lateness; `count` (default 1) stands for that many files alike. */
export type OpenApplicationAge = { elapsedWorkingDays: number; isOverdue: boolean; count?: number };

export type AgingBucket = {
  key: AgingBucketKey;
  /** Open applications whose elapsed working days fall in the bucket. */
  count: number;
  /** Those of them overdue (isOverdueOn in lib/calendar/working-days.ts). */
  overdueCount: number;
};

export type AgingSummary = {
  /** Always the four buckets in order "0-5", "6-10", "11-20", ">20", zero counts included. */
  buckets: AgingBucket[];
  total: number;
  overdueCount: number;
};

function assertFinite(values: readonly number[]): void {
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`values must be finite numbers, got ${value}`);
  }
}

function sortedCopy(values: readonly number[]): number[] {
  assertFinite(values);
  return [...values].sort((a, b) => a - b);
}

/** Arithmetic mean: Σ values ÷ n; null for no values. */
export function mean(values: readonly number[]): number | null {
  assertFinite(values);
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Median: the middle of the sorted values, or the mean of the two middle values for an even count
 * (so median([1, 2, 3, 4]) = 2.5, unlike percentile(…, 50) = 2); null for no values.
 */
export function median(values: readonly number[]): number | null {
  const sorted = sortedCopy(values);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Nearest-rank percentile: with the n values sorted ascending, the value at rank ⌈p/100 × n⌉ (1-based), taking
 * rank 1 for p = 0. It is always one of the values, never interpolated: percentile([15, 20, 35, 40, 50], 40) = 20,
 * percentile(…, 90) = 50. p must be in 0–100; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`p must be between 0 and 100, got ${p}`);
  const sorted = sortedCopy(values);
  if (sorted.length === 0) return null;
  // p × n / 100 rather than p / 100 × n keeps exact products exact (e.g. 90 × 10 / 100 = 9, not 9.000000000000002).
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1];
}

/**
 * Share of completed applications finished within SLA (% izin selesai tepat waktu, domain reference §8.2):
 * onTime ÷ completed rounded to 4 decimals (0.6667 for 2 of 3); null when nothing was completed.
 */
export function onTimeRate(onTime: number, completed: number): number | null {
  if (!Number.isInteger(onTime) || !Number.isInteger(completed) || onTime < 0 || onTime > completed) {
    throw new RangeError(
      `onTime and completed must be whole numbers with 0 ≤ onTime ≤ completed, got ${onTime}/${completed}`,
    );
  }
  if (completed === 0) return null;
  return Math.round((onTime / completed) * 10_000) / 10_000;
}

/**
 * Groups open applications by working days elapsed since the clock started: "0-5" (≤ 5), "6-10" (≤ 10),
 * "11-20" (≤ 20) and ">20", counting per bucket and in total the overdue ones (each item says whether it is, by the
 * one definition `isOverdueOn`, so the chart agrees with the summary's overdue count).
 */
export function agingBuckets(openItems: readonly OpenApplicationAge[]): AgingSummary {
  const buckets: AgingBucket[] = AGING_BUCKET_KEYS.map((key) => ({ key, count: 0, overdueCount: 0 }));
  let overdueCount = 0;
  let total = 0;
  for (const { elapsedWorkingDays, isOverdue, count = 1 } of openItems) {
    if (!Number.isFinite(elapsedWorkingDays) || elapsedWorkingDays < 0) {
      throw new RangeError(`working days must be finite and ≥ 0, got ${elapsedWorkingDays}`);
    }
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
    const bucket = buckets[agingBucketIndex(elapsedWorkingDays)];
    bucket.count += count;
    total += count;
    if (isOverdue) {
      bucket.overdueCount += count;
      overdueCount += count;
    }
  }
  return { buckets, total, overdueCount };
}
