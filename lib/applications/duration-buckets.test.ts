import { describe, expect, it } from "vitest";
import { durationBucketIndex, durationBucketRange, durationDistribution } from "./duration-buckets";

describe("duration buckets", () => {
  it("puts each whole working day in one bucket, bounds inclusive", () => {
    expect([0, 2, 3, 5, 6, 10, 11, 15, 16, 20, 21, 30, 31, 250].map(durationBucketIndex)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
    ]);
  });
  it("gives the bounds a drill-down list reads", () => {
    expect(durationBucketRange("6-10")).toEqual({ min: 6, max: 10 });
    expect(durationBucketRange(">30")).toEqual({ min: 31, max: null });
  });
  it("counts a histogram into the seven bars", () => {
    const histogram = new Map([
      [1, 4],
      [2, 3],
      [7, 10],
      [10, 2],
      [31, 1],
      [45, 5],
    ]);
    expect(durationDistribution(histogram).map((bar) => bar.count)).toEqual([7, 0, 12, 0, 0, 0, 6]);
  });
});
