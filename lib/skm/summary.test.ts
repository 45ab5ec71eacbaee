import { describe, it, expect } from "vitest";
import { addSums, assembleSkmSummary, emptySums, sumsFromColumns, type AggregateSums } from "./summary";
import { ZSkmSummaryQuery } from "./schemas";
import { SKM_2017_QUESTIONNAIRE } from "./questionnaires";

/** Reference worked example (reference.md §1): n = 29, unsur totals 105,101,100,116,102,105,106,105,115. */
function exampleSums(): AggregateSums {
  const s = emptySums();
  s.respondents = 29;
  [105, 101, 100, 116, 102, 105, 106, 105, 115].forEach((v, i) => {
    s.sums[i] = v;
    s.counts[i] = 29;
  });
  s.scoreSum = 29 * 3.6;
  s.scoreSumSq = 29 * 3.6 * 3.6 + 28 * 0.09; // variance 0.09
  return s;
}

describe("assembleSkmSummary", () => {
  it("reproduces the worked example with the printed weight: 3,6553 → 91,38 A, weakest U3, U2, U5", () => {
    const s = assembleSkmSummary({
      questionnaire: SKM_2017_QUESTIONNAIRE,
      sums: exampleSums(),
      weight: "printed",
      from: "2026-01-01",
      to: "2026-03-31",
      population: { value: 1000, source: "admin" },
    });
    expect(s.index).toBe(3.6553);
    expect(s.ikm).toBe(91.38);
    expect(s.grade).toBe("A");
    expect(s.weight).toEqual({ mode: "printed", value: 0.111, answeredElements: 9, sum: 0.999 });
    expect(s.isComplete).toBe(true);
    expect(s.unansweredElements).toEqual([]);
    expect(s.weakest).toEqual(["U3", "U2", "U5"]);
    expect(s.elements.find((e) => e.code === "U3")).toMatchObject({
      nrr: 3.4483,
      name: "Waktu Penyelesaian",
      isWeakest: true,
    });
    expect(s.requiredSample).toBe(278);
    expect(s.sampleAdequate).toBe(false);
    expect(s.populationSource).toBe("admin");
    // CI: raw 955/29 × 0,111 × 25 = 91,38362 ± t₀,₉₇₅(28) · 25 · 0,999 · 0,3/√29 = 2,048407 · 1,391321 = 2,84999
    // → 88,53363 / 94,23362 (the normal 1,96 would give the narrower 88,66 / 94,11)
    expect(s.ci95).toEqual([88.53, 94.23]);
  });
  it("with the exact weight gives 91,48", () => {
    const s = assembleSkmSummary({
      questionnaire: SKM_2017_QUESTIONNAIRE,
      sums: exampleSums(),
      weight: "exact",
      from: "2026-01-01",
      to: "2026-03-31",
      population: null,
    });
    expect(s.ikm).toBe(91.48);
    expect(s.population).toBeNull();
    expect(s.requiredSample).toBeNull();
    expect(s.sampleAdequate).toBeNull();
  });
  it("an empty period is 'no data' with nulls, never NaN", () => {
    const s = assembleSkmSummary({
      questionnaire: SKM_2017_QUESTIONNAIRE,
      sums: emptySums(),
      weight: "printed",
      from: "2026-01-01",
      to: "2026-01-31",
      population: { value: 0, source: "applications" },
    });
    expect(s.hasData).toBe(false);
    expect(s.ikm).toBeNull();
    expect(s.grade).toBeNull();
    expect(s.ci95).toBeNull();
    expect(s.weakest).toEqual([]);
    expect(JSON.stringify(s)).not.toContain("NaN");
    expect(s.requiredSample).toBe(0);
  });
});

describe("aggregate column sums", () => {
  it("reads s1..s14/n1..n14 and treats nulls as 0", () => {
    const row: Record<string, number | null> = { respondents: 2, scoreSum: 6.5, scoreSumSq: 21.25 };
    for (let i = 1; i <= 14; i++) {
      row[`s${i}`] = i <= 9 ? 7 : null;
      row[`n${i}`] = i <= 9 ? 2 : null;
    }
    const s = sumsFromColumns(row as never);
    expect(s.sums).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0]);
    expect(s.counts[8]).toBe(2);
    const twice = addSums(s, s);
    expect(twice).toMatchObject({ respondents: 4, scoreSum: 13, scoreSumSq: 42.5 });
    expect(twice.sums[0]).toBe(14);
  });
  it("an all-null `_sum` (no rows) is empty", () => {
    expect(sumsFromColumns({ respondents: null, scoreSum: null, scoreSumSq: null })).toEqual(emptySums());
  });
});

describe("ZSkmSummaryQuery", () => {
  it("accepts a valid query and defaults the questionnaire", () => {
    expect(ZSkmSummaryQuery.parse({ from: "2026-01-01", to: "2026-03-31" })).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
      questionnaire: "SKM-2017",
    });
  });
  it.each([
    [{ from: "2026-02-30", to: "2026-03-31" }, "from"],
    [{ from: "2026-01-01", to: "31-03-2026" }, "to"],
    [{ from: "2026-03-01", to: "2026-01-31" }, "to"],
    [{ from: "2026-01-01", to: "2026-01-31", channel: "fax" }, "channel"],
    [{ from: "2026-01-01", to: "2026-01-31", questionnaire: "SKM-1999" }, "questionnaire"],
    [{ to: "2026-01-31" }, "from"],
  ])("rejects %j naming %s", (input, field) => {
    const r = ZSkmSummaryQuery.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain(field);
  });
});
