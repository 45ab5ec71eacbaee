// Issue 20 §3 on the engine of this run: a radio campaign on the REKLAME licence in kecamatan Mojoroto,
// Monday 7 – Friday 11 October 2024, Rp5.000.000, compared one week before and one week after (October 2024 has no
// holiday: 5 working days before, 10 after). Applications and survey answers around it are made by hand below,
// with rows outside the topic, the area and the windows that must not count. Also the API and the attendance import
// route with their roles.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCampaigns, POST as postCampaign } from "@/app/api/v1/outreach/campaigns/route";
import { GET as getExport } from "@/app/api/v1/outreach/export.csv/route";
import { POST as postAttendanceImport } from "@/app/api/v1/attendance/import/route";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { registerApplication } from "@/lib/applications/applications-store";
import { insertSurveyResponsesBulk, type NewSurveyResponse } from "@/lib/skm/response-store";
import { getCampaignForEdit, listCampaignReports } from "@/lib/outreach/queries";
import { createCampaign, deleteCampaign, updateCampaign } from "@/lib/outreach/store";
import { jsonRequest } from "../support/request";

const admin = { id: null, label: "outreach-admin", role: "ADMIN" as const };
const MOJOROTO = "35.71.01.1001";
const KOTA = "35.71.02.1001";
const tokens: Record<string, string> = {};
const bearer = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });

async function apply(day: string, licenseType: string, kelurahan: string) {
  await registerApplication(
    { licenseType, applicantName: "Pemohon Sosialisasi", applicantKind: "individual", kelurahan },
    admin,
    new Date(`${day}T02:00:00Z`),
  );
}

function answer(day: string, licenseTypeId: number, infoSource: string | null): NewSurveyResponse {
  return {
    questionnaire: "SKM-2017",
    submittedAt: new Date(`${day}T03:00:00Z`),
    channel: "web",
    licenseTypeId,
    infoSource,
    answers: { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 },
  };
}

beforeAll(async () => {
  for (const role of ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"] as const)
    tokens[role] = (await createApiToken({ name: `outreach-${role}`, role }, admin)).token;
  // Before (30 Sep – 6 Oct): 2 REKLAME in Mojoroto; not counted: REKLAME in Kota, PBG in Mojoroto, a Sunday before.
  await apply("2024-10-01", "REKLAME", MOJOROTO);
  await apply("2024-10-03", "REKLAME", MOJOROTO);
  await apply("2024-10-02", "REKLAME", KOTA);
  await apply("2024-10-02", "PBG", MOJOROTO);
  await apply("2024-09-29", "REKLAME", MOJOROTO);
  // After (7 – 18 Oct): one REKLAME in Mojoroto each working day; the Saturday after does not count.
  for (const day of [7, 8, 9, 10, 11, 14, 15, 16, 17, 18])
    await apply(`2024-10-${String(day).padStart(2, "0")}`, "REKLAME", MOJOROTO);
  await apply("2024-10-19", "REKLAME", MOJOROTO);

  const types = await getDb().licenseType.findMany({ where: { code: { in: ["REKLAME", "PBG"] } } });
  const reklame = types.find((t) => t.code === "REKLAME")!.id;
  const pbg = types.find((t) => t.code === "PBG")!.id;
  await insertSurveyResponsesBulk([
    // Before: 10 answered the question, 1 of them "radio"; 2 left it blank; a PBG respondent's "radio" is off-topic.
    answer("2024-09-30", reklame, "radio"),
    ...Array.from({ length: 9 }, (_, i) => answer(`2024-10-0${1 + (i % 4)}`, reklame, "website")),
    answer("2024-10-02", reklame, null),
    answer("2024-10-03", reklame, null),
    answer("2024-10-02", pbg, "radio"),
    // After: 10 answered, 6 "radio".
    ...Array.from({ length: 6 }, (_, i) => answer(`2024-10-${10 + i}`, reklame, "radio")),
    ...Array.from({ length: 4 }, (_, i) => answer(`2024-10-${14 + i}`, reklame, "family_friends")),
  ]);
});

describe("outreach campaign before/after figures", () => {
  it("refuses an incomplete campaign naming the field", async () => {
    const base = { name: "Radio Reklame", channel: "radio", startDay: "2024-10-07", endDay: "2024-10-11", cost: "1" };
    await expect(createCampaign({ ...base, topic: "license_type" }, admin)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { licenseType: "Pilih jenis izin bila topiknya satu jenis izin (dan hanya itu)." },
    });
    await expect(
      createCampaign({ ...base, topic: "tariffs", kecamatanCode: "35.71.99", endDay: "2024-10-01" }, admin),
    ).rejects.toMatchObject({ fields: { endDay: "Tanggal selesai harus sama atau sesudah tanggal mulai." } });
    await expect(createCampaign({ ...base, topic: "tariffs", kecamatanCode: "35.71.99" }, admin)).rejects.toMatchObject(
      { fields: { kecamatanCode: "Kecamatan tidak dikenal." } },
    );
  });

  it("counts the hand-made case exactly", async () => {
    const res = await postCampaign(
      jsonRequest(
        "/api/v1/outreach/campaigns",
        {
          name: "Spot radio izin reklame",
          channel: "radio",
          startDay: "2024-10-07",
          endDay: "2024-10-11",
          kecamatanCode: "35.71.01",
          topic: "license_type",
          licenseType: "REKLAME",
          cost: 5_000_000,
        },
        { headers: bearer("ADMIN") },
      ),
      undefined,
    );
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const report = (await listCampaignReports({ weeks: 1, today: "2026-06-01" })).find((r) => r.id === id)!;
    expect(report.windows).toEqual({
      before: { from: "2024-09-30", to: "2024-10-06" },
      after: { from: "2024-10-07", to: "2024-10-18" },
      isComplete: true,
    });
    expect(report.effect!.applications).toMatchObject({
      before: 2,
      after: 10,
      beforeWorkingDays: 5,
      afterWorkingDays: 10,
      expectedAfter: 4,
      additional: 6,
      test: { rateRatio: 2.5, isSignificant: false },
    });
    // n = 12 with p = 10/15 under equal rates: p-value = 190705 / 3^12 (see lib/outreach/rate-test.test.ts).
    expect(report.effect!.applications.test!.pValue).toBeCloseTo(190705 / 531441, 10);
    expect(report.effect!.costPerAdditional).toBe(833_333);
    expect(report.effect!.survey).toMatchObject({
      beforeAnswered: 10,
      beforeChannel: 1,
      afterAnswered: 10,
      afterChannel: 6,
      beforeShare: 0.1,
      afterShare: 0.6,
    });
    expect(report.effect!.survey.test!.pValue).toBeCloseTo(10582 / 184756, 10);
    expect(await getDb().auditLog.count({ where: { action: "outreach.create", target: id } })).toBe(1);
  });

  it("the API lists and exports for planners, not officers", async () => {
    const list = await getCampaigns(
      new Request("http://localhost/api/v1/outreach/campaigns?weeks=1", { headers: bearer("PLANNER") }),
      undefined,
    );
    expect(list.status).toBe(200);
    const body = await list.json();
    expect(
      body.campaigns.find((c: { name: string }) => c.name === "Spot radio izin reklame").effect.applications,
    ).toMatchObject({ before: 2, after: 10 });
    const csv = await getExport(
      new Request("http://localhost/api/v1/outreach/export.csv?weeks=1", { headers: bearer("LEADERSHIP") }),
      undefined,
    );
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^name,channel,startDay,endDay,kecamatan,topic,licenseType,cost,beforeFrom/);
    expect(lines.find((l) => l.startsWith("Spot radio izin reklame"))).toBe(
      "Spot radio izin reklame,radio,2024-10-07,2024-10-11,35.71.01,license_type,REKLAME,5000000," +
        "2024-09-30,2024-10-06,2024-10-07,2024-10-18,yes,2,5,10,10,4,6,1.5,0.358845,no,10,1,0.1,10,6,0.6,0.5,0.057276,833333",
    );
    const officer = await getCampaigns(
      new Request("http://localhost/api/v1/outreach/campaigns", { headers: bearer("OFFICER") }),
      undefined,
    );
    expect(officer.status).toBe(403);
    const bad = await getCampaigns(
      new Request("http://localhost/api/v1/outreach/campaigns?weeks=0", { headers: bearer("ADMIN") }),
      undefined,
    );
    expect(bad.status).toBe(422);
  });

  it("a campaign that has not started yet has no figures", async () => {
    await createCampaign(
      {
        name: "Baliho 2099",
        channel: "billboard",
        startDay: "2099-01-05",
        endDay: "2099-01-30",
        topic: "tariffs",
        cost: "0",
      },
      admin,
    );
    const report = (await listCampaignReports({ weeks: 4, today: "2026-06-01" })).find(
      (r) => r.name === "Baliho 2099",
    )!;
    expect(report).toMatchObject({ kecamatanCode: null, effect: null, windows: { after: null, isComplete: false } });

    // A correction keeps the record whole: a bad field changes nothing, a good one is stored and audited.
    const fields = { name: "Baliho 2099", channel: "billboard", startDay: "2099-01-05", endDay: "2099-01-30" };
    await expect(
      updateCampaign(report.id, { ...fields, topic: "license_type", cost: "5" }, admin),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await updateCampaign(report.id, { ...fields, topic: "license_type", licenseType: "PBG", cost: "1250000" }, admin);
    expect(await getCampaignForEdit(report.id)).toMatchObject({
      topic: "license_type",
      licenseType: "PBG",
      cost: "1250000",
    });
    expect(await getDb().auditLog.count({ where: { action: "outreach.update", target: report.id } })).toBe(1);
    expect(await deleteCampaign(report.id, admin)).toBe(true);
    expect(await deleteCampaign(report.id, admin)).toBe(false);
  });
});

describe("POST /api/v1/attendance/import", () => {
  const post = (role: string, query: string, body: string, type = "text/plain") =>
    postAttendanceImport(
      new Request(`http://localhost/api/v1/attendance/import?${query}`, {
        method: "POST",
        headers: { "content-type": type, ...bearer(role) },
        body,
      }),
      undefined,
    );

  it("imports a log for an admin; other roles 403; a bad format or line 422", async () => {
    const log = "4242\t2024-10-07 07:31:00\t1\t0\n";
    expect((await post("LEADERSHIP", "format=tab", log)).status).toBe(403);
    expect((await post("ADMIN", "format=xls", log)).status).toBe(422);
    const bad = await post("ADMIN", "format=tab", "4242\t2024-10-07 25:00:00\n");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toEqual({
      "baris 1": 'Waktu "2024-10-07 25:00:00" tidak valid (harus TTTT-BB-HH JJ:MM:DD).',
    });
    const ok = await post("ADMIN", "format=tab&fileName=attlog.dat", log);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ punches: 1, added: 0, unknownPins: [{ pin: "4242", punches: 1 }] });
  });
});
