import { beforeAll, describe, expect, it } from "vitest";
import { GET as getApplication } from "@/app/api/v1/applications/[registrationNo]/route";
import { POST as postImport } from "@/app/api/v1/applications/import/route";
import { GET as getSummary } from "@/app/api/v1/processing/summary/route";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { loadWorkCalendar } from "@/lib/calendar/calendar-store";
import { computeSlaClock, toWibDate } from "@/lib/calendar/working-days";
import { pausesOf, type TimelineEvent } from "@/lib/applications/timeline";
import { median, percentile, mean } from "@/lib/applications/processing-stats";
import {
  recordApplicationAction,
  registerApplication,
  getApplicationDetail,
} from "@/lib/applications/applications-store";
import { getProcessingSummary } from "@/lib/applications/processing-summary-queries";

const system = { id: null, label: "test", role: "ADMIN" as const };
let adminToken = "";
let plannerToken = "";
let officerToken = "";

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt,investmentValue,investmentCurrency,exchangeRate,workersLocal,workersForeign,kbli,kbliVersion,origin";
const ROWS = [
  "IT-0001,REKLAME,Budi,individual,Kota,Setono Pande,2026-03-16T09:00,2026-03-26,issued,350000,L1,2026-03-16T10:00,,2026-03-25T10:00,,,,,,,,,,",
  "IT-0002,PBG,Siti,individual,Mojoroto,Bandar Lor,2026-03-02T08:00,2026-04-30T10:00,issued,2600000,L3,2026-03-02T09:00,2026-03-10T09:00,2026-04-15T09:00,2026-03-03T10:00,2026-03-06T09:00,,,,,,,,",
  "IT-0003,IUI,PT Brantas,business,Pesantren,Burengan,2026-04-01T08:00,2026-04-14,issued,0,L4,2026-04-01T09:00,2026-04-06T09:00,2026-04-13T09:00,,,1250000.50,USD,16325.75,40,2,10792,2020,PMA",
  "IT-0004,SIP-DOKTER,dr. Ayu,individual,Kota,Balowerti,2026-04-06T08:00,2026-04-08,rejected,0,L2,2026-04-06T09:00,,,,,,,,,,,,",
  "IT-0005,PBG,Joko,individual,Kota,Kemasan,2026-05-04T08:00,,in_process,,L3,2026-05-04T09:00,2026-05-06T09:00,,,,,,,,,,,",
  "IT-0006,SLF,Rina,individual,Pesantren,Tosaren,2026-11-02T08:00,,returned,,L3,2026-11-02T09:00,,,2026-11-04T09:00,,,,,,,,,",
];
const csv = (rows: string[]) => [HEADER, ...rows].join("\n");
const importCsv = (body: string, token = adminToken, query = "") =>
  postImport(
    new Request(`http://localhost/api/v1/applications/import${query}`, {
      method: "POST",
      body,
      headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
    }),
    {},
  );
const getApp = (no: string, token = officerToken) =>
  getApplication(
    new Request(`http://localhost/api/v1/applications/${no}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    { params: Promise.resolve({ registrationNo: no }) },
  );
const summary = (query: string, token = officerToken) =>
  getSummary(
    new Request(`http://localhost/api/v1/processing/summary?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    {},
  );
const counts = async () => [await getDb().application.count(), await getDb().applicationEvent.count()];

beforeAll(async () => {
  adminToken = (await createApiToken({ name: "apps-admin", role: "ADMIN" }, system)).token;
  plannerToken = (await createApiToken({ name: "apps-planner", role: "PLANNER" }, system)).token;
  officerToken = (await createApiToken({ name: "apps-officer", role: "OFFICER" }, system)).token;
});

describe("CSV import", () => {
  it("401 without a token, 403 for a non-admin role", async () => {
    expect((await importCsv(csv(ROWS), "")).status).toBe(401);
    expect((await importCsv(csv(ROWS), officerToken)).status).toBe(403);
  });

  it("an invalid row changes nothing (all-or-nothing) and names line, column and reason", async () => {
    const before = await counts();
    const res = await importCsv(
      csv([...ROWS, "IT-0099,XYZ,A,individual,Kota,Kemasan,2026-05-04,,in_process,,L1,,,,,,,,,,,,,", ROWS[0]]),
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.result).toMatchObject({ committed: false, imported: 0, invalidRows: 2 });
    expect(body.result.errors).toEqual([
      { line: 8, column: "licenseType", message: "Jenis izin tidak dikenal: XYZ." },
      { line: 9, column: "registrationNo", message: "Nomor registrasi IT-0001 ganda dalam berkas (sudah di baris 2)." },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("imports a valid file, then re-importing it changes nothing", async () => {
    const before = await counts();
    const auditsBefore = await getDb().auditLog.count({ where: { action: "import.applications" } });
    const res = await importCsv(csv(ROWS));
    expect(res.status).toBe(200);
    expect((await res.json()).result).toMatchObject({ rows: 6, imported: 6, created: 6, updated: 0, committed: true });
    const after = await counts();
    expect(after[0] - before[0]).toBe(6);
    const again = await importCsv(csv(ROWS));
    expect((await again.json()).result).toMatchObject({ imported: 6, created: 0, updated: 6 });
    expect(await counts()).toEqual(after);
    const audit = await getDb().auditLog.count({ where: { action: "import.applications" } });
    expect(audit - auditsBefore).toBe(2);
  });

  it("valid-only mode stores the valid rows and reports the others", async () => {
    const before = await counts();
    const res = await importCsv(
      csv([
        "IT-0101,REKLAME,X,individual,Kota,Kemasan,2026-06-01,2026-06-03,issued,-1,L1,,,,,,,,,,,,,",
        "IT-0102,REKLAME,Y,individual,Kota,Kemasan,2026-06-01,2026-06-03,issued,350000,L1,,,,,,,,,,,,,",
      ]),
      adminToken,
      "?mode=valid-only",
    );
    expect(res.status).toBe(200);
    const { result } = await res.json();
    expect(result).toMatchObject({ imported: 1, invalidRows: 1, committed: true });
    expect(result.errors).toEqual([{ line: 2, column: "feeCharged", message: "Biaya tidak boleh negatif." }]);
    expect((await counts())[0] - before[0]).toBe(1);
    expect(await getDb().application.findUnique({ where: { registrationNo: "IT-0101" } })).toBeNull();
  });

  it("maps other header names", async () => {
    const mapped = csv([ROWS[0].replace("IT-0001", "IT-0201")]).replace(
      "registrationNo,licenseType",
      "No Registrasi,Jenis Izin",
    );
    const res = await importCsv(
      mapped,
      adminToken,
      `?mapping=${encodeURIComponent(JSON.stringify({ "No Registrasi": "registrationNo", "Jenis Izin": "licenseType" }))}`,
    );
    expect(res.status).toBe(200);
    expect(await getDb().application.count({ where: { registrationNo: "IT-0201" } })).toBe(1);
  });
});

describe("GET /api/v1/applications/{registrationNo}", () => {
  it("401 / 403 / 404", async () => {
    expect((await getApp("IT-0001", "")).status).toBe(401);
    expect((await getApp("IT-0001", plannerToken)).status).toBe(403);
    expect((await getApp("NOPE-1")).status).toBe(404);
  });

  it("returns the clock figures of a finished file", async () => {
    const body = await (await getApp("IT-0001")).json();
    expect(body).toMatchObject({
      registrationNo: "IT-0001",
      status: "issued",
      dueDate: "2026-03-30",
      elapsedWorkingDays: 3,
      pausedWorkingDays: 0,
      overdue: false,
      processingDays: 3,
      onTime: true,
      isFeeDiscrepant: false,
    });
    expect(body.timeline.map((e: { stage: string }) => e.stage)).toEqual([
      "pendaftaran",
      "verifikasi",
      "penetapan",
      "penyerahan",
      "issued",
    ]);
  });

  it("counts the return to the applicant as paused working days", async () => {
    const body = await (await getApp("IT-0002")).json();
    // Paused 3, 4, 5 March (back on the 6th): 3 working days; PBG SLA 28.
    expect(body).toMatchObject({ pausedWorkingDays: 3, isFeeDiscrepant: true, onTime: false, overdue: false });
    expect(body.processingDays).toBe(body.elapsedWorkingDays);
  });

  it("keeps the investment block of a business licence", async () => {
    const body = await (await getApp("IT-0003")).json();
    expect(body.investment).toMatchObject({
      investmentValue: "20407195663",
      investmentCurrency: "USD",
      investmentOriginalAmount: "1250000.50",
      origin: "PMA",
      scale: "besar",
      sector: "industri_makanan",
    });
  });

  it("shows an open file past its due date as overdue", async () => {
    const body = await (await getApp("IT-0005")).json();
    expect(body).toMatchObject({ status: "in_process", overdue: true, processingDays: null, onTime: null });
  });
});

describe("GET /api/v1/processing/summary", () => {
  it("401 without credentials, 422 on a bad range", async () => {
    expect((await summary("from=2026-01-01&to=2026-12-31", "")).status).toBe(401);
    expect((await summary("from=2026-12-31&to=2026-01-01")).status).toBe(422);
  });

  it("equals a direct computation over the stored rows", async () => {
    const res = await summary("from=2026-01-01&to=2026-12-31");
    expect(res.status).toBe(200);
    const body = await res.json();
    const db = getDb();
    const cal = await loadWorkCalendar();
    const today = toWibDate(new Date());
    const apps = await db.application.findMany({ include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } } });
    const clocks = apps.map((app) => ({
      app,
      clock: computeSlaClock(cal, {
        clockStart: toWibDate(app.fileCompleteAt),
        slaDays: app.slaDays,
        pauses: pausesOf(app.events as TimelineEvent[]),
        finishedOn: app.finishedAt ? toWibDate(app.finishedAt) : null,
        today,
      }),
    }));
    const finished = clocks.filter(
      ({ app }) =>
        app.finishedAt && toWibDate(app.finishedAt) >= "2026-01-01" && toWibDate(app.finishedAt) <= "2026-12-31",
    );
    const days = finished.map(({ clock }) => clock.processingDays as number);
    const onTime = finished.filter(({ clock }) => clock.isOnTime).length;
    const open = clocks.filter(({ app }) => !app.finishedAt);
    expect(body).toMatchObject({
      completed: finished.length,
      onTime,
      onTimeRate: Math.round((onTime / finished.length) * 10_000) / 10_000,
      medianDays: median(days),
      p90Days: percentile(days, 90),
      meanDays: Math.round((mean(days) as number) * 100) / 100,
      backlog: open.length,
      overdue: open.filter(({ clock }) => clock.isOverdue).length,
    });
    expect(finished.length).toBeGreaterThanOrEqual(6);
    const pbg = body.byLicenseType.find((row: { licenseType: string }) => row.licenseType === "PBG");
    const pbgDays = finished
      .filter(({ app }) => app.licenseTypeId === apps.find((a) => a.registrationNo === "IT-0002")?.licenseTypeId)
      .map(({ clock }) => clock.processingDays as number);
    expect(pbg).toMatchObject({ completed: pbgDays.length, medianDays: median(pbgDays), slaDays: 28 });
    const rekomendasi = body.byStage.find((row: { stage: string }) => row.stage === "rekomendasi_teknis");
    expect(rekomendasi.count).toBeGreaterThanOrEqual(2);
    // The base-table path (kecamatan filter) agrees with the per-day aggregates.
    let sum = 0;
    for (const kecamatanCode of ["35.71.01", "35.71.02", "35.71.03"]) {
      sum += (await getProcessingSummary({ from: "2026-01-01", to: "2026-12-31", kecamatanCode })).completed;
    }
    expect(sum).toBe(body.completed);
    const viaBase = await getProcessingSummary({ from: "2026-01-01", to: "2026-12-31", kecamatanCode: "35.71.02" });
    const kotaDays = finished
      .filter(({ app }) => app.kecamatanCode === "35.71.02")
      .map(({ clock }) => clock.processingDays as number);
    expect(viaBase).toMatchObject({ completed: kotaDays.length, medianDays: median(kotaDays) });
    const kotaIds = new Set(finished.filter(({ app }) => app.kecamatanCode === "35.71.02").map(({ app }) => app.id));
    const kotaVerifikasi = await db.applicationEvent.count({
      where: { kind: "stage", stage: "verifikasi", durationDays: { not: null }, applicationId: { in: [...kotaIds] } },
    });
    expect(viaBase.byStage.find((row) => row.stage === "verifikasi")?.count).toBe(kotaVerifikasi);
  });

  it("filters by licence type", async () => {
    const body = await (await summary("from=2026-01-01&to=2026-12-31&licenseType=IUI")).json();
    expect(body.byLicenseType.map((row: { licenseType: string }) => row.licenseType)).toEqual(["IUI"]);
    expect((await summary("from=2026-01-01&to=2026-12-31&licenseType=NOPE")).status).toBe(422);
  });
});

describe("officer flow", () => {
  it("registers, moves through stages in order, pauses, resumes and hands over", async () => {
    const actor = { id: null, label: "petugas", role: "OFFICER" as const };
    const no = await registerApplication(
      {
        licenseType: "REKLAME",
        applicantName: "Wulan",
        applicantKind: "individual",
        kelurahan: "35.71.02.1010",
        counter: "L1",
        feeCharged: "350000",
      },
      actor,
      new Date("2026-06-01T02:00:00Z"),
    );
    await recordApplicationAction(no, { kind: "stage", stage: "verifikasi" }, actor, new Date("2026-06-01T03:00:00Z"));
    await expect(
      recordApplicationAction(no, { kind: "stage", stage: "pendaftaran" }, actor, new Date("2026-06-01T04:00:00Z")),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await recordApplicationAction(no, { kind: "pause", note: "KTP kurang" }, actor, new Date("2026-06-02T03:00:00Z"));
    await expect(
      recordApplicationAction(no, { kind: "stage", stage: "penetapan" }, actor, new Date("2026-06-02T04:00:00Z")),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await recordApplicationAction(no, { kind: "resume" }, actor, new Date("2026-06-04T03:00:00Z"));
    await recordApplicationAction(no, { kind: "stage", stage: "penetapan" }, actor, new Date("2026-06-05T03:00:00Z"));
    await recordApplicationAction(no, { kind: "handover" }, actor, new Date("2026-06-08T03:00:00Z"));
    const detail = await getApplicationDetail(no);
    // Clock from 1 June; 2, 3 June paused; 4, 5, 8 June count → 3 working days of 5.
    expect(detail).toMatchObject({
      status: "issued",
      currentStage: "penyerahan",
      pausedWorkingDays: 2,
      processingDays: 3,
      onTime: true,
      dueDate: "2026-06-10",
    });
    const stored = await getDb().application.findUniqueOrThrow({ where: { registrationNo: no } });
    expect(stored).toMatchObject({
      processingDays: 3,
      isOnTime: true,
      pausedDays: 2,
      finishedDay: "2026-06-08",
      dueDate: "2026-06-10",
    });
    await expect(recordApplicationAction(no, { kind: "outcome", outcome: "withdrawn" }, actor)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The per-day aggregates follow the officer's writes.
    const day = await getProcessingSummary({ from: "2026-06-08", to: "2026-06-08" });
    expect(day.byLicenseType.find((row) => row.licenseType === "REKLAME")).toMatchObject({
      completed: 1,
      medianDays: 3,
      onTime: 1,
    });
  });

  it("requires a reason to reject", async () => {
    const actor = { id: null, label: "petugas", role: "OFFICER" as const };
    const no = await registerApplication(
      { licenseType: "SIPA", applicantName: "Eko", applicantKind: "individual", kelurahan: "35.71.01.1001" },
      actor,
    );
    await expect(recordApplicationAction(no, { kind: "outcome", outcome: "rejected" }, actor)).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await recordApplicationAction(no, { kind: "outcome", outcome: "rejected", reason: "STRA kedaluwarsa" }, actor);
    expect((await getApplicationDetail(no))?.outcomeReason).toBe("STRA kedaluwarsa");
  });
});
