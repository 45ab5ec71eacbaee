import { describe, it, expect } from "vitest";
import { kpiStatus, kpiChange } from "./status";

describe("kpiStatus", () => {
  it.each([
    // value, target, direction, expected
    [88.31, 88.31, "higher", "met"],
    [88.3, 88.31, "higher", "at_risk"],
    [83.9, 88.31, "higher", "at_risk"], // 88.31 × 0.95 = 83.8945
    [83.89, 88.31, "higher", "missed"],
    [95, 95, "higher", "met"],
    [90.25, 95, "higher", "at_risk"], // 95 × 0.95 = 90.25
    [90.2, 95, "higher", "missed"],
    [5, 5, "lower", "met"],
    [5.25, 5, "lower", "at_risk"],
    [5.26, 5, "lower", "missed"],
    [0, 0, "lower", "met"],
    [1, 0, "lower", "at_risk"],
    [2, 0, "lower", "missed"],
  ] as const)("%s against %s (%s is better) → %s", (value, target, direction, expected) => {
    expect(kpiStatus(value, target, direction)).toBe(expected);
  });

  it("is no_data without a value, never NaN-driven", () => {
    expect(kpiStatus(null, 10, "higher")).toBe("no_data");
    expect(kpiStatus(Number.NaN, 10, "higher")).toBe("no_data");
  });

  it("pro-rates cumulative targets by the elapsed share of the year", () => {
    // 1,600 permits by the end of June against 3,000 for the year: 3,000 × 0.5 = 1,500 → met
    expect(kpiStatus(1600, 3000, "higher", { cumulative: true, fractionOfYear: 0.5 })).toBe("met");
    expect(kpiStatus(1600, 3000, "higher", { cumulative: true, fractionOfYear: 1 })).toBe("missed");
  });
});

describe("kpiChange", () => {
  it("gives the difference and the relative change", () => {
    expect(kpiChange(90, 80)).toEqual({ difference: 10, relative: 0.125 });
    expect(kpiChange(5, 0)).toEqual({ difference: 5, relative: null });
    expect(kpiChange(null, 3)).toEqual({ difference: null, relative: null });
  });
});
