import { describe, it, expect } from "vitest";
import { getDb } from "@/lib/db/client";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";
import { importResponsesCsv } from "@/lib/skm/response-import";
import { rebuildSkmAggregatesForDays, undoResponseImport } from "@/lib/skm/response-import-store";
import { getLowScoreTable } from "@/lib/skm/answer-queries";
import { runConsistencyCheck } from "@/lib/integrity/consistency-queries";

// Issue 15: the SKM dashboard's low-score table is read from SkmLowAnswerDayStat, which the database triggers on
// SurveyResponse keep, and the day aggregates' respondents. After every kind of write it must give the hand-counted
// table and the consistency check's skm-low-answers section must find nothing. March 2021: no other test's responses.
const admin = { id: null, label: "admin-rendah@kantor.test", role: "ADMIN" as const };
const fine = { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };
const window = { from: "2021-03-01", to: "2021-03-14", questionnaire: "SKM-2017" };

async function table(minN = 2) {
  const report = await runConsistencyCheck();
  expect(report.sections.find((s) => s.name === "skm-low-answers")).toMatchObject({ differenceCount: 0 });
  const { counters, hiddenCounters, rows } = await getLowScoreTable(window, ["U1", "U3"], minN);
  return { counters, hiddenCounters, rows };
}

describe("SKM low-answer roll-up", () => {
  it("follows bulk inserts, an import and its undo, edits of the answers and deletes", async () => {
    const db = getDb();
    const [l1, l2] = await Promise.all(
      ["L1", "L2"].map((code) => db.counter.findUniqueOrThrow({ where: { code }, select: { id: true } })),
    );
    await insertSurveyResponsesBulk(
      [
        { counterId: l1.id, day: "02", answers: { ...fine, U1: 1, U3: 2 } },
        { counterId: l1.id, day: "02", answers: { ...fine, U1: 2 } },
        { counterId: l1.id, day: "03", answers: fine },
        { counterId: l2.id, day: "03", answers: { ...fine, U3: 1, U5: 1 } },
        { counterId: null, day: "03", answers: { ...fine, U1: 1 } },
      ].map((row) => ({
        questionnaire: "SKM-2017",
        submittedAt: new Date(`2021-03-${row.day}T09:00:00+07:00`),
        channel: "paper",
        counterId: row.counterId,
        answers: row.answers,
      })),
    );
    // L1: 3 responses (2 on the 2nd: U1 low twice, U3 once); L2: 1 (U3 low); no counter: 1 (U1 low). With n ≥ 2 only
    // L1 shows.
    expect(await table()).toEqual({
      counters: [{ counterId: l1.id, responses: 3 }],
      hiddenCounters: 2,
      rows: [{ day: "2021-03-02", counterId: l1.id, responses: 2, low: { U1: 2, U3: 1 } }],
    });

    const csv = [
      "submittedAt,questionnaire,licenseType,counter,channel,age,sex,education,occupation,infoSource,comment,U1,U2,U3,U4,U5,U6,U7,U8,U9",
      "2021-03-03,SKM-2017,PBG,L2,import,40,L,SMA,Wirausaha,,,4,3,2,4,3,3,4,4,3",
      "2021-03-04,SKM-2017,PBG,L2,import,47,L,S1,PNS,,,1,3,3,4,3,3,3,3,2",
    ].join("\n");
    const { importId } = await importResponsesCsv(csv, admin, new Date("2026-12-06T09:00:00+07:00"));
    // L2 now has 3 responses: on the 3rd two (U3 low on both), on the 4th one (U1 low).
    expect(await table()).toEqual({
      counters: [
        { counterId: l1.id, responses: 3 },
        { counterId: l2.id, responses: 3 },
      ],
      hiddenCounters: 1,
      rows: [
        { day: "2021-03-04", counterId: l2.id, responses: 1, low: { U1: 1, U3: 0 } },
        { day: "2021-03-03", counterId: l2.id, responses: 2, low: { U1: 0, U3: 2 } },
        { day: "2021-03-02", counterId: l1.id, responses: 2, low: { U1: 2, U3: 1 } },
      ],
    });
    await undoResponseImport({ importId, actor: admin, now: new Date("2026-12-06T10:00:00+07:00") });
    expect((await table()).rows).toEqual([
      { day: "2021-03-02", counterId: l1.id, responses: 2, low: { U1: 2, U3: 1 } },
    ]);
    expect(await db.skmLowAnswerDayStat.count({ where: { day: "2021-03-04" } })).toBe(0);

    // An edit of the answers moves the counts; a delete removes them (the raw writes rebuild the IKM day aggregates).
    const lowOnes = await db.surveyResponse.findMany({ where: { surveyDate: "2021-03-02" }, orderBy: { id: "asc" } });
    const both = lowOnes.find((row) => JSON.parse(row.answers).U3 === 2)!;
    const other = lowOnes.find((row) => row.id !== both.id)!;
    await db.surveyResponse.update({ where: { id: both.id }, data: { answers: JSON.stringify(fine), score: 3 } });
    await db.$transaction((tx) => rebuildSkmAggregatesForDays(tx, ["2021-03-02"]));
    expect((await table()).rows).toEqual([
      { day: "2021-03-02", counterId: l1.id, responses: 2, low: { U1: 1, U3: 0 } },
    ]);
    await db.surveyResponse.delete({ where: { id: other.id } });
    await db.$transaction((tx) => rebuildSkmAggregatesForDays(tx, ["2021-03-02"]));
    expect(await table()).toEqual({
      counters: [{ counterId: l1.id, responses: 2 }],
      hiddenCounters: 2,
      rows: [],
    });
    expect(await db.skmLowAnswerDayStat.count({ where: { day: "2021-03-02" } })).toBe(0);
  });
});
