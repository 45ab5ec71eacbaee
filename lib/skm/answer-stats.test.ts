import { describe, expect, it } from "vitest";
import { addToMoments, parseAnswers } from "./answer-stats";

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
