import { beforeAll, describe, expect, it } from "vitest";
import { POST as postResponse } from "@/app/api/v1/responses/route";
import { POST as postImport } from "@/app/api/v1/responses/import/route";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { getPublishedSkmReport, getSkmReportStaffStatus, listPublishedSkmReports } from "@/lib/skm/report-queries";
import { saveSkmReport } from "@/lib/skm/report-store";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";
import { setSkmWeightMode } from "@/lib/skm/summary-queries";
import { importResponsesCsv } from "@/lib/skm/response-import";
import { undoResponseImport } from "@/lib/skm/response-import-store";
import { getPublishedOnTimeRate, publishOnTimeRate } from "@/lib/applications/on-time-publication-store";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { runConsistencyCheck } from "@/lib/integrity/consistency-queries";
import { jsonRequest } from "../support/request";

const ctx = { params: Promise.resolve({}) };
const admin = { id: null, label: "admin-terbit@kantor.test", role: "ADMIN" as const };
const secondAdmin = { id: null, label: "admin-revisi@kantor.test", role: "ADMIN" as const };
const RESPONDENT = { age: 41, sex: "L", education: "SMA", occupation: "Wirausaha" };
const all = (v: number) => ({ U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: v, U9: v });
let officerToken = "";
let adminToken = "";

const paperEntry = (submittedAt: string, answers: Record<string, number>) =>
  postResponse(
    jsonRequest(
      "/api/v1/responses",
      {
        questionnaire: "SKM-2017",
        channel: "paper",
        submittedAt,
        answers,
        respondent: RESPONDENT,
        licenseType: "PBG",
        counter: "L3",
      },
      { headers: { authorization: `Bearer ${officerToken}`, "x-forwarded-for": "10.9.9.9" } },
    ),
    ctx,
  );

beforeAll(async () => {
  officerToken = (await createApiToken({ name: "paper-desk", role: "OFFICER" }, admin)).token;
  adminToken = (await createApiToken({ name: "history-import", role: "ADMIN" }, admin)).token;
});

describe("a published SKM report is a frozen snapshot", () => {
  it("a late paper form leaves the report unchanged, is counted as not yet published, and a republish shows the new figure and keeps the old", async () => {
    // Three respondents answered every element 3, 4 and 4 in April 2019.
    await insertSurveyResponsesBulk(
      [3, 4, 4].map((v, i) => ({
        questionnaire: "SKM-2017",
        submittedAt: new Date(`2019-04-0${i + 2}T03:00:00Z`),
        channel: "paper",
        answers: all(v),
      })),
    );
    const first = await saveSkmReport({
      periodKey: "2019-Q2",
      followUpPlan: "Percepat U3",
      status: "PUBLISHED",
      actor: admin,
      now: new Date("2019-07-10T02:00:00Z"),
    });
    expect(first.publication).toMatchObject({ snapshot: { version: 1, publishedBy: admin.label }, previous: null });
    // NRR 11/3 per element; 9 × 0,111 × 11/3 × 25 = 91,575 → 91,58 (A)
    const published = await getPublishedSkmReport("2019-Q2");
    expect(published).toMatchObject({
      version: 1,
      isCurrent: true,
      followUpPlan: "Percepat U3",
      data: { summary: { ikm: 91.58, grade: "A", respondents: 3 } },
    });

    // An officer types in a paper form of 15 May 2019 (every element 2) after publication.
    const res = await paperEntry("2019-05-15T10:00:00+07:00", all(2));
    expect(res.status, await res.clone().text()).toBe(201);

    const after = await getPublishedSkmReport("2019-Q2");
    expect(after!.data.summary).toMatchObject({ ikm: 91.58, respondents: 3 });
    expect(after!.versions.map((v) => v.version)).toEqual([1]);
    expect((await listPublishedSkmReports()).find((r) => r.period.key === "2019-Q2")!.summary).toMatchObject({
      ikm: 91.58,
      respondents: 3,
    });
    // Staff see it: NRR (3+4+4+2)/4 = 3,25; 9 × 0,111 × 3,25 × 25 = 81,16875 → 81,17 (B)
    expect(await getSkmReportStaffStatus("2019-Q2")).toMatchObject({
      published: { version: 1, ikm: 91.58, respondents: 3 },
      live: { ikm: 81.17, grade: "B", respondents: 4 },
      notYetPublished: 1,
      isStale: true,
    });

    // A weight-mode change does not touch the published figure either.
    await setSkmWeightMode("exact");
    expect((await getPublishedSkmReport("2019-Q2"))!.data.summary.ikm).toBe(91.58);
    await setSkmWeightMode("printed");

    const republished = await saveSkmReport({
      periodKey: "2019-Q2",
      followUpPlan: "Percepat U3; ruang tunggu",
      status: "PUBLISHED",
      actor: secondAdmin,
      now: new Date("2019-08-01T02:00:00Z"),
    });
    expect(republished.publication).toMatchObject({
      snapshot: { version: 2 },
      previous: { version: 1, headline: { value: 91.58, count: 3, grade: "A" } },
    });
    const current = await getPublishedSkmReport("2019-Q2");
    expect(current).toMatchObject({
      version: 2,
      isCurrent: true,
      followUpPlan: "Percepat U3; ruang tunggu",
      data: { summary: { ikm: 81.17, respondents: 4 } },
    });
    expect(current!.versions).toMatchObject([
      {
        version: 2,
        ikm: 81.17,
        respondents: 4,
        publishedBy: secondAdmin.label,
        publishedAt: new Date("2019-08-01T02:00:00Z"),
      },
      {
        version: 1,
        ikm: 91.58,
        respondents: 3,
        publishedBy: admin.label,
        publishedAt: new Date("2019-07-10T02:00:00Z"),
      },
    ]);
    // The earlier version stays readable as it was.
    expect(await getPublishedSkmReport("2019-Q2", { version: 1 })).toMatchObject({
      isCurrent: false,
      followUpPlan: "Percepat U3",
      data: { summary: { ikm: 91.58, respondents: 3 } },
    });
    expect(await getPublishedSkmReport("2019-Q2", { version: 3 })).toBeNull();
    expect(await getSkmReportStaffStatus("2019-Q2")).toMatchObject({ notYetPublished: 0, isStale: false });

    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: "publication.republish", target: "skm-report/2019-Q2" },
      orderBy: { id: "desc" },
    });
    expect(audit.actor).toBe(secondAdmin.label);
    expect(JSON.parse(audit.detail!)).toEqual({
      version: 2,
      figures: { value: 81.17, count: 4, grade: "B" },
      previous: { version: 1, publishedAt: "2019-07-10T02:00:00.000Z", value: 91.58, count: 3, grade: "A" },
    });
    expect(
      await getDb().auditLog.count({ where: { action: "publication.publish", target: "skm-report/2019-Q2" } }),
    ).toBe(1);
    // Snapshots are stored as versioned JSON (SKM report schema 2 since issue 18 added the follow-up section).
    const rows = await getDb().publishedSnapshot.findMany({
      where: { kind: "skm-report", subject: "2019-Q2" },
      orderBy: { version: "asc" },
    });
    expect(rows.map((r) => [r.version, r.schemaVersion, JSON.parse(r.payload).schemaVersion])).toEqual([
      [1, 2, 2],
      [2, 2, 2],
    ]);
  });

  it("withdrawing hides the report; publishing again adds a version and never rewrites the old ones", async () => {
    await insertSurveyResponsesBulk([
      { questionnaire: "SKM-2017", submittedAt: new Date("2019-10-02T03:00:00Z"), channel: "paper", answers: all(4) },
    ]);
    await saveSkmReport({ periodKey: "2019-10", followUpPlan: "Pertahankan", status: "PUBLISHED", actor: admin });
    const v1 = await getDb().publishedSnapshot.findFirstOrThrow({ where: { subject: "2019-10" } });
    await saveSkmReport({ periodKey: "2019-10", followUpPlan: "Pertahankan", status: "DRAFT", actor: admin });
    expect(await getPublishedSkmReport("2019-10")).toBeNull();
    expect((await listPublishedSkmReports()).some((r) => r.period.key === "2019-10")).toBe(false);
    await saveSkmReport({ periodKey: "2019-10", followUpPlan: "Pertahankan", status: "PUBLISHED", actor: admin });
    expect((await getPublishedSkmReport("2019-10"))!.version).toBe(2);
    expect(await getDb().publishedSnapshot.findUniqueOrThrow({ where: { id: v1.id } })).toEqual(v1);
  });

  it("the on-time rate on the home is published the same way: frozen until republished, the previous figure kept", async () => {
    const header =
      "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter";
    // REKLAME, SLA 5 working days: 1–4 Jul 2019 = 3 days (on time); 1–15 Jul = 10 days (late).
    const first = [
      header,
      "OT19-1,REKLAME,A,individual,Kota,Setono Pande,2019-07-01T08:00,2019-07-04T14:00,issued,350000,L1",
      "OT19-2,REKLAME,B,individual,Kota,Setono Pande,2019-07-01T08:00,2019-07-15T14:00,issued,350000,L1",
    ].join("\n");
    expect(await importApplicationsCsv(first, { actor: admin })).toMatchObject({ created: 2, committed: true });
    await publishOnTimeRate({ periodKey: "2019-Q3", actor: admin, now: new Date("2019-10-10T02:00:00Z") });
    const published = await getPublishedOnTimeRate();
    // Only the latest published period is on the home; in this database that may be a later one published by other tests.
    const snapshotOf = async () =>
      JSON.parse(
        (
          await getDb().publishedSnapshot.findFirstOrThrow({
            where: { kind: "processing-on-time", subject: "2019-Q3" },
            orderBy: { version: "desc" },
          })
        ).payload,
      );
    expect(await snapshotOf()).toMatchObject({ completed: 2, onTime: 1, onTimeRate: 0.5 });
    if (published?.period.key === "2019-Q3") expect(published).toMatchObject({ onTimeRate: 0.5, previous: null });

    // 2–5 Jul = 3 days, on time, registered later.
    await importApplicationsCsv(
      [header, "OT19-3,REKLAME,C,individual,Kota,Setono Pande,2019-07-02T08:00,2019-07-05T14:00,issued,350000,L1"].join(
        "\n",
      ),
      { actor: admin },
    );
    expect(await snapshotOf()).toMatchObject({ completed: 2, onTime: 1, onTimeRate: 0.5 });
    const republished = await publishOnTimeRate({
      periodKey: "2019-Q3",
      actor: secondAdmin,
      now: new Date("2019-11-01T02:00:00Z"),
    });
    expect(republished.previous).toMatchObject({ version: 1, headline: { value: 0.5, count: 2 } });
    expect(await snapshotOf()).toMatchObject({ completed: 3, onTime: 2, onTimeRate: 0.6667 });
  });
});

describe("response imports know what they already did", () => {
  const header =
    "submittedAt,questionnaire,licenseType,counter,channel,age,sex,education,occupation,infoSource,comment,U1,U2,U3,U4,U5,U6,U7,U8,U9";
  const csv = [
    header,
    "2018-03-05,SKM-2017,PBG,L3,import,40,L,SMA,Wirausaha,,,4,3,3,4,3,3,4,4,3",
    "2018-03-06,SKM-2017,PBG,L3,import,29,P,S1,PNS,,,3,3,2,4,3,3,3,3,2",
    "2018-03-06,SKM-2017,SLF,L3,import,52,L,S1,Swasta,,,2,2,2,2,2,2,2,2,2",
  ].join("\n");
  const csvPost = (text: string) =>
    postImport(
      new Request("http://localhost/api/v1/responses/import", {
        method: "POST",
        body: text,
        headers: { "content-type": "text/csv", authorization: `Bearer ${adminToken}` },
      }),
      ctx,
    );
  const dayState = async () => {
    const db = getDb();
    const where = { surveyDate: { in: ["2018-03-05", "2018-03-06"] } };
    const aggregates = await db.skmDailyAggregate.findMany({
      where: { day: { in: ["2018-03-05", "2018-03-06"] } },
      orderBy: [{ day: "asc" }, { licenseTypeId: "asc" }, { channel: "asc" }],
    });
    return {
      responses: await db.surveyResponse.findMany({ where, orderBy: { id: "asc" } }),
      aggregates: aggregates.map(({ id: _id, ...rest }) => rest),
    };
  };

  it("the same file twice is refused naming the earlier import; undo brings rows and aggregates back to before; then it imports again", async () => {
    // A paper form already on 6 March 2018: the undo must leave it and its aggregate alone.
    expect((await paperEntry("2018-03-06T09:00:00+07:00", all(3))).status).toBe(201);
    const before = await dayState();
    expect(before.responses).toHaveLength(1);

    const res = await csvPost(csv);
    expect(res.status, await res.clone().text()).toBe(201);
    const { importId, imported } = (await res.json()) as { importId: string; imported: number };
    expect(imported).toBe(3);
    const record = await getDb().responseImport.findUniqueOrThrow({ where: { id: importId } });
    expect(record).toMatchObject({
      rowCount: 3,
      firstDay: "2018-03-05",
      lastDay: "2018-03-06",
      importedBy: "token:history-import",
      undoneAt: null,
    });
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await getDb().surveyResponse.count({ where: { importId } })).toBe(3);
    const imported6 = await getDb().skmDailyAggregate.findMany({ where: { day: "2018-03-06" } });
    expect(imported6.reduce((s, a) => s + a.respondents, 0)).toBe(3);

    // Same file again, also as saved by a spreadsheet on Windows (BOM, CRLF, trailing newline): 409 naming the import.
    for (const again of [csv, `\uFEFF${csv.replace(/\n/g, "\r\n")}\r\n`]) {
      const refused = await csvPost(again);
      expect(refused.status).toBe(409);
      const { error } = (await refused.json()) as {
        error: { code: string; message: string; fields: Record<string, string> };
      };
      expect(error.code).toBe("CONFLICT");
      const stamp = new Date(record.importedAt.getTime() + 7 * 3_600_000).toISOString();
      expect(error.message).toContain(
        `sudah diimpor pada ${stamp.slice(8, 10)}-${stamp.slice(5, 7)}-${stamp.slice(0, 4)} ${stamp.slice(11, 16)} WIB oleh token:history-import`,
      );
      expect(error.message).toContain("3 baris, 2018-03-05 – 2018-03-06");
      expect(error.fields.file).toContain(importId);
    }
    expect(await getDb().surveyResponse.count({ where: { surveyDate: { in: ["2018-03-05", "2018-03-06"] } } })).toBe(4);

    const undone = await undoResponseImport({ importId, actor: admin, now: new Date() });
    expect(undone).toEqual({ removed: 3, days: 2 });
    expect(await dayState()).toEqual(before);
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: "import.surveyResponses.undo", target: importId },
    });
    expect(JSON.parse(audit.detail!)).toMatchObject({ removed: 3, days: 2, importedBy: "token:history-import" });
    await expect(undoResponseImport({ importId, actor: admin, now: new Date() })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // After the undo the same file may be imported again (and only once).
    const again = await csvPost(csv);
    expect(again.status).toBe(201);
    expect(await getDb().surveyResponse.count({ where: { surveyDate: { in: ["2018-03-05", "2018-03-06"] } } })).toBe(4);
    const second = ((await again.json()) as { importId: string }).importId;
    await undoResponseImport({ importId: second, actor: admin, now: new Date() });
    expect(await dayState()).toEqual(before);
  });

  it("two uploads of one file at the same moment store it once; the other is told about the first", async () => {
    const file = [
      header,
      "2018-04-02,SKM-2017,PBG,L3,import,33,P,SMA,Swasta,,,4,4,4,4,4,4,4,4,4",
      "2018-04-03,SKM-2017,PBG,L3,import,35,L,SMA,Swasta,,,3,3,3,3,3,3,3,3,3",
    ].join("\n");
    const results = await Promise.allSettled([
      importResponsesCsv(file, admin, new Date()),
      importResponsesCsv(file, secondAdmin, new Date()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("sudah diimpor pada"),
    });
    expect(await getDb().surveyResponse.count({ where: { surveyDate: { in: ["2018-04-02", "2018-04-03"] } } })).toBe(2);
  });

  it("undoing an import after its period was published leaves the snapshot and shows the removed responses to staff", async () => {
    const file = [
      header,
      "2018-05-02,SKM-2017,PBG,L3,import,33,P,SMA,Swasta,,,4,4,4,4,4,4,4,4,4",
      "2018-05-03,SKM-2017,PBG,L3,import,35,L,SMA,Swasta,,,2,2,2,2,2,2,2,2,2",
    ].join("\n");
    const { importId } = await importResponsesCsv(file, admin, new Date());
    await saveSkmReport({ periodKey: "2018-05", followUpPlan: "Tindak lanjut Mei", status: "PUBLISHED", actor: admin });
    // NRR 3 per element: 9 × 0,111 × 3 × 25 = 74,925 → 74,93 (C)
    expect((await getPublishedSkmReport("2018-05"))!.data.summary).toMatchObject({ ikm: 74.93, respondents: 2 });
    await undoResponseImport({ importId, actor: admin, now: new Date() });
    expect((await getPublishedSkmReport("2018-05"))!.data.summary).toMatchObject({ ikm: 74.93, respondents: 2 });
    expect(await getSkmReportStaffStatus("2018-05")).toMatchObject({
      live: { respondents: 0, ikm: null },
      notYetPublished: -2,
      isStale: true,
    });
  });
});

describe("the consistency check", () => {
  it("reports zero on consistent data, and names the slice and column of a tampered aggregate", async () => {
    expect((await runConsistencyCheck()).differenceCount).toBe(0);
    const db = getDb();
    const row = await db.skmDailyAggregate.findFirstOrThrow({ where: { day: "2019-05-15" } });
    await db.skmDailyAggregate.update({
      where: { id: row.id },
      data: { respondents: { increment: 20 }, s3: { increment: 20 } },
    });
    try {
      const report = await runConsistencyCheck();
      // The month roll-up follows its day rows (database triggers), so the tampering shows in both.
      expect(report.differenceCount).toBe(4);
      const skm = report.sections.find((s) => s.name === "skm-daily")!;
      const key = `2019-05-15|SKM-2017|${row.licenseTypeId}|${row.counterId}|paper`;
      expect(skm.differences).toEqual([
        { key, column: "respondents", expected: 1, stored: 21 },
        { key, column: "s3", expected: 2, stored: 22 },
      ]);
      const monthly = report.sections.find((s) => s.name === "skm-monthly")!;
      expect(monthly.differences.map((d) => [d.key, d.column, Number(d.stored) - Number(d.expected)])).toEqual([
        [`2019-05|SKM-2017|${row.licenseTypeId}|${row.counterId}|paper`, "respondents", 20],
        [`2019-05|SKM-2017|${row.licenseTypeId}|${row.counterId}|paper`, "s3", 20],
      ]);
    } finally {
      await db.skmDailyAggregate.update({ where: { id: row.id }, data: { respondents: row.respondents, s3: row.s3 } });
    }
    const processing = await db.processingDayStat.findFirstOrThrow({ where: { day: "2019-07-04" } });
    const setCount = (count: number) =>
      db.processingDayStat.update({
        where: {
          day_licenseTypeId_kecamatanCode_processingDays_isOnTime: {
            day: processing.day,
            licenseTypeId: processing.licenseTypeId,
            kecamatanCode: processing.kecamatanCode,
            processingDays: processing.processingDays,
            isOnTime: processing.isOnTime,
          },
        },
        data: { count },
      });
    await setCount(7);
    try {
      const report = await runConsistencyCheck();
      expect(report.sections.find((s) => s.name === "processing-daily")!.differences).toEqual([
        {
          key: `2019-07-04|${processing.licenseTypeId}|${processing.kecamatanCode}|3|1`,
          column: "count",
          expected: 1,
          stored: 7,
        },
      ]);
    } finally {
      await setCount(processing.count);
    }
  });
});
