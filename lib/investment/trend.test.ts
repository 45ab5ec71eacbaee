import { describe, expect, it } from "vitest";
import {
  bucketTrend,
  growthRatio,
  sumInvestment,
  targetProgress,
  totalsByGroup,
  type DailyInvestmentRow,
} from "./trend";

const rows: DailyInvestmentRow[] = [
  { day: "2025-12-31", group: "PMDN", projects: 1, investment: 500_000_000n, workers: 4 },
  { day: "2026-01-01", group: "PMDN", projects: 2, investment: 1_000_000_000n, workers: 10 },
  { day: "2026-03-31", group: "PMA", projects: 1, investment: 16_325_750_000_000_000n, workers: 120 },
  { day: "2026-04-01", group: "PMDN", projects: 3, investment: 9_007_199_254_740_993n, workers: 7 },
  { day: "2026-04-30", group: null, projects: 1, investment: 1n, workers: 0 },
];

describe("bucketTrend", () => {
  it("rolls days into quarters with exact bigint sums and zero-filled empty quarters", () => {
    expect(bucketTrend(rows, "quarter", { from: "2025-10-01", to: "2026-09-30" }, false)).toEqual([
      { period: "2025-Q4", group: null, projects: 1, investment: 500_000_000n, workers: 4 },
      { period: "2026-Q1", group: null, projects: 3, investment: 16_325_751_000_000_000n, workers: 130 },
      { period: "2026-Q2", group: null, projects: 4, investment: 9_007_199_254_740_994n, workers: 7 },
      { period: "2026-Q3", group: null, projects: 0, investment: 0n, workers: 0 },
    ]);
  });

  it("puts 31 March in Q1 and 1 April in Q2; 31 December in the previous year", () => {
    const byYear = bucketTrend(rows, "year", { from: "2025-12-31", to: "2026-04-30" }, false);
    expect(byYear.map((p) => [p.period, p.projects])).toEqual([
      ["2025", 1],
      ["2026", 7],
    ]);
  });

  it("keeps groups apart per month, nulls last, no zero rows when grouped", () => {
    expect(bucketTrend(rows, "month", { from: "2026-01-01", to: "2026-06-30" }, true)).toEqual([
      { period: "2025-12", group: "PMDN", projects: 1, investment: 500_000_000n, workers: 4 },
      { period: "2026-01", group: "PMDN", projects: 2, investment: 1_000_000_000n, workers: 10 },
      { period: "2026-03", group: "PMA", projects: 1, investment: 16_325_750_000_000_000n, workers: 120 },
      { period: "2026-04", group: "PMDN", projects: 3, investment: 9_007_199_254_740_993n, workers: 7 },
      { period: "2026-04", group: null, projects: 1, investment: 1n, workers: 0 },
    ]);
  });

  it("lists every month of the range when nothing was issued", () => {
    expect(bucketTrend([], "month", { from: "2026-01-15", to: "2026-03-01" }, false).map((p) => p.period)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
  });
});

describe("sums", () => {
  it("sumInvestment adds exactly beyond 2^53", () => {
    expect(sumInvestment(rows)).toEqual({ projects: 8, investment: 25_332_950_754_740_994n, workers: 141 });
  });
  it("totalsByGroup orders by investment, largest first", () => {
    expect(totalsByGroup(rows)).toEqual([
      { group: "PMA", projects: 1, investment: 16_325_750_000_000_000n, workers: 120 },
      { group: "PMDN", projects: 6, investment: 9_007_200_754_740_993n, workers: 21 },
      { group: null, projects: 1, investment: 1n, workers: 0 },
    ]);
  });
});

describe("growthRatio", () => {
  it.each([
    [150n, 120n, 0.25],
    [90n, 120n, -0.25],
    [120n, 120n, 0],
    [4n, 3n, 0.333333],
    [1n, 3n, -0.666666],
    [0n, 5n, -1],
    [10_000_000_000_000_000n, 5_000_000_000_000_000n, 1],
    [5, 0, null],
    [0, 0, null],
  ] as const)("%s vs %s → %s", (current, previous, expected) => {
    expect(growthRatio(current, previous)).toBe(expected);
  });
});

describe("targetProgress", () => {
  it.each([
    [750n, 1000n, 0.75],
    [1500n, 1000n, 1.5],
    [1n, 3n, 0.333333],
    [5n, null, null],
    [5n, 0n, null],
    [5n, -1n, null],
  ] as const)("%s of %s → %s", (actual, target, expected) => {
    expect(targetProgress(actual, target)).toBe(expected);
  });
});
