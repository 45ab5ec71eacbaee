import { describe, expect, it } from "vitest";
import { lowScoreTableFromCounts } from "./low-answer-roll-up";

describe("low scores per day, counter and element, from the roll-up", () => {
  // 30 responses at counter 1 (20 on 1 Sep, 10 on 2 Sep): U1 = 1 on two responses of 1 Sep and one of 2 Sep, U3 = 2 on
  // three of 1 Sep; 5 responses at counter 2 on 2 Sep, all with U1 = 1 and U3 = 1; 4 without a counter (0), one U3 low.
  const responses = [
    { day: "2026-09-01", counterId: 1, responses: 20 },
    { day: "2026-09-02", counterId: 1, responses: 10 },
    { day: "2026-09-02", counterId: 2, responses: 5 },
    { day: "2026-09-02", counterId: 0, responses: 4 },
    { day: "2026-09-03", counterId: 3, responses: 0 }, // an emptied slice: not a counter
  ];
  const lows = [
    { day: "2026-09-01", counterId: 1, element: "U1", count: 2 },
    { day: "2026-09-01", counterId: 1, element: "U3", count: 3 },
    { day: "2026-09-01", counterId: 1, element: "U5", count: 7 }, // not asked for
    { day: "2026-09-02", counterId: 1, element: "U1", count: 1 },
    { day: "2026-09-02", counterId: 2, element: "U1", count: 5 },
    { day: "2026-09-02", counterId: 2, element: "U3", count: 5 },
    { day: "2026-09-02", counterId: 0, element: "U3", count: 1 },
  ];

  it("counts answers 1–2 of counters with at least n responses; smaller counters are hidden", () => {
    expect(lowScoreTableFromCounts(responses, lows, ["U1", "U3"], 30)).toEqual({
      counters: [{ counterId: 1, responses: 30 }],
      hiddenCounters: 2,
      rows: [
        { day: "2026-09-02", counterId: 1, responses: 10, low: { U1: 1, U3: 0 } },
        { day: "2026-09-01", counterId: 1, responses: 20, low: { U1: 2, U3: 3 } },
      ],
    });
  });

  it("with a minimum of 4 the small counters show too, responses without a counter as null, first", () => {
    const table = lowScoreTableFromCounts(responses, lows, ["U1", "U3"], 4);
    expect(table.hiddenCounters).toBe(0);
    expect(table.counters).toEqual([
      { counterId: null, responses: 4 },
      { counterId: 1, responses: 30 },
      { counterId: 2, responses: 5 },
    ]);
    expect(table.rows.filter((row) => row.day === "2026-09-02")).toEqual([
      { day: "2026-09-02", counterId: null, responses: 4, low: { U1: 0, U3: 1 } },
      { day: "2026-09-02", counterId: 1, responses: 10, low: { U1: 1, U3: 0 } },
      { day: "2026-09-02", counterId: 2, responses: 5, low: { U1: 5, U3: 5 } },
    ]);
  });

  it("a day and counter with low answers only on elements not asked for is not listed", () => {
    expect(lowScoreTableFromCounts(responses, lows, ["U1"], 30).rows.map((row) => row.day)).toEqual([
      "2026-09-02",
      "2026-09-01",
    ]);
    expect(lowScoreTableFromCounts(responses, lows, ["U9"], 30).rows).toEqual([]);
  });
});
