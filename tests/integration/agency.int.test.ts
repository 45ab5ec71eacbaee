import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { getDb } from "@/lib/db/client";
import { createApiToken, createUser } from "@/lib/users/user-store";
import { registerApplication, recordApplicationAction } from "@/lib/applications/applications-store";
import { getAgencyFile, getAgencyQueue } from "@/lib/applications/agency-queue-queries";
import { recordAgencyRecommendation } from "@/lib/applications/agency-recommendation-store";
import {
  getAgencyPerformance,
  getAgencyWithinSlaPercent,
  getOverdueRecommendations,
} from "@/lib/applications/agency-performance-queries";
import { getKpiValues } from "@/lib/kpi/scorecard-queries";
import type { Actor } from "@/lib/users/user-store";

// Issue 20 §1 on both engines: an agency reads and acts only on its own queue; its decision closes the
// rekomendasi_teknis stage through the timeline (who, when) and moves the figures. Own licence types and agencies, and
// March 2028 (weekends only: no holiday list), so no other test's files enter these figures.
const A = "Dinas Uji Teknis A";
const B = "Dinas Uji Teknis B";
const wib = (text: string) => new Date(`${text}+07:00`);
const officer: Actor = { id: null, label: "petugas-uji", role: "OFFICER" };
let agencyA: { actor: Actor; agency: string };
let agencyB: { actor: Actor; agency: string };

async function fileInRecommendation(code: string, registrationNo: string) {
  await registerApplication(
    {
      registrationNo,
      licenseType: code,
      applicantName: "Pemohon Uji",
      applicantKind: "individual",
      kelurahan: "35.71.02.1010",
      feeCharged: "0",
    },
    officer,
    wib("2028-03-06T09:00"), // Monday
  );
  await recordApplicationAction(
    registrationNo,
    { kind: "stage", stage: "verifikasi" },
    officer,
    wib("2028-03-06T10:00"),
  );
  // Tuesday 7 March is day 0 of the agency clock.
  await recordApplicationAction(
    registrationNo,
    { kind: "stage", stage: "rekomendasi_teknis" },
    officer,
    wib("2028-03-07T10:00"),
  );
}

const eventCount = (registrationNo: string) =>
  getDb().applicationEvent.count({ where: { application: { registrationNo } } });

beforeAll(async () => {
  const db = getDb();
  for (const [code, agency, agencySlaDays] of [
    ["UJI-A", A, 3],
    ["UJI-B", B, 5],
  ] as const) {
    await db.licenseType.create({
      data: {
        code,
        name: `Izin Uji ${code}`,
        nameEn: `Test licence ${code}`,
        slaDays: 20,
        tariff: 0,
        agency,
        agencySlaDays,
        requirements: "KTP pemohon\nGambar teknis",
      },
    });
  }
  const a = await createUser(
    { email: "uji-a@dinas.go.id", name: "Uji A", role: "AGENCY", agency: A, password: "agency-pass-1" },
    null,
  );
  const b = await createUser(
    { email: "uji-b@dinas.go.id", name: "Uji B", role: "AGENCY", agency: B, password: "agency-pass-1" },
    null,
  );
  agencyA = { actor: { id: a.id, label: a.email, role: "AGENCY" }, agency: A };
  agencyB = { actor: { id: b.id, label: b.email, role: "AGENCY" }, agency: B };
  await fileInRecommendation("UJI-A", "AG-A1");
  await fileInRecommendation("UJI-A", "AG-A2");
  await fileInRecommendation("UJI-A", "AG-A3");
  await fileInRecommendation("UJI-B", "AG-B1");
});

// The test's licence types are archived when it ends: the public list of active licence types is the seeded one.
afterAll(async () => {
  await getDb().licenseType.updateMany({ where: { code: { in: ["UJI-A", "UJI-B"] } }, data: { active: false } });
});

describe("agency accounts", () => {
  it("an agency account names a known agency; office accounts and API tokens carry none", async () => {
    const attempts = [
      { role: "AGENCY", agency: undefined, field: "agency" },
      { role: "OFFICER", agency: A, field: "agency" },
      { role: "AGENCY", agency: "Dinas Yang Tidak Ada", field: "agency" },
    ];
    for (const [index, attempt] of attempts.entries()) {
      await expect(
        createUser(
          {
            email: `bad-${index}@dinas.go.id`,
            name: "X",
            role: attempt.role,
            agency: attempt.agency,
            password: "long-pass-1",
          },
          null,
        ),
      ).rejects.toMatchObject({ code: "VALIDATION", fields: { [attempt.field]: expect.any(String) } });
    }
    await expect(
      createApiToken({ name: "token perangkat", role: "AGENCY" }, { id: null, label: "t", role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { role: expect.any(String) } });
  });
});

describe("an agency's queue", () => {
  it("lists only its own waiting files with the agency clock: entered Tue 7 March, 3 working days → due Fri 10", async () => {
    const queue = await getAgencyQueue(A, wib("2028-03-10T12:00"));
    expect(queue.waiting.map((file) => file.registrationNo).sort()).toEqual(["AG-A1", "AG-A2", "AG-A3"]);
    expect(queue.waiting[0].clock).toMatchObject({
      startDay: "2028-03-07",
      dueDate: "2028-03-10",
      elapsedWorkingDays: 3,
      remainingWorkingDays: 0,
      isOverdue: false,
    });
    expect(queue.waiting[0].area).toEqual({ kelurahan: expect.any(String), kecamatan: "Kota" });
    // Nothing the agency is not given: no fee, tariff, investment, counter, officer.
    expect(Object.keys(queue.waiting[0]).sort()).toEqual(
      [
        "id",
        "registrationNo",
        "licenseType",
        "agency",
        "applicantName",
        "applicantKind",
        "kelurahanCode",
        "clock",
        "returnedAt",
        "returnReason",
        "area",
      ].sort(),
    );
    expect((await getAgencyQueue(B, wib("2028-03-10T12:00"))).waiting.map((f) => f.registrationNo)).toEqual(["AG-B1"]);
  });

  it("opens its own file with the documents, and another agency's file is not found", async () => {
    const file = await getAgencyFile(A, "AG-A1", wib("2028-03-10T12:00"));
    expect(file).toMatchObject({ registrationNo: "AG-A1", documents: ["KTP pemohon", "Gambar teknis"] });
    expect(await getAgencyFile(A, "AG-B1", wib("2028-03-10T12:00"))).toBeNull();
    expect(await getAgencyFile(A, "NOT-THERE", wib("2028-03-10T12:00"))).toBeNull();
  });

  it("cannot act on another agency's file (404) and stores nothing; a return or a refusal needs a reason (422)", async () => {
    const before = await eventCount("AG-B1");
    await expect(
      recordAgencyRecommendation("AG-B1", { decision: "recommend" }, agencyA, wib("2028-03-09T10:00")),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await eventCount("AG-B1")).toBe(before);
    for (const decision of ["return", "not_recommend"]) {
      await expect(
        recordAgencyRecommendation("AG-A1", { decision, reason: "  " }, agencyA, wib("2028-03-09T10:00")),
      ).rejects.toMatchObject({ code: "VALIDATION", fields: { reason: expect.any(String) } });
    }
    expect(await getDb().agencyRecommendation.count({ where: { agency: { in: [A, B] } } })).toBe(0);
  });
});

describe("a recommendation", () => {
  it("within the SLA: B recommends on Thu 9 March after 2 of its 5 working days; the stage closes with who and when", async () => {
    const result = await recordAgencyRecommendation(
      "AG-B1",
      { decision: "recommend", reason: "Dengan catatan: papan nama sesuai ketentuan" },
      agencyB,
      wib("2028-03-09T10:00"),
    );
    expect(result).toEqual({ decision: "recommend", workingDays: 2, isWithinSla: true });
    const app = await getDb().application.findUniqueOrThrow({
      where: { registrationNo: "AG-B1" },
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
    });
    expect(app).toMatchObject({ status: "in_process", currentStage: "penetapan" });
    const stage = app.events.find((e) => e.stage === "rekomendasi_teknis")!;
    const next = app.events[app.events.length - 1];
    expect(stage.durationDays).toBe(2);
    expect(next).toMatchObject({
      kind: "stage",
      stage: "penetapan",
      actorId: agencyB.actor.id,
      at: wib("2028-03-09T10:00"),
      note: `Direkomendasikan oleh ${B}: Dengan catatan: papan nama sesuai ketentuan`,
    });
    expect(await getDb().agencyRecommendation.findFirstOrThrow({ where: { applicationId: app.id } })).toMatchObject({
      agency: B,
      decision: "recommend",
      workingDays: 2,
      agencySlaDays: 5,
      isWithinSla: true,
      recordedDay: "2028-03-09",
      actorId: agencyB.actor.id,
      actorLabel: "uji-b@dinas.go.id",
    });
    // It has left the queue; a second decision on it is refused.
    expect((await getAgencyQueue(B, wib("2028-03-09T11:00"))).waiting).toEqual([]);
    await expect(
      recordAgencyRecommendation("AG-B1", { decision: "recommend" }, agencyB, wib("2028-03-09T11:00")),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("returned to the applicant on Fri 10 March: the clock stops, the file waits in 'returned' and comes back when the officer records it", async () => {
    await recordAgencyRecommendation(
      "AG-A2",
      { decision: "return", reason: "Gambar teknis belum ditandatangani" },
      agencyA,
      wib("2028-03-10T14:00"),
    );
    let queue = await getAgencyQueue(A, wib("2028-03-13T09:00"));
    expect(queue.waiting.map((f) => f.registrationNo).sort()).toEqual(["AG-A1", "AG-A3"]);
    expect(queue.returned).toMatchObject([
      {
        registrationNo: "AG-A2",
        returnReason: `Dikembalikan ke pemohon oleh ${A}: Gambar teknis belum ditandatangani`,
      },
    ]);
    // Back on Tue 14 March; Fri 10 and Mon 13 do not count. Refused on Wed 15: (7, 15] = 6 working days − 2 = 4.
    await recordApplicationAction("AG-A2", { kind: "resume" }, officer, wib("2028-03-14T09:00"));
    queue = await getAgencyQueue(A, wib("2028-03-14T10:00"));
    expect(queue.waiting.find((f) => f.registrationNo === "AG-A2")?.clock).toMatchObject({
      elapsedWorkingDays: 3,
      dueDate: "2028-03-14",
    });
    const refused = await recordAgencyRecommendation(
      "AG-A2",
      { decision: "not_recommend", reason: "Lokasi di sempadan sungai" },
      agencyA,
      wib("2028-03-15T10:00"),
    );
    expect(refused).toEqual({ decision: "not_recommend", workingDays: 4, isWithinSla: false });
    const rows = await getDb().agencyRecommendation.findMany({
      where: { application: { registrationNo: "AG-A2" } },
      orderBy: { recordedAt: "asc" },
    });
    expect(rows.map((r) => [r.decision, r.workingDays, r.isWithinSla])).toEqual([
      ["return", 2, true],
      ["not_recommend", 4, false],
    ]);
    expect((await getAgencyQueue(A, wib("2028-03-15T11:00"))).recent.map((r) => r.decision)).toEqual([
      "not_recommend",
      "return",
    ]);
  });

  it("moves the figures: who has the ball, the weekly overdue list and the scorecard KPI", async () => {
    const now = wib("2028-03-20T12:00");
    const period = { from: "2028-03-01", to: "2028-03-31" };
    // A3 still waits: (7, 20] = 9 working days of 3 → 6 over.
    const before = await getAgencyPerformance(period, now);
    expect(before.rows.find((r) => r.agency === A)).toMatchObject({ completed: 0, waiting: 2, overdue: 2 });
    expect((await getOverdueRecommendations(now)).byAgency).toContainEqual({ agency: A, waiting: 2, overdue: 2 });

    await recordAgencyRecommendation("AG-A1", { decision: "recommend" }, agencyA, wib("2028-03-13T10:00"));
    // Finish the files: A1 and B1 issued, A2 rejected after the negative recommendation.
    await recordApplicationAction("AG-B1", { kind: "handover" }, officer, wib("2028-03-10T09:00"));
    await recordApplicationAction("AG-A1", { kind: "handover" }, officer, wib("2028-03-15T09:00"));
    await recordApplicationAction(
      "AG-A2",
      { kind: "outcome", outcome: "rejected", reason: "Rekomendasi teknis negatif" },
      officer,
      wib("2028-03-16T09:00"),
    );
    const after = await getAgencyPerformance(period, now);
    // A: A1 took (7, 13] = 4 days, A2 4 days; both over 3. B: 2 days of 5.
    expect(after.rows.find((r) => r.agency === A)).toEqual({
      agency: A,
      completed: 2,
      withinSla: 0,
      withinSlaRate: 0,
      medianDays: 4,
      p90Days: 4,
      meanDays: 4,
      waiting: 1,
      overdue: 1,
      oldestWaitingDays: 9,
    });
    expect(after.rows.find((r) => r.agency === B)).toMatchObject({ completed: 1, withinSla: 1, medianDays: 2 });
    expect(after.overdueFiles.filter((f) => f.agency === A)).toEqual([
      {
        registrationNo: "AG-A3",
        licenseType: "UJI-A",
        agency: A,
        startDay: "2028-03-07",
        dueDate: "2028-03-10",
        daysOver: 6,
      },
    ]);
    // With the kecamatan filter: the files are in kelurahan 35.71.02.1010 (kecamatan 35.71.02), none in 35.71.01.
    const inKecamatan = await getAgencyPerformance({ ...period, kecamatanCode: "35.71.02" }, now);
    expect(inKecamatan.rows.find((r) => r.agency === A)).toMatchObject({ completed: 2, withinSla: 0, medianDays: 4 });
    const elsewhere = await getAgencyPerformance({ ...period, kecamatanCode: "35.71.01" }, now);
    expect(elsewhere.rows.find((r) => r.agency === A)).toMatchObject({ completed: 0, withinSlaRate: null });
    // The KPI: 1 of 3 recommendations within the agency SLA.
    expect(await getAgencyWithinSlaPercent(period)).toBe(33.3);
    expect((await getKpiValues(period, "2028-03-31")).agency_within_sla).toBe(33.3);
  });
});
