import { describe, expect, it } from "vitest";
import { comparePoissonRates, compareShares } from "./rate-test";

describe("comparePoissonRates (exact conditional binomial test)", () => {
  it("10 in 10 days against 2 in 10 days: p = 158/4096, significant", () => {
    const r = comparePoissonRates(10, 10, 2, 10)!;
    expect(r.pValue).toBeCloseTo(158 / 4096, 12);
    expect(r).toMatchObject({ rateRatio: 5, isSignificant: true });
  });

  it("unequal exposure: 10 in 10 days against 2 in 5 days", () => {
    // n = 12, p = 10/15 = 2/3, pmf(k) = C(12,k)·2^k / 3^12. pmf(10) = 67584/531441; no more likely are k = 0…6
    // (1 + 24 + 264 + 1760 + 7920 + 25344 + 59136 = 94449) and k = 10, 11, 12 (67584 + 24576 + 4096).
    const r = comparePoissonRates(10, 10, 2, 5)!;
    expect(r.pValue).toBeCloseTo(190705 / 531441, 12);
    expect(r).toMatchObject({ rateRatio: 2.5, isSignificant: false });
  });

  it("nothing before: 3 in 1 day against 0 in 2 days gives p = (1/3)^3", () => {
    const r = comparePoissonRates(3, 1, 0, 2)!;
    expect(r.pValue).toBeCloseTo(1 / 27, 12);
    expect(r).toMatchObject({ rateRatio: null, isSignificant: true });
  });

  it("no events at all, and no exposure", () => {
    expect(comparePoissonRates(0, 5, 0, 5)).toEqual({ rateRatio: null, pValue: 1, isSignificant: false });
    expect(comparePoissonRates(4, 0, 2, 5)).toBeNull();
    expect(comparePoissonRates(4, 5, 2, 0)).toBeNull();
  });
});

describe("compareShares (Fisher's exact test)", () => {
  it("6 of 10 against 1 of 10: p = 10582/184756, not significant", () => {
    const r = compareShares(6, 10, 1, 10)!;
    expect(r.pValue).toBeCloseTo(10582 / 184756, 12);
    expect(r.isSignificant).toBe(false);
    expect(compareShares(1, 10, 6, 10)!.pValue).toBeCloseTo(10582 / 184756, 12);
  });

  it("3 of 4 against 1 of 4: p = 34/70; 8 of 8 against 0 of 8: p = 2/12870", () => {
    expect(compareShares(3, 4, 1, 4)!.pValue).toBeCloseTo(34 / 70, 12);
    // C(16,8) = 12870 tables with these margins; only the two extremes are as unlikely.
    const r = compareShares(8, 8, 0, 8)!;
    expect(r.pValue).toBeCloseTo(2 / 12870, 12);
    expect(r.isSignificant).toBe(true);
  });

  it("an empty group gives no test", () => {
    expect(compareShares(0, 0, 3, 10)).toBeNull();
  });
});
