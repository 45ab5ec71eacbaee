import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { databaseEngine } from "@/lib/env";
import { runConsistencyCheck } from "@/lib/integrity/consistency-queries";
import { getDb } from "@/lib/db/client";
import { createUser, type Actor } from "@/lib/users/user-store";
import { registerApplication, recordApplicationAction } from "@/lib/applications/applications-store";
import { getAgencyQueue } from "@/lib/applications/agency-queue-queries";
import { recordAgencyRecommendation } from "@/lib/applications/agency-recommendation-store";
import { getAgencyPerformance, getOverdueRecommendations } from "@/lib/applications/agency-performance-queries";

// Issue 15 on both engines: "who has the ball" reads the waiting files grouped by the day they entered the stage
// (Application.stageStartDay, kept by every write of a timeline) and replays only the files returned during the
// stage. Its figures equal the agency's own queue, which replays every timeline. Own licence type and agency, and
// May 2028 (weekends only: no holiday list), so no other test's files enter these figures.
const C = "Dinas Uji Bola C";
const wib = (text: string) => new Date(`${text}+07:00`);
const officer: Actor = { id: null, label: "petugas-uji", role: "OFFICER" };
let agencyC: { actor: Actor; agency: string };

async function intoRecommendation(registrationNo: string, day: string) {
  await registerApplication(
    {
      registrationNo,
      licenseType: "UJI-C",
      applicantName: "Pemohon Uji",
      applicantKind: "individual",
      kelurahan: "35.71.02.1010",
      feeCharged: "0",
    },
    officer,
    wib(`${day}T08:00`),
  );
  await recordApplicationAction(registrationNo, { kind: "stage", stage: "verifikasi" }, officer, wib(`${day}T09:00`));
  await recordApplicationAction(
    registrationNo,
    { kind: "stage", stage: "rekomendasi_teknis" },
    officer,
    wib(`${day}T10:00`),
  );
}

const stageColumns = (registrationNo: string) =>
  getDb().application.findUniqueOrThrow({
    where: { registrationNo },
    select: { stageStartDay: true, stagePauses: true, currentStage: true },
  });

beforeAll(async () => {
  await getDb().licenseType.create({
    data: {
      code: "UJI-C",
      name: "Izin Uji C",
      nameEn: "Test licence C",
      slaDays: 20,
      tariff: 0,
      agency: C,
      agencySlaDays: 2,
    },
  });
  const user = await createUser(
    { email: "uji-c@dinas.go.id", name: "Uji C", role: "AGENCY", agency: C, password: "agency-pass-1" },
    null,
  );
  agencyC = { actor: { id: user.id, label: user.email, role: "AGENCY" }, agency: C };
  await intoRecommendation("BOLA-1", "2028-05-01"); // Monday
  await intoRecommendation("BOLA-2", "2028-05-01");
  await intoRecommendation("BOLA-3", "2028-05-03"); // Wednesday
  await intoRecommendation("BOLA-4", "2028-05-08"); // Monday
});

afterAll(async () => {
  await getDb().licenseType.updateMany({ where: { code: "UJI-C" }, data: { active: false } });
});

describe("who has the ball at scale (issue 15)", () => {
  it("keeps the stage start and the returns during it on the file, through every step", async () => {
    expect(await stageColumns("BOLA-1")).toEqual({
      stageStartDay: "2028-05-01",
      stagePauses: 0,
      currentStage: "rekomendasi_teknis",
    });
    // The agency returns BOLA-3 on Thursday 4 May; it comes back on Tuesday 9 May.
    await recordAgencyRecommendation(
      "BOLA-3",
      { decision: "return", reason: "Gambar kurang" },
      agencyC,
      wib("2028-05-04T11:00"),
    );
    expect(await stageColumns("BOLA-3")).toMatchObject({ stageStartDay: "2028-05-03", stagePauses: 1 });
    await recordApplicationAction("BOLA-3", { kind: "resume" }, officer, wib("2028-05-09T08:00"));
    expect(await stageColumns("BOLA-3")).toMatchObject({ stageStartDay: "2028-05-03", stagePauses: 1 });
    // BOLA-2 is recommended on Wednesday 3 May: penetapan starts then, without returns.
    await recordAgencyRecommendation("BOLA-2", { decision: "recommend" }, agencyC, wib("2028-05-03T14:00"));
    expect(await stageColumns("BOLA-2")).toEqual({
      stageStartDay: "2028-05-03",
      stagePauses: 0,
      currentStage: "penetapan",
    });
  });

  it("counts waiting and overdue files per agency and lists the most overdue, as the agency's own queue does", async () => {
    const now = wib("2028-05-12T12:00"); // Friday
    // BOLA-1: (1 May, 12 May] = 9 working days of 2 → 7 over, due 3 May. BOLA-4: (8, 12] = 4 → 2 over, due 10 May.
    // BOLA-3 (returned Thursday 4 May, back Tuesday 9 May): (3, 12] = 7 working days, 4, 5 and 8 May paused → 4 → 2
    // over; its due date: no working day before the pause, then 2 after it (9 and 10 May): 10 May.
    const data = await getAgencyPerformance({ from: "2028-05-01", to: "2028-05-31" }, now);
    expect(data.rows.find((row) => row.agency === C)).toMatchObject({
      waiting: 3,
      overdue: 3,
      oldestWaitingDays: 9,
    });
    const mine = data.overdueFiles.filter((file) => file.agency === C);
    expect(mine).toEqual([
      {
        registrationNo: "BOLA-1",
        licenseType: "UJI-C",
        agency: C,
        startDay: "2028-05-01",
        dueDate: "2028-05-03",
        daysOver: 7,
      },
      {
        registrationNo: "BOLA-3",
        licenseType: "UJI-C",
        agency: C,
        startDay: "2028-05-03",
        dueDate: "2028-05-10",
        daysOver: 2,
      },
      {
        registrationNo: "BOLA-4",
        licenseType: "UJI-C",
        agency: C,
        startDay: "2028-05-08",
        dueDate: "2028-05-10",
        daysOver: 2,
      },
    ]);
    // The same clocks replayed file by file from the timelines (the agency's queue).
    const queue = await getAgencyQueue(C, now);
    expect(
      queue.waiting.map((file) => [file.registrationNo, file.clock.dueDate, -file.clock.remainingWorkingDays]),
    ).toEqual(mine.map((file) => [file.registrationNo, file.dueDate, file.daysOver]));
    const weekly = await getOverdueRecommendations(now);
    expect(weekly.byAgency).toContainEqual({ agency: C, waiting: 3, overdue: 3 });
    expect(weekly.files.filter((file) => file.agency === C).map((file) => file.registrationNo)).toEqual([
      "BOLA-1",
      "BOLA-3",
      "BOLA-4",
    ]);
  });

  it("the migration's back-fill of the open files gives the same columns as the writers", async () => {
    const db = getDb();
    const dir = path.join("prisma", databaseEngine(), "migrations");
    const folder = readdirSync(dir).find((name) => name.endsWith("_stage_clock_columns"))!;
    const updates = readFileSync(path.join(dir, folder, "migration.sql"), "utf8")
      .replace(/--.*$/gm, "")
      .split(";")
      .map((statement) => statement.trim())
      .filter((statement) => statement.startsWith("UPDATE"));
    expect(updates).toHaveLength(2);
    await db.application.updateMany({
      where: { registrationNo: { startsWith: "BOLA-" } },
      data: { stageStartedAt: null, stageStartDay: null, stagePauses: 0 },
    });
    expect((await runConsistencyCheck()).sections.find((s) => s.name === "application-stage")!.differenceCount).toBe(9); // 3 files × 3 columns
    for (const statement of updates) await db.$executeRawUnsafe(statement);
    expect(await stageColumns("BOLA-3")).toMatchObject({ stageStartDay: "2028-05-03", stagePauses: 1 });
    expect((await runConsistencyCheck()).sections.find((s) => s.name === "application-stage")!.differenceCount).toBe(0);
  });
});
