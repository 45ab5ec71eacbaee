import { describe, expect, it } from "vitest";
import { agingBuckets, mean, median, onTimeRate, percentile } from "./processing-stats";

describe("mean", () => {
  it.each([
    [[4], 4],
    [[1, 2, 3, 4], 2.5],
    [[3, 0, 9], 4],
    [[-2, 2], 0],
  ])("mean(%j) = %d", (values, expected) => {
    expect(mean(values)).toBe(expected);
  });

  it("is null for no values", () => {
    expect(mean([])).toBeNull();
  });
});

describe("median", () => {
  it.each([
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 2, 2, 40], 6],
    [[5, 5, 5, 5, 5, 5], 5],
  ])("median(%j) = %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("is null for no values", () => {
    expect(median([])).toBeNull();
  });
});

describe("percentile (nearest rank)", () => {
  const values = [40, 15, 50, 35, 20];
  it.each([
    [0, 15],
    [5, 15],
    [20, 15],
    [30, 20],
    [40, 20],
    [50, 35],
    [90, 50],
    [100, 50],
  ])("p%d of [15, 20, 35, 40, 50] = %d", (p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("lands exactly on rank p × n / 100 when that is whole", () => {
    const tens = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(tens, 90)).toBe(9);
    expect(percentile(tens, 90.1)).toBe(10);
    expect(percentile(tens, 10)).toBe(1);
    expect(percentile(tens, 70)).toBe(7);
  });

  it("differs from the median for an even count", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it("is null for no values and rejects p outside 0–100", () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("non-finite input", () => {
  it("throws instead of returning NaN", () => {
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
    expect(() => median([Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
  });
});

describe("onTimeRate", () => {
  it.each([
    [2, 3, 0.6667],
    [1, 3, 0.3333],
    [0, 5, 0],
    [5, 5, 1],
    [1, 8, 0.125],
    [7, 9, 0.7778],
    [12_345, 20_000, 0.6173],
  ])("%d of %d on time → %d", (onTime, completed, expected) => {
    expect(onTimeRate(onTime, completed)).toBe(expected);
  });

  it("is null when nothing was completed", () => {
    expect(onTimeRate(0, 0)).toBeNull();
  });

  it("rejects impossible counts", () => {
    expect(() => onTimeRate(4, 3)).toThrow(RangeError);
    expect(() => onTimeRate(-1, 3)).toThrow(RangeError);
    expect(() => onTimeRate(1.5, 3)).toThrow(RangeError);
  });
});

type Bucket = [count: number, overdueCount: number];
/** The aging summary with the given [count, overdue] of the buckets 0-5, 6-10, 11-20 and >20, and its totals. */
const aging = (b0: Bucket, b1: Bucket, b2: Bucket, b3: Bucket, totals: { total: number; overdueCount: number }) => ({
  buckets: (["0-5", "6-10", "11-20", ">20"] as const).map((key, i) => {
    const [count, overdueCount] = [b0, b1, b2, b3][i];
    return { key, count, overdueCount };
  }),
  ...totals,
});

describe("agingBuckets", () => {
  it("puts open applications in working-day buckets and counts the overdue ones", () => {
    const summary = agingBuckets([
      { elapsedWorkingDays: 0, isOverdue: false },
      { elapsedWorkingDays: 5, isOverdue: true },
      { elapsedWorkingDays: 5, isOverdue: false },
      { elapsedWorkingDays: 6, isOverdue: false },
      { elapsedWorkingDays: 10, isOverdue: true },
      { elapsedWorkingDays: 11, isOverdue: false },
      { elapsedWorkingDays: 20, isOverdue: true },
      { elapsedWorkingDays: 21, isOverdue: false },
      { elapsedWorkingDays: 45, isOverdue: true },
    ]);
    // [count, overdue] per bucket 0-5, 6-10, 11-20, >20; 9 files, 4 of them overdue.
    expect(summary).toEqual(aging([3, 1], [2, 1], [2, 1], [2, 1], { total: 9, overdueCount: 4 }));
  });

  it("counts a group of alike files (count) as that many files", () => {
    const summary = agingBuckets([
      { elapsedWorkingDays: 3, isOverdue: false, count: 120 },
      { elapsedWorkingDays: 3, isOverdue: true, count: 4 },
      { elapsedWorkingDays: 15, isOverdue: true, count: 7 },
      { elapsedWorkingDays: 30, isOverdue: false },
      { elapsedWorkingDays: 8, isOverdue: true, count: 0 },
    ]);
    // 0-5: 124 (4 overdue), 6-10: 0, 11-20: 7 (7 overdue), >20: 1; 132 files, 11 overdue.
    expect(summary).toEqual(aging([124, 4], [0, 0], [7, 7], [1, 0], { total: 132, overdueCount: 11 }));
    expect(() => agingBuckets([{ elapsedWorkingDays: 1, isOverdue: false, count: 1.5 }])).toThrow(RangeError);
  });

  it("returns all four buckets with zero counts for no open applications", () => {
    expect(agingBuckets([])).toEqual(aging([0, 0], [0, 0], [0, 0], [0, 0], { total: 0, overdueCount: 0 }));
  });

  it("rejects negative or non-finite working days", () => {
    expect(() => agingBuckets([{ elapsedWorkingDays: -1, isOverdue: false }])).toThrow(RangeError);
    expect(() => agingBuckets([{ elapsedWorkingDays: Number.NaN, isOverdue: false }])).toThrow(RangeError);
  });
});
