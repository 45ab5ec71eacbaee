import { describe, expect, it } from "vitest";
import { classifyIkm, computeSkmIndex, roundHalfUp } from "./compute-index";
import { surveyInput } from "./compute-index.fixtures";

describe("roundHalfUp", () => {
  it.each([
    [1.005, 2, 1.01],
    [1.004999, 2, 1],
    [64.935, 2, 64.94],
    [77.745, 2, 77.75],
    [91.38362068965517, 2, 91.38],
    [91.47509578544062, 2, 91.48],
    [3.655344827586207, 4, 3.6553],
    [2.5999999999999996 * 25, 2, 65],
    [0.1 + 0.2, 2, 0.3],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [0, 2, 0],
    [382.63412865312984, 0, 383],
    [1e-7, 2, 0],
  ])("roundHalfUp(%d, %d) = %d", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it("rejects NaN and bad decimals", () => {
    expect(() => roundHalfUp(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });
});

describe("classifyIkm", () => {
  it.each([
    // PermenPANRB 14/2017: ≥88,31 A; ≥76,61 B; ≥65,00 C; else D
    ["2017", 100, "A", "Sangat Baik"],
    ["2017", 88.31, "A", "Sangat Baik"],
    ["2017", 88.3, "B", "Baik"],
    ["2017", 88.305, "A", "Sangat Baik"], // rounds to 88.31 first
    ["2017", 88.3049, "B", "Baik"],
    ["2017", 76.61, "B", "Baik"],
    ["2017", 76.6, "C", "Kurang Baik"],
    ["2017", 65.0, "C", "Kurang Baik"],
    ["2017", 64.99, "D", "Tidak Baik"],
    ["2017", 25, "D", "Tidak Baik"],
    ["2017", 82, "B", "Baik"],
    // KEP/25/2004: ≥81,26 A; ≥62,51 B; ≥43,76 C; else D
    ["2004", 82, "A", "Sangat Baik"],
    ["2004", 81.26, "A", "Sangat Baik"],
    ["2004", 81.25, "B", "Baik"],
    ["2004", 62.51, "B", "Baik"],
    ["2004", 62.5, "C", "Kurang Baik"],
    ["2004", 43.76, "C", "Kurang Baik"],
    ["2004", 43.75, "D", "Tidak Baik"],
  ] as const)("%s: IKM %d → %s (%s)", (method, ikm, grade, performanceId) => {
    const band = classifyIkm(ikm, method);
    expect(band.grade).toBe(grade);
    expect(band.performanceId).toBe(performanceId);
  });
});

describe("computeSkmIndex — KEP/25/M.PAN/2/2004", () => {
  // n = 10, 14 unsur sums; Σ NRR = 438 / 10 = 43,8
  const sums = [30, 32, 28, 35, 31, 30, 27, 33, 36, 29, 30, 34, 32, 31];

  it.each([
    // printed: 43,8 × 0,071 = 3,1098 → × 25 = 77,745 → 77,75 → B (KEP/25: 62,51–81,25)
    ["printed", 0.071, 3.1098, 77.75],
    // exact: 43,8 / 14 = 3,128571 → 3,1286; × 25 = 78,2143 → 78,21 → B
    ["exact", 1 / 14, 3.1286, 78.21],
  ] as const)("14 unsur with %s weight", (mode, weight, index, ikm) => {
    const result = computeSkmIndex(surveyInput("2004", mode, sums, 10, 10));
    expect(result.method).toBe("2004");
    expect(result.elements).toHaveLength(14);
    expect(result.weight.value).toBe(weight);
    expect(result.index).toBe(index);
    expect(result.ikm).toBe(ikm);
    expect(result.grade).toBe("B");
    expect(result.performance).toEqual({ id: "Baik", en: "Good" });
  });

  it.each([
    // 14 × 4 × 0,071 = 3,976 → 99,40
    ["printed", 3.976, 99.4],
    ["exact", 4, 100],
  ] as const)("perfect 2004 survey with %s weight", (mode, index, ikm) => {
    const result = computeSkmIndex(surveyInput("2004", mode, Array(14).fill(40), 10, 10));
    expect(result.index).toBe(index);
    expect(result.ikm).toBe(ikm);
    expect(result.grade).toBe("A");
  });

  it("uses the 2004 thresholds: IKM 82,50 is A under KEP/25/2004", () => {
    // every unsur NRR 3,3 → exact IKM 82,50: A under 2004 (≥ 81,26), B under 2017 (< 88,31)
    expect(computeSkmIndex(surveyInput("2004", "exact", Array(14).fill(33), 10, 10)).grade).toBe("A");
    expect(computeSkmIndex(surveyInput("2017", "exact", Array(9).fill(33), 10, 10)).grade).toBe("B");
  });
});
