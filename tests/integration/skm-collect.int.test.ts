import { describe, it, expect, beforeAll } from "vitest";
import { POST as postResponse, GET as getResponse } from "@/app/api/v1/responses/route";
import { POST as postImport } from "@/app/api/v1/responses/import/route";
import { POST as postInvitation } from "@/app/api/v1/invitations/route";
import { createApiToken } from "@/lib/users/user-store";
import { getDb } from "@/lib/db/client";
import { addExtraQuestion } from "@/lib/skm/extra-question-store";
import { setInvitationDays } from "@/lib/skm/invitation-store";
import { enrollKiosk } from "@/lib/skm/kiosk-store";
import { setSettings } from "@/lib/settings/settings";
import { jsonRequest } from "../support/request";
import { surveyBodyOf } from "../support/survey-body";

const ctx = { params: Promise.resolve({}) };
const admin = { id: null, label: "test-admin", role: "ADMIN" as const };
let officerToken = "";
let adminToken = "";

const ANSWERS = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 2, U9: 3 };
const RESPONDENT = { age: 34, sex: "P", education: "S1", occupation: "Swasta" };
const body = surveyBodyOf(ANSWERS, RESPONDENT);
const submit = (b: unknown, headers: Record<string, string> = {}) =>
  postResponse(
    jsonRequest("/api/v1/responses", b, {
      headers: {
        "x-forwarded-for": `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
        ...headers,
      },
    }),
    ctx,
  );

async function newInvitation(extra: Record<string, unknown> = {}) {
  const res = await postInvitation(
    jsonRequest(
      "/api/v1/invitations",
      { licenseType: "PBG", counter: "L3", applicationNo: "REG-2026-0001", ...extra },
      { headers: { authorization: `Bearer ${officerToken}` } },
    ),
    ctx,
  );
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string; link: string; qrSvg: string; expiresAt: string };
}

beforeAll(async () => {
  officerToken = (await createApiToken({ name: "loket-tool", role: "OFFICER" }, admin)).token;
  adminToken = (await createApiToken({ name: "import-tool", role: "ADMIN" }, admin)).token;
});

describe("POST /api/v1/invitations", () => {
  it("401 without credentials, 422 naming unknown codes", async () => {
    expect(
      (await postInvitation(jsonRequest("/api/v1/invitations", { licenseType: "PBG", counter: "L1" }), ctx)).status,
    ).toBe(401);
    const res = await postInvitation(
      jsonRequest(
        "/api/v1/invitations",
        { licenseType: "NOPE", counter: "L9" },
        { headers: { authorization: `Bearer ${officerToken}` } },
      ),
      ctx,
    );
    expect(res.status).toBe(422);
    const err = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(err.error.fields).sort()).toEqual(["counter", "licenseType"]);
  });
  it("returns a short token, a link to /s/<token>, a QR SVG and a 30-day expiry", async () => {
    const before = Date.now();
    const inv = await newInvitation();
    expect(inv.token).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(inv.link.endsWith(`/s/${inv.token}`)).toBe(true);
    expect(inv.qrSvg.startsWith("<svg")).toBe(true);
    const days = (Date.parse(inv.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
  });
});

describe("POST /api/v1/responses", () => {
  it("stores a valid response by element code with its questionnaire version and updates the daily aggregate", async () => {
    const res = await submit(
      body({ licenseType: "SLF", counter: "L2", infoSource: "website", comment: "Antrian cepat" }),
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const row = await getDb().surveyResponse.findUniqueOrThrow({ where: { id } });
    expect(row.questionnaire).toBe("SKM-2017");
    expect(JSON.parse(row.answers)).toEqual(ANSWERS);
    expect(row.infoSource).toBe("website");
    expect(row.score).toBeCloseTo(30 / 9, 10);
    const agg = await getDb().skmDailyAggregate.findFirstOrThrow({
      where: { day: row.surveyDate, channel: "web", counterId: row.counterId! },
    });
    expect(agg.respondents).toBeGreaterThanOrEqual(1);
  });

  it("sets the security headers itself (the proxy skips this path), on stored, refused and 405 answers", async () => {
    const answers = [
      await submit(body({ idempotencyKey: "headers-test-1" })),
      await submit({ ...body(), channel: "paper" }),
      await getResponse(),
    ];
    expect(answers.map((r) => r.status)).toEqual([201, 401, 405]);
    for (const res of answers) {
      expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("422 naming each invalid field", async () => {
    const res = await submit({
      questionnaire: "SKM-2017",
      answers: { ...ANSWERS, U3: 5, U9: undefined },
      respondent: { age: 7, sex: "X", education: "S1", occupation: "Swasta" },
      channel: "web",
      infoSource: "tv-kabel",
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual([
      "answers.U3",
      "answers.U9",
      "infoSource",
      "respondent.age",
      "respondent.sex",
    ]);
  });

  it("IKM-2004 responses keep their version and 14 elements", async () => {
    const answers = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`U${i + 1}`, 3]));
    const res = await submit({
      questionnaire: "IKM-2004",
      answers,
      respondent: { age: 50, sex: "L", education: "S1", occupation: "PNS/TNI/Polri" },
      channel: "web",
    });
    const text = await res.text();
    expect(res.status, text).toBe(201);
  });

  it("the same idempotencyKey returns the first result, not a second row", async () => {
    const key = `idem-${Date.now()}`;
    const first = await submit(body({ idempotencyKey: key }));
    const second = await submit(body({ idempotencyKey: key }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const a = (await first.json()) as { id: string };
    const b = (await second.json()) as { id: string; duplicate: boolean };
    expect(b).toMatchObject({ id: a.id, duplicate: true });
    expect(await getDb().surveyResponse.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("an invitation is answered once: reuse → 409, attribution from the invitation", async () => {
    const inv = await newInvitation();
    const ok = await submit(body({ token: inv.token, channel: "link" }));
    expect(ok.status).toBe(201);
    const row = await getDb().surveyResponse.findUniqueOrThrow({
      where: { id: ((await ok.json()) as { id: string }).id },
    });
    const pbg = await getDb().licenseType.findUniqueOrThrow({ where: { code: "PBG" } });
    expect(row.licenseTypeId).toBe(pbg.id);
    expect(row.invitationId).toBe(inv.id);
    const again = await submit(body({ token: inv.token, channel: "link" }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/sudah digunakan/);
  });

  it("an expired invitation → 409; an unknown token → 404", async () => {
    const inv = await newInvitation();
    await getDb().surveyInvitation.update({ where: { id: inv.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await submit(body({ token: inv.token, channel: "qr" }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/kedaluwarsa/);
    expect((await submit(body({ token: "zzzzzzzzzz", channel: "qr" }))).status).toBe(404);
  });

  it("20 simultaneous submissions with the same token store exactly one response", async () => {
    const inv = await newInvitation();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit(body({ token: inv.token, channel: "qr" }))),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await getDb().surveyResponse.count({ where: { invitationId: inv.id } })).toBe(1);
  });

  it("kiosk: requires an enrolled device key; counter comes from the kiosk; queued submittedAt kept", async () => {
    expect((await submit(body({ channel: "kiosk" }))).status).toBe(401);
    const kiosk = await enrollKiosk({ name: "Tablet L1", counter: "L1" }, admin, new Date(Date.now() - 2 * 3_600_000));
    const submittedAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await submit(body({ channel: "kiosk", idempotencyKey: `kiosk-${Date.now()}`, submittedAt }), {
      "x-kiosk-key": kiosk.key,
    });
    expect(res.status).toBe(201);
    const row = await getDb().surveyResponse.findUniqueOrThrow({
      where: { id: ((await res.json()) as { id: string }).id },
    });
    const l1 = await getDb().counter.findUniqueOrThrow({ where: { code: "L1" } });
    expect(row.counterId).toBe(l1.id);
    expect(row.kioskId).toBe(kiosk.id);
    expect(row.submittedAt.toISOString()).toBe(submittedAt);
    expect((await submit(body({ channel: "kiosk" }), { "x-kiosk-key": "ksk_wrong" })).status).toBe(401);
  });

  it("paper channel requires staff credentials", async () => {
    expect((await submit(body({ channel: "paper" }))).status).toBe(401);
    expect(
      (
        await submit(body({ channel: "paper", submittedAt: "2026-01-05T10:00:00+07:00" }), {
          authorization: `Bearer ${officerToken}`,
        })
      ).status,
    ).toBe(201);
  });
});

describe("POST /api/v1/responses/import (CSV)", () => {
  const header =
    "submittedAt,questionnaire,licenseType,counter,channel,age,sex,education,occupation,infoSource,comment,U1,U2,U3,U4,U5,U6,U7,U8,U9";
  const csvPost = (text: string, token = adminToken) =>
    postImport(
      new Request("http://localhost/api/v1/responses/import", {
        method: "POST",
        body: text,
        headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
      }),
      ctx,
    );

  it("403 for an OFFICER token", async () => {
    expect((await csvPost(`${header}\n`, officerToken)).status).toBe(403);
  });

  it("imports valid rows (blanks allowed on paper history when the office allows it) and keeps aggregates", async () => {
    await setSettings({ "skm.allowIncompletePaper": "true" }, admin);
    const before = await getDb().surveyResponse.count({ where: { channel: "paper", surveyDate: "2025-03-14" } });
    const csv = [
      header,
      "2025-03-14,SKM-2017,PBG,L3,paper,40,L,SMA,Wirausaha,billboard,,4,3,3,4,3,3,4,,3",
      '2025-03-14,SKM-2017,SLF,L3,paper,29,P,S2,PNS,,"Ruang tunggu, panas",3,3,2,4,3,3,3,3,2',
    ].join("\n");
    const res = await csvPost(csv);
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toEqual({ imported: 2, importId: expect.any(String) });
    expect(await getDb().surveyResponse.count({ where: { channel: "paper", surveyDate: "2025-03-14" } })).toBe(
      before + 2,
    );
    const agg = await getDb().skmDailyAggregate.findMany({ where: { day: "2025-03-14", channel: "paper" } });
    expect(agg.reduce((s, a) => s + a.respondents, 0)).toBe(before + 2);
    expect(agg.reduce((s, a) => s + a.n8, 0)).toBe(1); // the blank U8 is not counted
    await setSettings({ "skm.allowIncompletePaper": "false" }, admin);
  });

  it("all or nothing: one bad row stores nothing and names line, column and reason", async () => {
    const before = await getDb().surveyResponse.count();
    const csv = [
      header,
      "2025-04-01,SKM-2017,PBG,L3,paper,40,L,SMA,Wirausaha,,,4,3,3,4,3,3,4,4,3",
      "2025-04-01,SKM-2017,XYZ,L3,paper,40,L,Sarjana,Wirausaha,,,4,3,3,7,3,3,4,4,3",
    ].join("\n");
    const res = await csvPost(csv);
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(["line 3 / U4", "line 3 / education", "line 3 / licenseType"]);
    expect(await getDb().surveyResponse.count()).toBe(before);
  });
});

describe("office settings and extra questions", () => {
  it("the invitation lifetime follows the office setting", async () => {
    await expect(setInvitationDays(0, admin)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { days: expect.any(String) },
    });
    await setInvitationDays(7, admin);
    const before = Date.now();
    const inv = await newInvitation();
    expect(Math.round((Date.parse(inv.expiresAt) - before) / 86_400_000)).toBe(7);
    await setInvitationDays(30, admin);
  });

  it("extra questions never replace unsur codes, and answers to them are checked and stored", async () => {
    await expect(
      addExtraQuestion(
        {
          questionnaire: "SKM-2017",
          code: "U10",
          labelId: "Parkir?",
          labelEn: "Parking?",
          options: "ya|Ya|Yes\ntidak|Tidak|No",
        },
        admin,
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { code: expect.any(String) } });
    await addExtraQuestion(
      {
        questionnaire: "SKM-2017",
        code: "parking",
        labelId: "Apakah parkir mudah?",
        labelEn: "Was parking easy?",
        options: "ya|Ya|Yes\ntidak|Tidak|No",
      },
      admin,
    );
    const bad = await submit(body({ extraAnswers: { parking: "maybe", wifi: "ya" } }));
    expect(bad.status).toBe(422);
    expect(
      Object.keys(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields).sort(),
    ).toEqual(["extraAnswers.parking", "extraAnswers.wifi"]);
    const ok = await submit(body({ extraAnswers: { parking: "ya" } }));
    expect(ok.status).toBe(201);
    const row = await getDb().surveyResponse.findUniqueOrThrow({
      where: { id: ((await ok.json()) as { id: string }).id },
    });
    expect(JSON.parse(row.extraAnswers!)).toEqual({ parking: "ya" });
    expect(JSON.parse(row.answers)).toEqual(ANSWERS); // U1–U9 untouched
  });
});
