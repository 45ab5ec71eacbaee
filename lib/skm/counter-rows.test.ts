import { describe, expect, it } from "vitest";
import { perCounterRows } from "./counter-rows";

describe("perCounterRows", () => {
  it("names counters, hides those below the minimum n and keeps the shown ones largest first", () => {
    const figures = [
      { counterId: 0, answers: 40, nrr: 3 },
      { counterId: 1, answers: 29, nrr: 2.5 },
      { counterId: 2, answers: 31, nrr: 3.5 },
    ];
    const counters = [
      { id: 1, name: "Loket 1" },
      { id: 2, name: "Loket 2" },
    ];
    const rows = perCounterRows(figures, counters, { n: (f) => f.answers, unassigned: "Tanpa loket", minN: 30 });
    expect(rows.map((row) => [row.label, row.n, row.isHidden, row.figures?.nrr ?? null])).toEqual([
      ["Tanpa loket", 40, false, 3],
      ["Loket 2", 31, false, 3.5],
      ["Loket 1", 29, true, null],
    ]);
  });
});
