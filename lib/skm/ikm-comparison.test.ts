import { describe, expect, it } from "vitest";
import { compareElementPeriods } from "./compute-index";
import {
  IKM_COMPARISON_METHOD_EN,
  IKM_COMPARISON_METHOD_ID,
  IKM_METHODS_DIFFER_ID,
  compareIkmPeriods,
} from "./ikm-comparison";
import { ELEMENT_CHANGE_332_TO_434, surveyInput } from "./compute-index.fixtures";

type TestableFigures = {
  ikm: [number, number];
  difference: number;
  t: number;
  df: number;
  criticalT: number;
  isSignificant: boolean;
};
/** The whole answer for two comparable, testable periods (every field, so `toEqual` checks each of them). */
const testable = ({ ikm: [currentIkm, previousIkm], df, ...figures }: TestableFigures) => ({
  currentIkm,
  previousIkm,
  ...figures,
  degreesOfFreedom: df,
  isComparable: true,
  reason: null,
  isTestable: true,
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
    expect(compareIkmPeriods(current, previous)).toEqual(
      testable({ ikm: [91.67, 66.67], difference: 25, t: 2.1213, df: 4, criticalT: 2.7764, isSignificant: false }),
    );
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
    expect(compareIkmPeriods(current, previous)).toEqual(
      testable({ ikm: [80, 75], difference: 5, t: 0.3612, df: 6.64, criticalT: 2.3907, isSignificant: false }),
    );
  });

  it("the same change on 100 respondents each is meaningful", () => {
    // m 3,4 vs 3,2, s² 0,25 each, n 100 each: Σscore² = 99·0,25 + 100·m²
    // t = 0,2 / √(0,0025 + 0,0025) = 2,8284; df = 0,005² / (2 · 0,0025²/99) = 198 → critical 1,9720
    const current = surveyInput("2017", "exact", Array(9).fill(340), 100, 100, 340, 1180.75);
    const previous = surveyInput("2017", "exact", Array(9).fill(320), 100, 100, 320, 1048.75);
    const comparison = compareIkmPeriods(current, previous);
    expect(comparison).toEqual(
      testable({ ikm: [85, 80], difference: 5, t: 2.8284, df: 198, criticalT: 1.972, isSignificant: true }),
    );
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

describe("compareElementPeriods (did a followed-up element move?)", () => {
  it("answers [3,3,2] then [4,3,4]: NRR 2,6667 → 3,6667, t 2,1213 at df 4 below 2,7764: not significant", () => {
    expect(compareElementPeriods({ n: 3, sum: 11, sumSq: 41 }, { n: 3, sum: 8, sumSq: 22 })).toEqual(
      ELEMENT_CHANGE_332_TO_434,
    );
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
