import { describe, expect, it } from "vitest";
import { addToMoments, lowScoreTable, parseAnswers } from "./answer-stats";

describe("per-element moments", () => {
  it("n, Σ and Σ² of each element's answers; skipped answers are not counted", () => {
    const m = addToMoments(new Map(), [{ U1: 4, U3: 3 }, { U1: 3 }, { U1: 4, U3: 1 }], ["U1", "U3"]);
    expect(m.get("U1")).toEqual({ n: 3, sum: 11, sumSq: 41 });
    expect(m.get("U3")).toEqual({ n: 2, sum: 4, sumSq: 10 });
  });
  it("reads stored answers, dropping anything that is not 1–4", () => {
    expect(parseAnswers('{"U1":4,"U2":0,"U3":"3","U4":2}')).toEqual({ U1: 4, U4: 2 });
    expect(parseAnswers("not json")).toEqual({});
  });
});

describe("low scores per day, counter and element", () => {
  const rows = [
    ...Array.from({ length: 30 }, (_, i) => ({
      day: i < 20 ? "2026-09-01" : "2026-09-02",
      counterId: 1,
      answers: { U1: i % 10 === 0 ? 1 : 4, U3: i < 3 ? 2 : 3 },
    })),
    ...Array.from({ length: 5 }, () => ({ day: "2026-09-02", counterId: 2, answers: { U1: 1, U3: 1 } })),
  ];
  it("counts answers 1–2 of counters with at least n responses; smaller counters are hidden", () => {
    // Counter 1: U1 = 1 on responses 0, 10 (1 Sep) and 20 (2 Sep); U3 = 2 on responses 0–2 (1 Sep).
    expect(lowScoreTable(rows, ["U1", "U3"], 30)).toEqual({
      counters: [{ counterId: 1, responses: 30 }],
      hiddenCounters: 1,
      rows: [
        { day: "2026-09-02", counterId: 1, responses: 10, low: { U1: 1, U3: 0 } },
        { day: "2026-09-01", counterId: 1, responses: 20, low: { U1: 2, U3: 3 } },
      ],
    });
  });
  it("with a minimum of 5 the small counter shows too", () => {
    const table = lowScoreTable(rows, ["U1", "U3"], 5);
    expect(table.hiddenCounters).toBe(0);
    expect(table.rows[1]).toEqual({ day: "2026-09-02", counterId: 2, responses: 5, low: { U1: 5, U3: 5 } });
  });
});
