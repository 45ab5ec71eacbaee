import { describe, expect, it } from "vitest";
import { type SkmMethod, type SkmWeightMode } from "./constants";
import {
  classifyIkm,
  compareElementPeriods,
  computeSkmIndex,
  elementWeight,
  isSampleAdequate,
  requiredSampleSize,
  roundHalfUp,
  studentT95,
  weakestElements,
  type SkmIndexInput,
} from "./compute-index";
import {
  IKM_COMPARISON_METHOD_EN,
  IKM_COMPARISON_METHOD_ID,
  IKM_METHODS_DIFFER_ID,
  compareIkmPeriods,
} from "./ikm-comparison";

/** Builds an input where every element has the given sums and counts; codes U1..Un. */
function surveyInput(
  method: SkmMethod,
  weight: SkmWeightMode,
  sums: readonly number[],
  counts: number | readonly number[],
  respondents: number,
  scoreSum = 0,
  scoreSumSq = 0,
): SkmIndexInput {
  return {
    method,
    weight,
    elements: sums.map((sum, i) => ({
      code: `U${i + 1}`,
      sum,
      count: typeof counts === "number" ? counts : counts[i]!,
    })),
    respondents,
    scoreSum,
    scoreSumSq,
  };
}

/** Every number anywhere in the value (to prove there is no NaN / Infinity). */
function allNumbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(allNumbers);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(allNumbers);
  return [];
}

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

describe("computeSkmIndex — PermenPANRB 14/2017", () => {
  // Reference §1 illustration: n = 29, unsur totals U1..U9; Σ NRR = 955/29 = 32,931034…
  const workedSums = [105, 101, 100, 116, 102, 105, 106, 105, 115];

  it.each([
    // printed: 32,931034 × 0,111 = 3,655345 → ×25 = 91,3836; exact: 32,931034 / 9 = 3,659004 → 91,4751
    ["printed", 0.111, 0.999, 3.6553, 91.38, 0.4019],
    ["exact", 1 / 9, 1, 3.659, 91.48, 0.4023],
  ] as const)("worked example with %s weight", (mode, weight, weightSum, index, ikm, weightedU1) => {
    const result = computeSkmIndex(surveyInput("2017", mode, workedSums, 29, 29));
    expect(result.hasData).toBe(true);
    expect(result.respondents).toBe(29);
    expect(result.weight).toEqual({ mode, value: weight, answeredElements: 9, sum: weightSum });
    expect(result.isComplete).toBe(true);
    expect(result.unansweredElements).toEqual([]);
    expect(result.index).toBe(index);
    expect(result.ikm).toBe(ikm);
    expect(result.grade).toBe("A");
    expect(result.performance).toEqual({ id: "Sangat Baik", en: "Very good" });
    expect(result.elements.map((element) => element.nrr)).toEqual([
      3.6207, 3.4828, 3.4483, 4, 3.5172, 3.6207, 3.6552, 3.6207, 3.9655,
    ]);
    // U1: 105/29 = 3,620690 × 0,111 = 0,401897; × 1/9 = 0,402299
    expect(result.elements[0]!.weighted).toBe(weightedU1);
  });

  it.each([
    // 9 × 4 × 0,111 = 3,996 → 99,90; 9 × 4 / 9 = 4 → 100,00
    ["printed", 3.996, 99.9],
    ["exact", 4, 100],
  ] as const)("perfect survey with %s weight", (mode, index, ikm) => {
    const n = 50;
    const result = computeSkmIndex(surveyInput("2017", mode, Array(9).fill(4 * n), n, n, 4 * n, 16 * n));
    expect(result.index).toBe(index);
    expect(result.ikm).toBe(ikm);
    expect(result.grade).toBe("A");
    expect(result.ci95).toEqual([ikm, ikm]);
  });

  it.each([
    // n = 2500, every unsur sum 8831 → NRR 3,5324 → exact IKM 88,31 → A; 8830 → 3,532 → 88,30 → B
    ["exact", 8831, 2500, 3.5324, 88.31, "A"],
    ["exact", 8830, 2500, 3.532, 88.3, "B"],
    // n = 10, every unsur sum 26 → NRR 2,6: exact 2,6 × 25 = 65,00 → C (float gives 64,99999…)
    ["exact", 26, 10, 2.6, 65, "C"],
    // printed: 9 × 2,6 × 0,111 = 2,5974 → 64,935 → 64,94 → D
    ["printed", 26, 10, 2.5974, 64.94, "D"],
  ] as const)("grade boundary through data: %s, unsur sum %d of %d", (mode, sum, n, index, ikm, grade) => {
    const result = computeSkmIndex(surveyInput("2017", mode, Array(9).fill(sum), n, n));
    expect(result.index).toBe(index);
    expect(result.ikm).toBe(ikm);
    expect(result.grade).toBe(grade);
  });

  describe("skipped unsur", () => {
    // n = 10; U4 and U8 answered by nobody; U9 answered by 8 (sum 28 → 3,5).
    // NRR of the 7 answered unsur: 3,0 3,2 2,8 3,1 3,0 3,3 3,5 → Σ = 21,9
    const sums = [30, 32, 28, 0, 31, 30, 33, 0, 28];
    const counts = [10, 10, 10, 0, 10, 10, 10, 0, 8];

    it.each([
      // exact: w = 1/7 → 21,9 / 7 = 3,128571 → 3,1286; × 25 = 78,2143 → 78,21 → B
      ["exact", 1 / 7, 3.1286, 78.21],
      // printed: w = 1/7 cut to 3 decimals = 0,142 → 21,9 × 0,142 = 3,1098 → 77,745 → 77,75 → B
      ["printed", 0.142, 3.1098, 77.75],
    ] as const)("%s weight is spread over the answered unsur", (mode, weight, index, ikm) => {
      const result = computeSkmIndex(surveyInput("2017", mode, sums, counts, 10, 31.3, 99));
      expect(result.weight.value).toBe(weight);
      expect(result.weight.answeredElements).toBe(7);
      expect(result.isComplete).toBe(false);
      expect(result.unansweredElements).toEqual(["U4", "U8"]);
      expect(result.index).toBe(index);
      expect(result.ikm).toBe(ikm);
      expect(result.grade).toBe("B");
      expect(result.elements[3]).toEqual({ code: "U4", count: 0, nrr: null, weighted: null });
      expect(result.elements[7]).toEqual({ code: "U8", count: 0, nrr: null, weighted: null });
      expect(result.elements[8]!.nrr).toBe(3.5);
    });

    it.each([
      // Rounding 1/k would give 0,143 × 7 = 1,001 → 4 × 1,001 × 25 = 100,10; cut: 0,142 × 7 = 0,994 → 99,40
      ["2017", "printed", 7, 0.142, 0.994, 99.4],
      // rounding: 0,167 × 6 = 1,002 → 100,20; cut: 0,166 × 6 = 0,996 → 99,60
      ["2017", "printed", 6, 0.166, 0.996, 99.6],
      // KEP/25/2004 with 13 answered: rounding 0,077 × 13 = 1,001 → 100,10; cut: 0,076 × 13 = 0,988 → 98,80
      ["2004", "printed", 13, 0.076, 0.988, 98.8],
      ["2017", "exact", 7, 1 / 7, 1, 100],
    ] as const)(
      "a perfect %s/%s survey with %d answered unsur never exceeds 100,00",
      (method, mode, k, weight, weightSum, ikm) => {
        const total = method === "2017" ? 9 : 14;
        const n = 20;
        const sumsPerfect = Array.from({ length: total }, (_, i) => (i < k ? 4 * n : 0));
        const countsPerfect = Array.from({ length: total }, (_, i) => (i < k ? n : 0));
        const result = computeSkmIndex(surveyInput(method, mode, sumsPerfect, countsPerfect, n, 4 * n, 16 * n));
        expect(result.weight).toEqual({ mode, value: weight, answeredElements: k, sum: weightSum });
        expect(result.ikm).toBe(ikm);
        expect(result.isComplete).toBe(false);
        expect(result.unansweredElements).toHaveLength(total - k);
      },
    );

    it("no answered-element count lets a perfect score pass 100,00 (both methods, both modes)", () => {
      for (const method of ["2017", "2004"] as const) {
        const total = method === "2017" ? 9 : 14;
        for (const mode of ["printed", "exact"] as const) {
          for (let k = 1; k <= total; k++) {
            const weight = elementWeight(method, mode, k);
            expect(weight * k).toBeLessThanOrEqual(1 + 1e-12);
            const sumsPerfect = Array.from({ length: total }, (_, i) => (i < k ? 40 : 0));
            const countsPerfect = Array.from({ length: total }, (_, i) => (i < k ? 10 : 0));
            expect(
              computeSkmIndex(surveyInput(method, mode, sumsPerfect, countsPerfect, 10, 40, 160)).ikm!,
            ).toBeLessThanOrEqual(100);
          }
        }
      }
    });

    it("an unsur missing from the input counts as skipped", () => {
      const input = surveyInput("2017", "exact", sums, counts, 10, 31.3, 99);
      const withoutEmpty = { ...input, elements: input.elements.filter((element) => element.count > 0) };
      expect(computeSkmIndex(withoutEmpty).ikm).toBe(78.21);
    });
  });

  it.each([
    ["2017", "printed", 9, 0.111],
    ["2017", "exact", 9, 1 / 9],
    ["2017", "printed", 8, 0.125],
    ["2017", "printed", 7, 0.142],
    ["2017", "printed", 6, 0.166],
    ["2017", "printed", 3, 0.333],
    ["2004", "printed", 14, 0.071],
    ["2004", "exact", 14, 1 / 14],
    ["2004", "printed", 13, 0.076],
  ] as const)("elementWeight(%s, %s, %d) = %d", (method, mode, k, weight) => {
    expect(elementWeight(method, mode, k)).toBe(weight);
  });

  describe("empty period", () => {
    it.each(["printed", "exact"] as const)("no respondents, %s weight: hasData false and no NaN", (mode) => {
      const result = computeSkmIndex(surveyInput("2017", mode, Array(9).fill(0), 0, 0));
      expect(result).toMatchObject({
        hasData: false,
        respondents: 0,
        index: null,
        ikm: null,
        grade: null,
        performance: null,
        ci95: null,
      });
      expect(result.elements.every((element) => element.nrr === null && element.weighted === null)).toBe(true);
      expect(allNumbers(result).every(Number.isFinite)).toBe(true);
      expect(weakestElements(result)).toEqual([]);
    });

    it("no elements at all", () => {
      const result = computeSkmIndex({
        method: "2017",
        weight: "exact",
        elements: [],
        respondents: 0,
        scoreSum: 0,
        scoreSumSq: 0,
      });
      expect(result.hasData).toBe(false);
      expect(allNumbers(result).every(Number.isFinite)).toBe(true);
    });
  });

  describe("confidence interval", () => {
    it.each([
      [4, 2.7764],
      [9, 2.2622],
      [2, 4.3027],
      [1e6, 1.96],
    ])("Student's t 0,975 quantile at df %d is %d", (df, t) => {
      expect(roundHalfUp(studentT95(df), 4)).toBe(t);
    });

    // 10 respondents answering every unsur alike, five with 3 and five with 4: each unsur sum 35 → NRR 3,5.
    // Σscore = 35, Σscore² = 125 → m = 3,5; s² = (125 − 10·3,5²)/9 = 0,277778; s/√n = 0,166667; t(9) = 2,262157
    it.each([
      // exact: IKM 87,50 ± 2,262157·25·1·0,166667 = ± 9,4257 → [78,07; 96,93] (z = 1,96 would give [79,33; 95,67])
      ["exact", 87.5, [78.07, 96.93]],
      // printed: IKM 3,5 × 0,999 × 25 = 87,4125 → 87,41 ± 9,4257·0,999 = ± 9,4162 → [78,00; 96,83]
      ["printed", 87.41, [78.0, 96.83]],
    ] as const)("small hand-computed case uses Student's t, %s weight", (mode, ikm, ci95) => {
      const result = computeSkmIndex(surveyInput("2017", mode, Array(9).fill(35), 10, 10, 35, 125));
      expect(result.ikm).toBe(ikm);
      expect(result.ci95).toEqual(ci95);
    });

    it("with 5 respondents the t interval reaches the top of the scale", () => {
      // scores 2,3,3,4,4: m 3,2, s² 0,7, s/√5 = 0,374166; t(4) = 2,776445 → 80,00 ± 25,9714 → [54,03; 100]
      const result = computeSkmIndex(surveyInput("2017", "exact", Array(9).fill(16), 5, 5, 16, 54));
      expect(result.ci95).toEqual([54.03, 100]);
    });

    it("is clamped to 25–100", () => {
      // scores 1 and 4: m = 2,5; s² = (17 − 2·6,25)/1 = 4,5; s/√2 = 1,5; ± 1,96·25·1,5 = ± 73,5 around 62,5
      const result = computeSkmIndex(surveyInput("2017", "exact", Array(9).fill(5), 2, 2, 5, 17));
      expect(result.ikm).toBe(62.5);
      expect(result.ci95).toEqual([25, 100]);
    });

    it("is null with a single respondent", () => {
      const result = computeSkmIndex(surveyInput("2017", "exact", Array(9).fill(3), 1, 1, 3, 9));
      expect(result.ikm).toBe(75);
      expect(result.ci95).toBeNull();
    });
  });

  it("weakestElements returns the lowest NRR first, ties in regulation order", () => {
    const result = computeSkmIndex(surveyInput("2017", "printed", workedSums, 29, 29));
    // NRR: U3 3,4483 < U2 3,4828 < U5 3,5172 < U1 = U6 = U8 3,6207
    expect(weakestElements(result).map((element) => element.code)).toEqual(["U3", "U2", "U5"]);
    expect(weakestElements(result, 5).map((element) => element.code)).toEqual(["U3", "U2", "U5", "U1", "U6"]);
    expect(weakestElements(result, 0)).toEqual([]);
  });

  it.each([
    ["sum above 4 × count", surveyInput("2017", "exact", [41], 10, 10)],
    ["sum below count", surveyInput("2017", "exact", [9], 10, 10)],
    ["count above respondents", surveyInput("2017", "exact", [40], 10, 9)],
    ["fractional respondents", surveyInput("2017", "exact", [40], 10, 10.5)],
    ["too many unsur for 2017", surveyInput("2017", "exact", Array(10).fill(30), 10, 10)],
    [
      "duplicate unsur",
      {
        ...surveyInput("2017", "exact", [30, 30], 10, 10),
        elements: [
          { code: "U1", sum: 30, count: 10 },
          { code: "U1", sum: 30, count: 10 },
        ],
      },
    ],
  ])("rejects invalid aggregates: %s", (_label, input) => {
    expect(() => computeSkmIndex(input)).toThrow(RangeError);
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

describe("compareIkmPeriods", () => {
  it("explains the method in Indonesian and English", () => {
    expect(IKM_COMPARISON_METHOD_ID).toContain("uji t Welch");
    expect(IKM_COMPARISON_METHOD_ID).toContain("2,776");
    expect(IKM_COMPARISON_METHOD_EN).toContain("Welch t-test");
    expect(IKM_COMPARISON_METHOD_EN).toContain("2.776");
  });

  it("[4,3,4] vs [3,3,2] is not significant: t 2,1213 at df 4 is below 2,7764", () => {
    // means 3,6667 vs 2,6667, s² 1/3 each, n 3 each: t = 1 / √(2/9) = 2,1213; df = (2/9)² / (2·(1/9)²/2) = 4
    const current = surveyInput("2017", "exact", Array(9).fill(11), 3, 3, 11, 41);
    const previous = surveyInput("2017", "exact", Array(9).fill(8), 3, 3, 8, 22);
    expect(compareIkmPeriods(current, previous)).toEqual({
      currentIkm: 91.67,
      previousIkm: 66.67,
      difference: 25,
      t: 2.1213,
      degreesOfFreedom: 4,
      criticalT: 2.7764,
      isComparable: true,
      reason: null,
      isTestable: true,
      isSignificant: false,
    });
  });

  it("refuses to compare a KEP/25/2004 period with a PermenPANRB 14/2017 one and says why", () => {
    const current = surveyInput("2017", "exact", Array(9).fill(11), 3, 3, 11, 41);
    const older = surveyInput("2004", "exact", Array(14).fill(8), 3, 3, 8, 22);
    const comparison = compareIkmPeriods(current, older);
    expect(comparison).toMatchObject({
      currentIkm: 91.67,
      previousIkm: 66.67,
      difference: null,
      t: null,
      isComparable: false,
      isTestable: false,
      isSignificant: false,
    });
    expect(comparison.reason?.id).toBe(IKM_METHODS_DIFFER_ID);
    expect(comparison.reason?.id).toContain("metode berbeda");
    expect(comparison.reason?.en).toContain("different methods");
  });

  it("a small change on few respondents is not meaningful", () => {
    // current: scores 2,3,3,4,4 → m 3,2, s² 0,7, n 5, IKM 80,00
    // previous: scores 3,4,3,2 → m 3,0, s² (38 − 36)/3 = 0,666667, n 4, IKM 75,00
    // t = 0,2 / √(0,7/5 + 0,666667/4) = 0,2 / 0,553775 = 0,3612
    // df = 0,306667² / (0,14²/4 + 0,166667²/3) = 6,64 → critical t 2,3907
    const current = surveyInput("2017", "exact", Array(9).fill(16), 5, 5, 16, 54);
    const previous = surveyInput("2017", "exact", Array(9).fill(12), 4, 4, 12, 38);
    expect(compareIkmPeriods(current, previous)).toEqual({
      currentIkm: 80,
      previousIkm: 75,
      difference: 5,
      t: 0.3612,
      degreesOfFreedom: 6.64,
      criticalT: 2.3907,
      isComparable: true,
      reason: null,
      isTestable: true,
      isSignificant: false,
    });
  });

  it("the same change on 100 respondents each is meaningful", () => {
    // m 3,4 vs 3,2, s² 0,25 each, n 100 each: Σscore² = 99·0,25 + 100·m²
    // t = 0,2 / √(0,0025 + 0,0025) = 2,8284; df = 0,005² / (2 · 0,0025²/99) = 198 → critical 1,9720
    const current = surveyInput("2017", "exact", Array(9).fill(340), 100, 100, 340, 1180.75);
    const previous = surveyInput("2017", "exact", Array(9).fill(320), 100, 100, 320, 1048.75);
    const comparison = compareIkmPeriods(current, previous);
    expect(comparison).toEqual({
      currentIkm: 85,
      previousIkm: 80,
      difference: 5,
      t: 2.8284,
      degreesOfFreedom: 198,
      criticalT: 1.972,
      isComparable: true,
      reason: null,
      isTestable: true,
      isSignificant: true,
    });
    // swapped periods: the sign flips, the verdict stays
    expect(compareIkmPeriods(previous, current)).toMatchObject({ difference: -5, t: -2.8284, isSignificant: true });
  });

  it("is not testable when a period is empty or has one respondent", () => {
    const current = surveyInput("2017", "exact", Array(9).fill(16), 5, 5, 16, 54);
    const empty = surveyInput("2017", "exact", Array(9).fill(0), 0, 0);
    const single = surveyInput("2017", "exact", Array(9).fill(3), 1, 1, 3, 9);
    expect(compareIkmPeriods(current, empty)).toEqual({
      currentIkm: 80,
      previousIkm: null,
      difference: null,
      t: null,
      degreesOfFreedom: null,
      criticalT: null,
      isComparable: true,
      reason: null,
      isTestable: false,
      isSignificant: false,
    });
    expect(compareIkmPeriods(current, single)).toMatchObject({ difference: 5, t: null, isTestable: false });
  });

  it("refuses to mix weight modes", () => {
    const printed = surveyInput("2017", "printed", Array(9).fill(16), 5, 5, 16, 54);
    const exact = surveyInput("2017", "exact", Array(9).fill(16), 5, 5, 16, 54);
    expect(() => compareIkmPeriods(printed, exact)).toThrow(RangeError);
  });
});

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

describe("compareElementPeriods (did a followed-up element move?)", () => {
  it("answers [3,3,2] then [4,3,4]: NRR 2,6667 → 3,6667, t 2,1213 at df 4 below 2,7764: not significant", () => {
    expect(compareElementPeriods({ n: 3, sum: 11, sumSq: 41 }, { n: 3, sum: 8, sumSq: 22 })).toEqual({
      nrrBefore: 2.6667,
      nrrAfter: 3.6667,
      difference: 1,
      t: 2.1213,
      degreesOfFreedom: 4,
      criticalT: 2.7764,
      isTestable: true,
      isSignificant: false,
    });
  });

  it("the same one-point rise over 100 answers each (half 3 half 2 → half 4 half 3) is significant: t 14,0712, df 198", () => {
    const change = compareElementPeriods({ n: 100, sum: 350, sumSq: 1250 }, { n: 100, sum: 250, sumSq: 650 });
    expect(change).toMatchObject({
      nrrBefore: 2.5,
      nrrAfter: 3.5,
      t: 14.0712,
      degreesOfFreedom: 198,
      isSignificant: true,
    });
  });

  it("an element nobody answered before has no NRR, no difference and no test", () => {
    expect(compareElementPeriods({ n: 3, sum: 11, sumSq: 41 }, { n: 0, sum: 0, sumSq: 0 })).toEqual({
      nrrBefore: null,
      nrrAfter: 3.6667,
      difference: null,
      t: null,
      degreesOfFreedom: null,
      criticalT: null,
      isTestable: false,
      isSignificant: false,
    });
  });
});
