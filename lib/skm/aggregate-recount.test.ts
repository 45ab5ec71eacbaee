import { describe, expect, it } from "vitest";
import { accumulateResponses, aggregateRowsOf, type AggregateSlice } from "./aggregate-recount";
import type { AggregateIncrements } from "./aggregate-row";

describe("recount of daily aggregates from raw responses", () => {
  it("sums per slice exactly as the writers do: blanks are not counted, each respondent's mean feeds the score sums", () => {
    const all = (v: number | null, u8: number | null = v) =>
      JSON.stringify({ U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: u8, U9: v });
    const map = new Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>();
    accumulateResponses(map, [
      {
        surveyDate: "2018-03-06",
        questionnaire: "SKM-2017",
        licenseTypeId: 3,
        counterId: 3,
        channel: "import",
        answers: all(4, null),
      },
      {
        surveyDate: "2018-03-06",
        questionnaire: "SKM-2017",
        licenseTypeId: 3,
        counterId: 3,
        channel: "import",
        answers: all(2),
      },
      {
        surveyDate: "2018-03-06",
        questionnaire: "SKM-2017",
        licenseTypeId: null,
        counterId: null,
        channel: "paper",
        answers: all(3),
      },
    ]);
    const rows = aggregateRowsOf(map);
    expect(rows).toHaveLength(2);
    const imported = rows.find((r) => r.channel === "import")!;
    // respondent means 4 (U8 blank: 32/8) and 2 → Σ 6, Σ² 16 + 4 = 20
    expect(imported).toMatchObject({
      day: "2018-03-06",
      licenseTypeId: 3,
      counterId: 3,
      respondents: 2,
      scoreSum: 6,
      scoreSumSq: 20,
      s1: 6,
      n1: 2,
      s8: 2,
      n8: 1,
      s10: 0,
      n10: 0,
    });
    expect(rows.find((r) => r.channel === "paper")).toMatchObject({
      licenseTypeId: 0,
      counterId: 0,
      respondents: 1,
      scoreSum: 3,
      s9: 3,
      n9: 1,
    });
  });
});
