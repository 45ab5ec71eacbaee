/**
 * Issue 12 item 1: the server decides when and how a response was collected. Runs on both engines (TEST_DB).
 */
import { describe, it, expect, beforeAll, afterEach } from "vitest";
import { POST as postResponse } from "@/app/api/v1/responses/route";
import { POST as postImport } from "@/app/api/v1/responses/import/route";
import { createApiToken } from "@/lib/users/user-store";
import { getDb } from "@/lib/db/client";
import { enrollKiosk } from "@/lib/skm/kiosk-store";
import { setSettings } from "@/lib/settings/settings";
import { toWibDate } from "@/lib/calendar/working-days";
import { jsonRequest } from "../support/request";
import { surveyBodyOf } from "../support/survey-body";

const ctx = { params: Promise.resolve({}) };
const admin = { id: null, label: "test-admin", role: "ADMIN" as const };
const ANSWERS = { U1: 1, U2: 1, U3: 1, U4: 1, U5: 1, U6: 1, U7: 1, U8: 1, U9: 1 };
const RESPONDENT = { age: 41, sex: "L", education: "SMA", occupation: "Wirausaha" };
const body = surveyBodyOf(ANSWERS, RESPONDENT);
let address = 0;
const submit = (b: unknown, headers: Record<string, string> = {}) =>
  postResponse(
    jsonRequest("/api/v1/responses", b, {
      headers: { "x-forwarded-for": `10.12.${Math.floor(address / 250)}.${address++ % 250}`, ...headers },
    }),
    ctx,
  );
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; fields?: Record<string, string> } }).error;

let officer: Record<string, string> = {};
let adminAuth: Record<string, string> = {};
let planner: Record<string, string> = {};

beforeAll(async () => {
  officer = { authorization: `Bearer ${(await createApiToken({ name: "loket", role: "OFFICER" }, admin)).token}` };
  adminAuth = { authorization: `Bearer ${(await createApiToken({ name: "admin-tool", role: "ADMIN" }, admin)).token}` };
  planner = { authorization: `Bearer ${(await createApiToken({ name: "planner", role: "PLANNER" }, admin)).token}` };
});

afterEach(async () => {
  await setSettings({ "skm.allowIncompletePaper": "false", "skm.kioskQueueDays": "7" }, admin);
});

describe("anonymous submissions are stamped with the server's time", () => {
  it("a backdated web submission is stored today, and the backdated day's figures do not move", async () => {
    const may15 = () => getDb().skmDailyAggregate.findMany({ where: { day: "2026-05-15" } });
    const before = (await may15()).reduce((s, a) => s + a.respondents, 0);
    const t0 = Date.now();
    const res = await submit(body({ submittedAt: "2026-05-15T09:00:00+07:00" }));
    expect(res.status).toBe(201);
    const json = (await res.json()) as { id: string; submittedAt: string };
    const row = await getDb().surveyResponse.findUniqueOrThrow({ where: { id: json.id } });
    expect(row.submittedAt.getTime()).toBeGreaterThanOrEqual(t0);
    expect(row.submittedAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(json.submittedAt).toBe(row.submittedAt.toISOString());
    expect(row.surveyDate).toBe(toWibDate(row.submittedAt));
    expect((await may15()).reduce((s, a) => s + a.respondents, 0)).toBe(before);
  });

  it("a 1900 date from an anonymous caller is ignored the same way", async () => {
    const res = await submit(body({ submittedAt: "1900-01-01T10:00:00Z" }));
    expect(res.status).toBe(201);
    const { submittedAt } = (await res.json()) as { submittedAt: string };
    expect(Date.now() - Date.parse(submittedAt)).toBeLessThan(60_000);
  });
});

describe("who may use a channel", () => {
  it("anonymous paper and import → 401 naming channel; nothing stored", async () => {
    const before = await getDb().surveyResponse.count();
    for (const channel of ["paper", "import", "kiosk"]) {
      const res = await submit(
        body({ channel, answers: { U1: 1 }, respondent: {}, submittedAt: "2026-05-15T09:00:00+07:00" }),
      );
      expect(res.status, channel).toBe(401);
      expect(Object.keys((await errorOf(res)).fields ?? {})).toEqual(["channel"]);
    }
    expect(await getDb().surveyResponse.count()).toBe(before);
  });

  it("a PLANNER may not enter paper (403), an OFFICER may not send import (403), an ADMIN may", async () => {
    expect((await submit(body({ channel: "paper" }), planner)).status).toBe(403);
    expect((await submit(body({ channel: "import" }), officer)).status).toBe(403);
    expect(
      (await submit(body({ channel: "import", submittedAt: "2026-03-02T12:00:00+07:00" }), adminAuth)).status,
    ).toBe(201);
  });

  it("the CSV import needs an ADMIN token: none → 401, OFFICER → 403", async () => {
    const csv = "submittedAt,questionnaire,U1\n2026-03-02,SKM-2017,1\n";
    const post = (headers: Record<string, string>) =>
      postImport(
        new Request("http://localhost/api/v1/responses/import", {
          method: "POST",
          body: csv,
          headers: { "content-type": "text/csv", ...headers },
        }),
        ctx,
      );
    expect((await post({})).status).toBe(401);
    expect((await post(officer)).status).toBe(403);
  });
});

describe("staff dates are bounded by the questionnaire version and today", () => {
  it("paper entry keeps its date; 1900, before the version and tomorrow are 422 on submittedAt", async () => {
    const ok = await submit(body({ channel: "paper", submittedAt: "2026-03-02T12:00:00+07:00" }), officer);
    expect(ok.status).toBe(201);
    const row = await getDb().surveyResponse.findUniqueOrThrow({
      where: { id: ((await ok.json()) as { id: string }).id },
    });
    expect(row.surveyDate).toBe("2026-03-02");
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    for (const submittedAt of ["1900-01-01T10:00:00Z", "2016-12-31T12:00:00+07:00", tomorrow]) {
      const res = await submit(body({ channel: "paper", submittedAt }), officer);
      expect(res.status, submittedAt).toBe(422);
      expect(Object.keys((await errorOf(res)).fields ?? {}), submittedAt).toEqual(["submittedAt"]);
    }
  });

  it("a CSV row dated 1900 or tomorrow names its line and the submittedAt column", async () => {
    const tomorrow = toWibDate(new Date(Date.now() + 86_400_000));
    const header = "submittedAt,questionnaire,age,sex,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9";
    const csv = [
      header,
      `2025-06-02,SKM-2017,40,L,SMA,Wirausaha,4,4,4,4,4,4,4,4,4`,
      `1900-01-01,SKM-2017,40,L,SMA,Wirausaha,4,4,4,4,4,4,4,4,4`,
      `${tomorrow},SKM-2017,40,L,SMA,Wirausaha,4,4,4,4,4,4,4,4,4`,
    ].join("\n");
    const before = await getDb().surveyResponse.count();
    const res = await postImport(
      new Request("http://localhost/api/v1/responses/import", {
        method: "POST",
        body: csv,
        headers: { "content-type": "text/csv", ...adminAuth },
      }),
      ctx,
    );
    expect(res.status).toBe(422);
    expect(Object.keys((await errorOf(res)).fields ?? {})).toEqual(["line 3 / submittedAt", "line 4 / submittedAt"]);
    expect(await getDb().surveyResponse.count()).toBe(before);
  });
});

describe("kiosk queue bounds", () => {
  it("kept when after enrolment, ≤ 10 minutes ahead and ≤ N days old (N is the office setting)", async () => {
    const now = Date.now();
    const kiosk = await enrollKiosk({ name: "Tablet antrean", counter: "L1" }, admin, new Date(now - 20 * 86_400_000));
    const key = { "x-kiosk-key": kiosk.key };
    const at = (ms: number, extra: Record<string, unknown> = {}) =>
      submit(body({ channel: "kiosk", submittedAt: new Date(ms).toISOString(), ...extra }), key);
    const kept = await at(now - 6 * 86_400_000);
    expect(kept.status).toBe(201);
    expect(((await kept.json()) as { submittedAt: string }).submittedAt).toBe(
      new Date(now - 6 * 86_400_000).toISOString(),
    );
    const tooOld = await at(now - 8 * 86_400_000);
    expect(tooOld.status).toBe(422);
    expect((await errorOf(tooOld)).fields).toEqual({
      submittedAt: "submittedAt lebih dari 7 hari yang lalu (batas antrean kiosk)",
    });
    await setSettings({ "skm.kioskQueueDays": "10" }, admin);
    expect((await at(now - 8 * 86_400_000)).status).toBe(201);
    const ahead = await at(now + 11 * 60_000);
    expect((await errorOf(ahead)).fields).toEqual({ submittedAt: "submittedAt tidak boleh di masa depan" });
    const web = await submit(body({ channel: "web" }), key);
    expect(web.status).toBe(422);
    expect(Object.keys((await errorOf(web)).fields ?? {})).toEqual(["channel"]);
  });

  it("not before the kiosk was enrolled", async () => {
    const enrolledAt = new Date(Date.now() - 3_600_000);
    const kiosk = await enrollKiosk({ name: "Tablet baru", counter: "L2" }, admin, enrolledAt);
    const res = await submit(
      body({ channel: "kiosk", submittedAt: new Date(enrolledAt.getTime() - 60_000).toISOString() }),
      { "x-kiosk-key": kiosk.key },
    );
    expect(res.status).toBe(422);
    expect((await errorOf(res)).fields).toEqual({ submittedAt: "submittedAt sebelum kiosk ini didaftarkan" });
  });
});

describe("a complete answer", () => {
  const sparse = body({
    channel: "paper",
    submittedAt: "2026-03-03T12:00:00+07:00",
    answers: { U1: 1 },
    respondent: {},
  });

  it("paper with one answer and an empty profile → 422 naming every missing element and profile field", async () => {
    const res = await submit(sparse, officer);
    expect(res.status).toBe(422);
    expect(Object.keys((await errorOf(res)).fields ?? {}).sort()).toEqual([
      "answers.U2",
      "answers.U3",
      "answers.U4",
      "answers.U5",
      "answers.U6",
      "answers.U7",
      "answers.U8",
      "answers.U9",
      "respondent.age",
      "respondent.education",
      "respondent.occupation",
      "respondent.sex",
    ]);
  });

  it("accepted once the office allows incomplete paper forms; web stays strict", async () => {
    await setSettings({ "skm.allowIncompletePaper": "true" }, admin);
    const res = await submit(sparse, officer);
    expect(res.status).toBe(201);
    const row = await getDb().surveyResponse.findUniqueOrThrow({
      where: { id: ((await res.json()) as { id: string }).id },
    });
    expect(row.score).toBe(1);
    expect(row.age).toBeNull();
    const web = await submit(body({ answers: { U1: 1 } }));
    expect(web.status).toBe(422);
  });
});
