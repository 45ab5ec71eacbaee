import { describe, expect, it } from "vitest";
import { comparePerception, type PerceptionAnswer } from "./perception-join";

const answers = (licenseTypeId: number, group: "a" | "b", values: number[]): PerceptionAnswer[] =>
  values.map((answer) => ({ licenseTypeId, group, answer }));
const repeat = (value: number, times: number) => Array.from({ length: times }, () => value);

describe("comparePerception", () => {
  it("the issue's example: 100 respondents over the standard time at U3 2,61 vs 50 within it at 3,42", () => {
    const data = [
      ...answers(7, "a", [...repeat(4, 21), ...repeat(3, 29)]), // 171 / 50 = 3,42
      ...answers(7, "b", [...repeat(3, 61), ...repeat(2, 39)]), // 261 / 100 = 2,61
    ];
    const result = comparePerception(data, 30);
    expect(result.rows).toEqual([
      {
        licenseTypeId: 7,
        shown: true,
        a: { n: 50, mean: 3.42 },
        b: { n: 100, mean: 2.61 },
        difference: -0.81,
        hiddenBecause: null,
      },
    ]);
    expect(result.total).toEqual({
      shown: true,
      a: { n: 50, mean: 3.42 },
      b: { n: 100, mean: 2.61 },
      difference: -0.81,
    });
  });

  it("hides a type with a group under n, and then the smallest shown type, so total − shown rows reveals no small group", () => {
    const data = [
      ...answers(1, "a", [4, 3, 3, 4]), // n 4, Σ 14
      ...answers(1, "b", [2, 3, 2]), // n 3, Σ 7
      ...answers(2, "a", [4, 4, 4]), // n 3, Σ 12
      ...answers(2, "b", [1, 2]), // n 2 < 3: hidden
      ...answers(3, "a", [3, 3, 3, 3, 3]), // n 5, Σ 15
      ...answers(3, "b", [2, 2, 2, 3]), // n 4, Σ 9
    ];
    const result = comparePerception(data, 3);
    // Type 2 alone left out: total − 1 − 3 would be its b group (n 2, Σ 3 → 1,5). So type 1 (fewest: min(4, 3) = 3)
    // is left out too: the left-out types then hold a n 7 and b n 5, both ≥ 3.
    expect(result.rows.map((r) => [r.licenseTypeId, r.shown, r.hiddenBecause])).toEqual([
      [1, false, "complement"],
      [2, false, "small_group"],
      [3, true, null],
    ]);
    expect(result.rows[0]).toMatchObject({ a: null, b: null, difference: null });
    expect(result.rows[2]).toMatchObject({ a: { n: 5, mean: 3 }, b: { n: 4, mean: 2.25 }, difference: -0.75 });
    // All types: a 41 / 12 = 3,4167; b 19 / 9 = 2,1111; b − a = −1,3056.
    expect(result.total).toEqual({ shown: true, a: { n: 12, mean: 3.42 }, b: { n: 9, mean: 2.11 }, difference: -1.31 });
  });

  it("shows nothing when a group is under n over all types, and needs a whole n ≥ 1", () => {
    const result = comparePerception([...answers(1, "a", repeat(4, 40)), ...answers(1, "b", repeat(2, 29))], 30);
    expect(result.rows).toEqual([
      { licenseTypeId: 1, shown: false, a: null, b: null, difference: null, hiddenBecause: "small_group" },
    ]);
    expect(result.total).toEqual({ shown: false, a: null, b: null, difference: null });
    expect(comparePerception([], 30)).toEqual({
      rows: [],
      total: { shown: false, a: null, b: null, difference: null },
      minN: 30,
    });
    expect(() => comparePerception([], 0)).toThrow(RangeError);
    expect(() => comparePerception([], 2.5)).toThrow(RangeError);
  });
});
