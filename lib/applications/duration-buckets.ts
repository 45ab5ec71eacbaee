/**
 * The processing dashboard's duration distribution (issue 16): finished files by whole working days, in buckets
 * "0-2" … ">30". The dashboard counts its bars with `durationBucketIndex`; the drill-down list of a bar reads the
 * files of the bucket's bounds (`durationBucketRange`), so the list holds exactly the bar's figure. Pure.
 */
export const DURATION_BUCKETS = [
  { key: "0-2", min: 0, max: 2 },
  { key: "3-5", min: 3, max: 5 },
  { key: "6-10", min: 6, max: 10 },
  { key: "11-15", min: 11, max: 15 },
  { key: "16-20", min: 16, max: 20 },
  { key: "21-30", min: 21, max: 30 },
  { key: ">30", min: 31, max: null },
] as const;

export type DurationBucketKey = (typeof DURATION_BUCKETS)[number]["key"];
export const DURATION_BUCKET_KEYS = DURATION_BUCKETS.map((bucket) => bucket.key) as [
  DurationBucketKey,
  ...DurationBucketKey[],
];

/** The bucket of a file that took `days` working days (negative days, which the writers never store, in the first). */
export function durationBucketIndex(days: number): number {
  const index = DURATION_BUCKETS.findIndex((bucket) => bucket.max === null || days <= bucket.max);
  return Math.max(0, index);
}

/** The inclusive working-day bounds of a bucket (`max` null: no upper bound). */
export function durationBucketRange(key: DurationBucketKey): { min: number; max: number | null } {
  const bucket = DURATION_BUCKETS.find((candidate) => candidate.key === key)!;
  return { min: bucket.min, max: bucket.max };
}

/** Finished files counted into the buckets from a histogram ({ working days → files }). */
export function durationDistribution(histogram: Iterable<readonly [number, number]>) {
  const distribution = DURATION_BUCKETS.map((bucket) => ({ key: bucket.key as DurationBucketKey, count: 0 }));
  for (const [days, count] of histogram) distribution[durationBucketIndex(days)]!.count += count;
  return distribution;
}
