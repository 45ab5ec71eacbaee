import { describe, expect, it } from "vitest";
import { compareAggregates } from "./compare";

describe("compareAggregates", () => {
  it("reports nothing for equal rows, in any order", () => {
    const rows = [
      { key: "a", values: { respondents: 2, s1: 7 } },
      { key: "b", values: { respondents: 1, s1: 4 } },
    ];
    expect(compareAggregates(rows, [...rows].reverse())).toEqual([]);
  });

  it("names the key and column of each changed value, a missing row and an extra row", () => {
    const expected = [
      { key: "2026-05-15|SKM-2017|0|0|web", values: { respondents: 20, s1: 20 } },
      { key: "2026-05-16|SKM-2017|0|0|web", values: { respondents: 1, s1: 3 } },
    ];
    const stored = [
      { key: "2026-05-15|SKM-2017|0|0|web", values: { respondents: 40, s1: 20 } },
      { key: "2026-05-17|SKM-2017|0|0|web", values: { respondents: 29, s1: 90 } },
    ];
    expect(compareAggregates(expected, stored)).toEqual([
      { key: "2026-05-15|SKM-2017|0|0|web", column: "respondents", expected: 20, stored: 40 },
      { key: "2026-05-16|SKM-2017|0|0|web", column: "(row)", expected: "present", stored: null },
      { key: "2026-05-17|SKM-2017|0|0|web", column: "(row)", expected: null, stored: "present" },
    ]);
  });

  it("float columns tolerate summation-order rounding (1e-9 relative) but not a real difference", () => {
    const third = 1 / 3;
    const a = [{ key: "k", values: { scoreSum: third + third + third } }];
    const b = [{ key: "k", values: { scoreSum: 1 } }];
    expect(compareAggregates(a, b, { floatColumns: new Set(["scoreSum"]) })).toEqual([]);
    expect(
      compareAggregates([{ key: "k", values: { scoreSum: 3.5 } }], [{ key: "k", values: { scoreSum: 3.5001 } }], {
        floatColumns: new Set(["scoreSum"]),
      }),
    ).toHaveLength(1);
    // integer columns are exact
    expect(
      compareAggregates([{ key: "k", values: { s1: 3 } }], [{ key: "k", values: { s1: 3.0000000001 } }]),
    ).toHaveLength(1);
  });

  it("an all-zero stored row without raw rows is no difference; big investment sums compare as exact text", () => {
    expect(compareAggregates([], [{ key: "k", values: { respondents: 0, s1: 0 } }])).toEqual([]);
    const big = [{ key: "d", values: { investment: "9007199254740993" } }];
    expect(compareAggregates(big, [{ key: "d", values: { investment: "9007199254740992" } }])).toHaveLength(1);
  });
});
