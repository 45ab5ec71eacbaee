import { describe, expect, it } from "vitest";
import { computeSkmIndex, elementWeight, roundHalfUp, studentT95, weakestElements } from "./compute-index";
import { allNumbers, surveyInput } from "./compute-index.fixtures";

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
