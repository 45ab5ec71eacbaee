import { describe, it, expect } from "vitest";
import { getDb } from "@/lib/db/client";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";
import { importResponsesCsv } from "@/lib/skm/response-import";
import { rebuildSkmAggregatesForDays, undoResponseImport } from "@/lib/skm/response-import-store";
import { getSkmDashboard } from "@/lib/skm/dashboard-queries";
import { runConsistencyCheck } from "@/lib/integrity/consistency-queries";

// Issue 15: the SKM dashboard's respondent profile without a slice filter is read from SkmProfileDayStat, which the
// database triggers on SurveyResponse keep. After every kind of write the roll-up must give the same distributions
// as the grouped pass over the responses (the channel-filtered read, all rows being of that channel here) and as
// counted by hand, and the consistency check's skm-profile section must find nothing.
const admin = { id: null, label: "admin-profil@kantor.test", role: "ADMIN" as const };
const answers = { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };
const range = { from: "2023-06-01", to: "2023-06-30", questionnaire: "SKM-2017" };

async function profiles() {
  const options = { trendKind: "month" as const, trendCount: 1 };
  const [rolledUp, scanned] = await Promise.all([
    getSkmDashboard(range, options),
    getSkmDashboard({ ...range, channel: "import" }, options),
  ]);
  const pick = (d: Awaited<ReturnType<typeof getSkmDashboard>>) => ({ ...d.profile, infoSources: d.infoSources });
  expect(pick(rolledUp)).toEqual(pick(scanned));
  const report = await runConsistencyCheck();
  expect(report.sections.find((s) => s.name === "skm-profile")).toMatchObject({ differenceCount: 0 });
  return pick(rolledUp);
}

const ages = (counts: number[]) =>
  ["< 25", "25–34", "35–44", "45–54", "≥ 55"].map((value, index) => ({ value, count: counts[index] }));

describe("SKM respondent profile roll-up", () => {
  it("follows bulk inserts, an import and its undo, and edits of the profile fields", async () => {
    await insertSurveyResponsesBulk(
      [
        { age: 23, sex: "L", education: "sma", occupation: "swasta", infoSource: "teman" },
        { age: 30, sex: "P", education: "s1", occupation: "pns", infoSource: "teman" },
        { age: 55, sex: "P", education: "s1", occupation: null, infoSource: null },
        { age: null, sex: null, education: null, occupation: null, infoSource: null },
      ].map((profile, i) => ({
        questionnaire: "SKM-2017",
        submittedAt: new Date(`2023-06-1${i}T09:00:00+07:00`),
        channel: "import",
        answers,
        ...profile,
      })),
    );
    expect(await profiles()).toEqual({
      sex: [
        { value: "P", count: 2 },
        { value: "L", count: 1 },
      ],
      education: [
        { value: "s1", count: 2 },
        { value: "sma", count: 1 },
      ],
      occupation: [
        { value: "pns", count: 1 },
        { value: "swasta", count: 1 },
      ],
      age: ages([1, 1, 0, 0, 1]),
      infoSources: [{ value: "teman", count: 2 }],
    });

    const csv = [
      "submittedAt,questionnaire,licenseType,counter,channel,age,sex,education,occupation,infoSource,comment,U1,U2,U3,U4,U5,U6,U7,U8,U9",
      "2023-06-20,SKM-2017,PBG,L3,import,40,L,SMA,Wirausaha,,,4,3,3,4,3,3,4,4,3",
      "2023-06-21,SKM-2017,PBG,L3,import,47,L,S1,PNS,,,3,3,2,4,3,3,3,3,2",
    ].join("\n");
    const { importId } = await importResponsesCsv(csv, admin, new Date("2026-12-06T09:00:00+07:00"));
    const imported = await profiles();
    expect(imported.sex).toEqual([
      { value: "L", count: 3 },
      { value: "P", count: 2 },
    ]);
    expect(imported.age).toEqual(ages([1, 1, 1, 1, 1]));
    expect(imported.occupation).toEqual([
      { value: "pns", count: 2 },
      { value: "swasta", count: 1 },
      { value: "wirausaha", count: 1 },
    ]);

    await undoResponseImport({ importId, actor: admin, now: new Date("2026-12-06T10:00:00+07:00") });
    const undone = await profiles();
    expect(undone.age).toEqual(ages([1, 1, 0, 0, 1]));
    expect(undone.occupation).toEqual([
      { value: "pns", count: 1 },
      { value: "swasta", count: 1 },
    ]);

    // An edit of the profile fields (and of the day, out of the month) moves the counts; a delete removes them.
    const db = getDb();
    const young = await db.surveyResponse.findFirstOrThrow({ where: { surveyDate: "2023-06-10" } });
    await db.surveyResponse.update({ where: { id: young.id }, data: { age: 60, sex: "P", education: "s2" } });
    const edited = await profiles();
    expect(edited.sex).toEqual([{ value: "P", count: 3 }]);
    expect(edited.age).toEqual(ages([0, 1, 0, 0, 2]));
    expect(edited.education).toEqual([
      { value: "s1", count: 2 },
      { value: "s2", count: 1 },
    ]);
    const older = await db.surveyResponse.findFirstOrThrow({ where: { surveyDate: "2023-06-12" } });
    await db.surveyResponse.update({ where: { id: older.id }, data: { surveyDate: "2023-07-01" } });
    await db.surveyResponse.delete({ where: { id: young.id } });
    // (the IKM day aggregates of the moved and deleted rows, which these raw writes do not keep)
    await db.$transaction((tx) => rebuildSkmAggregatesForDays(tx, ["2023-06-10", "2023-06-12", "2023-07-01"]));
    expect(await profiles()).toEqual({
      sex: [{ value: "P", count: 1 }],
      education: [{ value: "s1", count: 1 }],
      occupation: [{ value: "pns", count: 1 }],
      age: ages([0, 1, 0, 0, 0]),
      infoSources: [{ value: "teman", count: 1 }],
    });
    expect(await db.skmProfileDayStat.count({ where: { day: "2023-06-10" } })).toBe(0);
  });
});
