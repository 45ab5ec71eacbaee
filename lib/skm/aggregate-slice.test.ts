import { describe, expect, it } from "vitest";
import { addToSlice, responseSlice, sliceKey, type AggregateSlice } from "./aggregate-recount";
import type { AggregateIncrements } from "./aggregate-row";

const inc = (scoreSum: number, u1: number): AggregateIncrements => ({
  respondents: 1,
  scoreSum,
  scoreSumSq: scoreSum * scoreSum,
  sums: [u1],
  counts: [1],
});

describe("responseSlice", () => {
  it("counts a response without licence type or counter under 0", () => {
    expect(
      responseSlice({
        surveyDate: "2026-05-04",
        questionnaire: "SKM-2017",
        licenseTypeId: null,
        counterId: 7,
        channel: "kiosk",
      }),
    ).toEqual({ day: "2026-05-04", questionnaire: "SKM-2017", licenseTypeId: 0, counterId: 7, channel: "kiosk" });
  });
});

describe("addToSlice", () => {
  it("keeps the first increments of a slice and adds later ones to them", () => {
    const slice: AggregateSlice = {
      day: "2026-05-04",
      questionnaire: "SKM-2017",
      licenseTypeId: 2,
      counterId: 1,
      channel: "web",
    };
    const map = new Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>();
    const first = inc(3.5, 4);
    addToSlice(map, slice, first);
    expect(map.get("2026-05-04|SKM-2017|2|1|web")).toEqual({ slice, inc: first });
    addToSlice(map, { ...slice }, inc(2, 2));
    expect([...map.keys()]).toEqual([sliceKey(slice)]);
    expect(map.get(sliceKey(slice))!.inc).toEqual({
      respondents: 2,
      scoreSum: 5.5,
      scoreSumSq: 16.25,
      sums: [6],
      counts: [2],
    });
  });
});
