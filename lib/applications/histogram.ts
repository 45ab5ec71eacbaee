/**
 * Statistics from a histogram of whole working days ({ days → count }), so the database only has to group and
 * count. Same definitions as processing-stats.ts: median = middle value (mean of the two middle values for an even
 * count), p90 = nearest-rank percentile, mean = Σ days × count ÷ n. Pure.
 */
export type DayHistogram = ReadonlyMap<number, number>;

export type HistogramStats = { count: number; median: number | null; p90: number | null; mean: number | null };

/** The value at 1-based rank `rank` of the sorted expansion of the histogram. */
function valueAtRank(sorted: readonly (readonly [number, number])[], rank: number): number {
  let seen = 0;
  for (const [days, count] of sorted) {
    seen += count;
    if (seen >= rank) return days;
  }
  return sorted[sorted.length - 1][0];
}

export function histogramStats(histogram: DayHistogram): HistogramStats {
  const sorted = [...histogram.entries()].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  let count = 0;
  let sum = 0;
  for (const [days, n] of sorted) {
    count += n;
    sum += days * n;
  }
  if (count === 0) return { count: 0, median: null, p90: null, mean: null };
  const median =
    count % 2 === 1
      ? valueAtRank(sorted, (count + 1) / 2)
      : (valueAtRank(sorted, count / 2) + valueAtRank(sorted, count / 2 + 1)) / 2;
  const p90 = valueAtRank(sorted, Math.max(1, Math.ceil((90 * count) / 100)));
  return { count, median, p90, mean: Math.round((sum / count) * 100) / 100 };
}

export function addToHistogram(histogram: Map<number, number>, days: number, count: number): void {
  histogram.set(days, (histogram.get(days) ?? 0) + count);
}
