import { describe, expect, it } from "vitest";
import { breakdownFigures } from "./breakdown-figures";

describe("breakdownFigures", () => {
  it("adds up a key's month and day rows: mean = Σ days ÷ count, rounded to 2 decimals", () => {
    // Counter 2: a month row (3 files, 2 on time, 12 days) and a day row (2 files, 1 on time, 9 days) → 5 files,
    // 3 on time, 21 ÷ 5 = 4.2 days. Counter 10: 7 ÷ 3 = 2.333… → 2.33. Not recorded (""): 5 ÷ 3 = 1.666… → 1.67.
    expect(
      breakdownFigures([
        { key: "2", count: 3, onTime: 2, daysSum: 12 },
        { key: "10", count: 3, onTime: 3, daysSum: 7 },
        { key: "", count: 3, onTime: 0, daysSum: 5 },
        { key: "2", count: 2, onTime: 1, daysSum: 9 },
      ]),
    ).toEqual([
      { key: "", completed: 3, onTime: 0, meanDays: 1.67 },
      { key: "10", completed: 3, onTime: 3, meanDays: 2.33 },
      { key: "2", completed: 5, onTime: 3, meanDays: 4.2 },
    ]);
  });

  it("rounds to 2 decimals, half up: 9 ÷ 8 = 1.125 → 1.13; 10 ÷ 4 = 2.5", () => {
    expect(breakdownFigures([{ key: "a", count: 8, onTime: 8, daysSum: 9 }])[0].meanDays).toBe(1.13);
    expect(breakdownFigures([{ key: "b", count: 4, onTime: 1, daysSum: 10 }])[0].meanDays).toBe(2.5);
  });

  it("drops keys whose rows add up to no files and gives nothing for no rows", () => {
    expect(breakdownFigures([{ key: "x", count: 0, onTime: 0, daysSum: 0 }])).toEqual([]);
    expect(breakdownFigures([])).toEqual([]);
  });
});
