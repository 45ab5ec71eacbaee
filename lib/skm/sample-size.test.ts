import { describe, expect, it } from "vitest";
import { isSampleAdequate, requiredSampleSize } from "./compute-index";

describe("Krejcie & Morgan sample size", () => {
  it.each([
    [0, 0],
    [1, 1],
    [10, 10],
    [50, 44],
    [100, 80],
    [200, 132],
    [300, 169],
    [500, 217],
    [1000, 278],
    [2000, 322],
    [5000, 357],
    [10000, 370],
    [20000, 377],
    [50000, 381],
    [75000, 382],
    [100000, 383],
    [1000000, 384],
  ])("N = %d → s = %d", (population, sample) => {
    expect(requiredSampleSize(population)).toBe(sample);
  });

  it.each([
    [217, 500, true],
    [216, 500, false],
    [384, 1000000, true],
    [0, 0, true],
  ])("%d respondents for N = %d adequate: %s", (respondents, population, adequate) => {
    expect(isSampleAdequate(respondents, population)).toBe(adequate);
  });

  it("rejects a negative or fractional population", () => {
    expect(() => requiredSampleSize(-1)).toThrow(RangeError);
    expect(() => requiredSampleSize(10.5)).toThrow(RangeError);
  });
});
