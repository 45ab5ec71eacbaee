import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { rawStatements } from "../support/raw-statements";
import { insertSurveyResponse } from "@/lib/skm/response-store";
import { setSkmWeightMode } from "@/lib/skm/summary-queries";
import { getSkmDashboard } from "@/lib/skm/dashboard-queries";
import { getLowScoreTable } from "@/lib/skm/answer-queries";
import { getSkmIkmByCounter } from "@/lib/skm/counter-breakdown-queries";
import { readDataVersions } from "@/lib/kpi/data-version-queries";

// Issue 15: the SKM dashboard and the low-score table keep their roll-up figures under the change counters of the
// tables they read (lib/kpi/versioned-cache-queries.ts). An unchanged database serves the kept figures (the very same
// objects); a survey submission or a weight setting change shows on the next read, on both engines. May 2037 holds
// only this file's responses.
const wib = (text: string) => new Date(`${text}+07:00`);
const CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
const answers = (value: number) => Object.fromEntries(CODES.map((code) => [code, value]));
const may = { from: "2037-05-01", to: "2037-05-31", questionnaire: "SKM-2017" };
const firstFortnight = { from: "2037-05-01", to: "2037-05-14", questionnaire: "SKM-2017" };

const dashboard = () => getSkmDashboard(may, { trendKind: "month", trendCount: 3 });
const lowScores = () => getLowScoreTable(firstFortnight, CODES, 1);
const respond = (day: string, value: number, extra: { sex?: string; comment?: string } = {}) =>
  insertSurveyResponse(getDb() as never, {
    questionnaire: "SKM-2017",
    submittedAt: wib(`${day}T10:00`),
    channel: "web",
    answers: answers(value),
    ...extra,
  });

describe("the SKM dashboard's kept figures", () => {
  it("are served again while nothing changed, and read again after a submission or a setting change", async () => {
    const empty = await dashboard();
    expect(empty.summary.respondents).toBe(0);
    expect(empty.trend.map((point) => [point.key, point.respondents])).toEqual([
      ["2037-03", 0],
      ["2037-04", 0],
      ["2037-05", 0],
    ]);
    const again = await dashboard();
    // Kept: the same objects, not a new read.
    expect(again.summary).toBe(empty.summary);
    expect(again.trend).toBe(empty.trend);
    expect(again.profile.sex).toBe(empty.profile.sex);

    // One response (all 4) by a woman on 10 May: printed weights 0.111 × 9 × 4 × 25 = 99.9.
    await setSkmWeightMode("printed");
    await respond("2037-05-10", 4, { sex: "P", comment: "Pelayanan cepat" });
    const one = await dashboard();
    expect(one.summary).not.toBe(empty.summary);
    expect(one.summary).toMatchObject({ respondents: 1, ikm: 99.9 });
    expect(one.trend.map((point) => [point.key, point.respondents])).toEqual([
      ["2037-03", 0],
      ["2037-04", 0],
      ["2037-05", 1],
    ]);
    expect(one.profile.sex).toEqual([{ value: "P", count: 1 }]);
    expect(one.comments).toEqual([{ surveyDate: "2037-05-10", comment: "Pelayanan cepat", score: 4 }]);

    // The weight setting: exact weights give 4 × 25 = 100.
    await setSkmWeightMode("exact");
    const exact = await dashboard();
    expect(exact.summary.ikm).toBe(100);
    expect(exact.trend.at(-1)!.ikm).toBe(100);
    // The profile's roll-up was not written: still the kept one.
    expect(exact.profile.sex).toBe(one.profile.sex);
    await setSkmWeightMode("printed"); // the default, for the other files of the run
    expect((await dashboard()).summary.ikm).toBe(99.9);
  });

  it("keeps the low-score table until a low answer arrives", async () => {
    const before = await lowScores();
    const again = await lowScores();
    expect(again.rows).toBe(before.rows);
    expect(again.counters).toBe(before.counters);
    const respondentsBefore = before.counters.reduce((sum, counter) => sum + counter.responses, 0);

    // A response with every element answered 2 (low) on 11 May, no counter.
    await respond("2037-05-11", 2);
    const after = await lowScores();
    expect(after.rows).not.toBe(before.rows);
    expect(after.rows).toEqual([
      { day: "2037-05-11", counterId: null, responses: 1, low: Object.fromEntries(CODES.map((code) => [code, 1])) },
    ]);
    expect(after.counters.reduce((sum, counter) => sum + counter.responses, 0)).toBe(respondentsBefore + 1);
  });

  it("keeps the IKM per counter until a submission", async () => {
    const june = { from: "2037-06-01", to: "2037-06-30", questionnaire: "SKM-2017" };
    expect(await getSkmIkmByCounter(june)).toEqual([]);
    const fresh = await rawStatements(() => getSkmIkmByCounter({ ...june, channel: "web" }));
    const kept = await rawStatements(() => getSkmIkmByCounter({ ...june, channel: "web" }));
    expect(kept).toBe(fresh - 1);
    // One response (all 3) on 2 June, no counter: IKM 3 × 25 = 75 with printed weights 0.111 × 9 × 3 × 25 = 74.925.
    await respond("2037-06-02", 3);
    expect(await getSkmIkmByCounter(june)).toEqual([{ counterId: 0, respondents: 1, ikm: 74.93, grade: "C" }]);
  });

  it("bumps the profile and low-answer roll-ups' counters of the response's year only", async () => {
    const before = await readDataVersions();
    await respond("2037-05-12", 1, { sex: "L" });
    const after = await readDataVersions();
    const bumped = (key: string) => Number(after.get(key) ?? 0) - Number(before.get(key) ?? 0);
    // Five profile dimensions, of which only sex is given: one row; nine low answers: nine rows.
    expect(bumped("SkmProfileDayStat:2037")).toBe(1);
    expect(bumped("SkmLowAnswerDayStat:2037")).toBe(9);
    expect(bumped("SkmProfileDayStat:2036")).toBe(0);
    expect(bumped("SkmLowAnswerDayStat:0")).toBe(0);
  });
});
