import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { databaseEngine } from "@/lib/env";
import { registerApplication, recordApplicationAction } from "@/lib/applications/applications-store";
import { insertSurveyResponse } from "@/lib/skm/response-store";
import { setSkmWeightMode } from "@/lib/skm/summary-queries";
import { createComplaint } from "@/lib/complaints/intake-store";
import { answerComplaint, resolveComplaint } from "@/lib/complaints/handling-store";
import { createFollowUpAction, progressFollowUpAction } from "@/lib/follow-up/store";
import { createUser, type Actor } from "@/lib/users/user-store";
import { getScorecard } from "@/lib/kpi/scorecard-queries";
import { missingDataVersionTriggers, readDataVersions } from "@/lib/kpi/data-version-queries";
import { dataVersionTriggerSql } from "@/lib/kpi/data-versions";
import { periodOf } from "@/lib/periods/periods";

// Issue 15: the scorecard keeps its figures under change counters that triggers bump on every write to the tables
// each figure is read from, so a write of each kind shows on the very next read (exact figures), on both engines.
// May 2034 (no holiday list: weekends only) holds only this file's rows. Today is Thursday 31 May 2034.
const now = new Date("2034-05-31T05:00:00Z");
const may = periodOf("month", "2034-05-15");
const wib = (text: string) => new Date(`${text}+07:00`);
const officer: Actor = { id: null, label: "petugas-skor", role: "OFFICER" };
const admin: Actor = { id: null, label: "admin-skor", role: "ADMIN" };
let leader: Actor;
let owner: Actor;

async function figures() {
  const { entries } = await getScorecard(may, now);
  return Object.fromEntries(entries.map((entry) => [entry.code, entry.value]));
}

const answers = (value: number) => Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`U${i}`, value]));

beforeAll(async () => {
  const db = getDb();
  await db.licenseType.create({
    data: {
      code: "SKOR-AG",
      name: "Izin Uji Skor",
      nameEn: "Scorecard test licence",
      slaDays: 20,
      tariff: 0,
      agency: "Dinas Uji Skor",
      agencySlaDays: 3,
      requirements: "KTP pemohon",
    },
  });
  await db.licenseType.create({
    data: {
      code: "SKOR-BIZ",
      name: "Izin Usaha Uji Skor",
      nameEn: "Scorecard test business licence",
      slaDays: 5,
      tariff: 0,
      isBusiness: true,
      agency: "",
      requirements: "NIB",
    },
  });
  const staff = async (email: string, role: Actor["role"]): Promise<Actor> => {
    const { id } = await createUser({ email, name: email.split("@")[0]!, role, password: "skor-test-pass-1" }, null);
    return { id, label: email, role };
  };
  leader = await staff("pimpinan-skor@kantor.test", "LEADERSHIP");
  owner = await staff("petugas-skor@kantor.test", "OFFICER");
});

// Archived afterwards, so the public licence type list other tests check stays the seeded one.
afterAll(async () => {
  await getDb().licenseType.updateMany({ where: { code: { in: ["SKOR-AG", "SKOR-BIZ"] } }, data: { active: false } });
});

describe("the scorecard's kept figures", () => {
  it("change on the next read after a write of each kind", async () => {
    await setSkmWeightMode("exact");
    const empty = await figures();
    expect(empty).toMatchObject({
      ikm: null,
      permits_issued: 0,
      investment_value: 0,
      complaints_within_deadline: null,
      follow_up_on_time: null,
      agency_within_sla: null,
    });
    expect(await figures()).toEqual(empty);

    // A survey response (all elements 4): IKM 4 × 25 = 100; a second one (all 2): mean 3 → 75.
    const response = (day: string, value: number) =>
      insertSurveyResponse(getDb() as never, {
        questionnaire: "SKM-2017",
        submittedAt: wib(`${day}T10:00`),
        channel: "web",
        answers: answers(value),
      });
    await response("2034-05-08", 4);
    expect((await figures()).ikm).toBe(100);
    await response("2034-05-09", 2);
    expect((await figures()).ikm).toBe(75);
    // The weight setting: printed weights 0.111 × 9 × 3 × 25 = 74.925 → 74.93.
    await setSkmWeightMode("printed");
    expect((await figures()).ikm).toBe(74.93);
    await setSkmWeightMode("exact");

    // A file with an investment block issued on 10 May (registered 7 May): one permit, on time, Rp 1,500,000.
    await registerApplication(
      {
        registrationNo: "SKOR-1",
        licenseType: "SKOR-BIZ",
        applicantName: "CV Skor",
        applicantKind: "business",
        kelurahan: "35.71.02.1010",
        feeCharged: "0",
        investmentValue: "1500000",
        investmentCurrency: "IDR",
        workersLocal: "4",
        workersForeign: "0",
        kbli: "10792",
        kbliVersion: "2020",
        origin: "PMDN",
      },
      officer,
      wib("2034-05-07T08:00"),
    );
    await recordApplicationAction("SKOR-1", { kind: "stage", stage: "penetapan" }, officer, wib("2034-05-10T09:00"));
    await recordApplicationAction("SKOR-1", { kind: "handover" }, officer, wib("2034-05-10T10:00"));
    expect(await figures()).toMatchObject({
      permits_issued: 1,
      on_time_rate: 100,
      median_processing_days: 3,
      investment_value: 1_500_000,
      investment_jobs: 4,
    });

    // A recommendation of 4 working days (day 0 Tue 16 May → Mon 22 May) against an agency SLA of 3: 0 % within;
    // the licence type's SLA raised to 5: 100 %.
    await registerApplication(
      {
        registrationNo: "SKOR-2",
        licenseType: "SKOR-AG",
        applicantName: "Pemohon Skor",
        applicantKind: "individual",
        kelurahan: "35.71.02.1010",
        feeCharged: "0",
      },
      officer,
      wib("2034-05-15T08:00"),
    );
    await recordApplicationAction("SKOR-2", { kind: "stage", stage: "verifikasi" }, officer, wib("2034-05-15T09:00"));
    await recordApplicationAction(
      "SKOR-2",
      { kind: "stage", stage: "rekomendasi_teknis" },
      officer,
      wib("2034-05-16T09:00"),
    );
    await recordApplicationAction("SKOR-2", { kind: "stage", stage: "penetapan" }, officer, wib("2034-05-22T09:00"));
    await recordApplicationAction("SKOR-2", { kind: "handover" }, officer, wib("2034-05-23T09:00"));
    expect((await figures()).agency_within_sla).toBe(0);
    await getDb().licenseType.update({ where: { code: "SKOR-AG" }, data: { agencySlaDays: 5 } });
    expect((await figures()).agency_within_sla).toBe(100);

    // A complaint received Mon 1 May (deadline 5 working days): open past its deadline today, 0 % within; resolved
    // on Wed 3 May, 100 %.
    const complaint = await createComplaint({
      channel: "web",
      category: "time",
      text: "Antrian lama",
      receivedAt: wib("2034-05-01T09:00"),
    });
    expect((await figures()).complaints_within_deadline).toBe(0);
    await answerComplaint({ complaintId: complaint.id, body: "Sudah kami tangani" }, admin, wib("2034-05-02T09:00"));
    await resolveComplaint(complaint.id, admin, wib("2034-05-03T09:00"));
    expect((await figures()).complaints_within_deadline).toBe(100);

    // A follow-up action due Fri 19 May, done Mon 15 May: 100 % on time.
    const action = await createFollowUpAction(
      {
        periodKey: "2034-Q1",
        sourceKind: "element",
        sourceCode: "U1",
        title: "Percepat antrian",
        dueDay: "2034-05-19",
        ownerUserId: owner.id!,
      },
      leader,
      wib("2034-05-08T09:00"),
    );
    expect((await figures()).follow_up_on_time).toBe(0);
    await progressFollowUpAction(
      action.id,
      { status: "done", evidenceText: "Selesai" },
      owner,
      wib("2034-05-15T09:00"),
    );
    expect((await figures()).follow_up_on_time).toBe(100);
    await setSkmWeightMode("printed"); // the default, for the other files of the run
  });

  it("bumps only the written year of a table versioned by year", async () => {
    const before = await readDataVersions();
    await insertSurveyResponse(getDb() as never, {
      questionnaire: "SKM-2017",
      submittedAt: wib("2034-06-02T10:00"),
      channel: "web",
      answers: answers(3),
    });
    const after = await readDataVersions();
    const bumped = (key: string) => Number(after.get(key) ?? 0) - Number(before.get(key) ?? 0);
    expect(bumped("SkmDailyAggregate:2034")).toBe(1);
    expect(bumped("SkmMonthlyAggregate:2034")).toBe(1);
    expect(bumped("SkmDailyAggregate:2033")).toBe(0);
    expect(bumped("SkmDailyAggregate:0")).toBe(0);
  });

  it("finds a missing trigger (a SQLite table rebuild drops them)", async () => {
    expect(await missingDataVersionTriggers()).toEqual([]);
    const db = getDb();
    const sqlite = databaseEngine() === "sqlite";
    const name = sqlite ? "DataVersion_Complaint_update" : "DataVersion_Complaint";
    await db.$executeRawUnsafe(sqlite ? `DROP TRIGGER "${name}"` : `DROP TRIGGER "${name}" ON "Complaint"`);
    expect(await missingDataVersionTriggers()).toEqual([name]);
    const statement = dataVersionTriggerSql(sqlite ? "sqlite" : "postgresql")
      .split(/\n(?=CREATE )/)
      .find((sql) => sql.includes(`TRIGGER "${name}" `))!;
    await db.$executeRawUnsafe(statement.replace(/;\s*$/, sqlite ? ";" : ""));
    expect(await missingDataVersionTriggers()).toEqual([]);
  });
});
