import { describe, expect, it } from "vitest";
import { histogramStats } from "./histogram";
import { median, percentile } from "./processing-stats";

describe("histogramStats", () => {
  it("equals median/percentile over the expanded values", () => {
    const hist = new Map([
      [3, 2],
      [5, 1],
      [8, 3],
      [20, 1],
    ]); // 3,3,5,8,8,8,20
    expect(histogramStats(hist)).toEqual({ count: 7, median: 8, p90: 20, mean: 7.86 });
    const values = [3, 3, 5, 8, 8, 8, 20];
    expect(median(values)).toBe(8);
    expect(percentile(values, 90)).toBe(20);
  });
  it("averages the two middle values for an even count", () => {
    expect(
      histogramStats(
        new Map([
          [2, 1],
          [4, 1],
          [6, 1],
          [9, 1],
        ]),
      ),
    ).toEqual({ count: 4, median: 5, p90: 9, mean: 5.25 });
  });
  it("is empty-safe", () => {
    expect(histogramStats(new Map())).toEqual({ count: 0, median: null, p90: null, mean: null });
  });
});
