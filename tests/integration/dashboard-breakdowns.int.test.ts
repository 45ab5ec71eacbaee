import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { insertSurveyResponse } from "@/lib/skm/response-store";
import { SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { wibStartOfDay } from "@/lib/calendar/working-days";
import { setSkmWeightMode } from "@/lib/skm/summary-queries";
import { getSkmIkmByCounter } from "@/lib/skm/counter-breakdown-queries";
import { recordApplicationAction, registerApplication } from "@/lib/applications/applications-store";
import { getProcessingBreakdown } from "@/lib/applications/breakdown-queries";
import { GET as getSkmSummary } from "@/app/api/v1/skm/summary/route";
import { createApiToken } from "@/lib/users/user-store";

// Issue 16: the per-counter and per-officer views. Data in 2013, a year no other test writes.

async function respond(day: string, counterId: number | null, answer: number, licenseTypeId: number | null = null) {
  const answers = Object.fromEntries(SKM_2017_QUESTIONNAIRE.elements.map((e) => [e.code, answer]));
  await getDb().$transaction((tx) =>
    insertSurveyResponse(tx, {
      questionnaire: "SKM-2017",
      submittedAt: new Date(wibStartOfDay(day).getTime() + 3 * 3_600_000),
      channel: "paper",
      licenseTypeId,
      counterId,
      answers,
    }),
  );
}

describe("IKM per counter", () => {
  let l1 = 0;
  let l2 = 0;
  let pbg = 0;
  beforeAll(async () => {
    await setSkmWeightMode("printed");
    const db = getDb();
    l1 = (await db.counter.findUniqueOrThrow({ where: { code: "L1" } })).id;
    l2 = (await db.counter.findUniqueOrThrow({ where: { code: "L2" } })).id;
    pbg = (await db.licenseType.findUniqueOrThrow({ where: { code: "PBG" } })).id;
    // March 2013 is read from the month roll-up, 1–5 April from the day rows.
    await respond("2013-03-04", l1, 4, pbg);
    await respond("2013-03-20", l1, 3);
    await respond("2013-04-02", l1, 2, pbg);
    await respond("2013-03-11", l2, 4);
    await respond("2013-04-06", l2, 1); // after the range
    await respond("2013-04-03", null, 1);
  });

  it("sums whole months and edge days per counter: L1 NRR 3 → IKM 74,93, L2 99,90, no counter 24,98", async () => {
    const rows = await getSkmIkmByCounter({ from: "2013-03-01", to: "2013-04-05", questionnaire: "SKM-2017" });
    // IKM = Σ NRR × 0,111 (9 unsur, printed weight) × 25: L1 (4+3+2)/3 = 3 → 2,997 × 25 = 74,93; L2 4 → 99,90;
    // without a counter 1 → 0,999 × 25 = 24,975 → 24,98 (half up).
    expect(rows).toEqual([
      { counterId: 0, respondents: 1, ikm: 24.98, grade: "D" },
      { counterId: l1, respondents: 3, ikm: 74.93, grade: "C" },
      { counterId: l2, respondents: 1, ikm: 99.9, grade: "A" },
    ]);
  });

  it("the API takes the dashboards' dari/sampai as from/to: the same summary, the same 422 for a reversed range", async () => {
    const { token } = await createApiToken(
      { name: "periods-leadership", role: "LEADERSHIP" },
      { id: null, label: "test", role: "ADMIN" },
    );
    const get = (query: string) =>
      getSkmSummary(
        new Request(`http://localhost/api/v1/skm/summary?${query}`, { headers: { authorization: `Bearer ${token}` } }),
        { params: Promise.resolve({}) },
      );
    const byRange = await get("dari=2013-03-01&sampai=2013-04-05&counter=L1");
    expect(byRange.status).toBe(200);
    expect(await byRange.json()).toMatchObject({ from: "2013-03-01", to: "2013-04-05", respondents: 3, ikm: 74.93 });
    const byFromTo = await (await get("from=2013-03-01&to=2013-04-05&counter=L1")).json();
    expect(byFromTo).toMatchObject({ respondents: 3, ikm: 74.93 });
    expect((await get("dari=2013-04-05&sampai=2013-03-01")).status).toBe(422);
  });

  it("follows the licence-type filter and ignores a counter filter (every counter is listed)", async () => {
    const rows = await getSkmIkmByCounter({
      from: "2013-03-01",
      to: "2013-04-05",
      questionnaire: "SKM-2017",
      licenseTypeId: pbg,
      counterId: l2,
    });
    // L1 PBG answers: 4 and 2 → NRR 3 → 74,93.
    expect(rows).toEqual([{ counterId: l1, respondents: 2, ikm: 74.93, grade: "C" }]);
  });
});

describe("processing per counter and per officer", () => {
  const officer = (id: string) => ({ id, label: id, role: "OFFICER" as const });
  async function file(counter: string, by: string, start: string, finish: string) {
    const no = await registerApplication(
      {
        licenseType: "REKLAME",
        applicantName: "Uji",
        applicantKind: "individual",
        kelurahan: "35.71.01.1001",
        counter,
      },
      officer(by),
      new Date(`${start}T02:00:00Z`),
    );
    await recordApplicationAction(
      no,
      { kind: "outcome", outcome: "rejected", reason: "Uji rincian" },
      officer(by),
      new Date(`${finish}T03:00:00Z`),
    );
  }
  beforeAll(async () => {
    // Working days after the clock's first day (weekends skipped): 4 → 6 Feb = 2; 4 → 20 Feb = 12 (> REKLAME's SLA).
    await file("L1", "petugas-a", "2013-02-04", "2013-02-06");
    await file("L1", "petugas-a", "2013-02-04", "2013-02-20");
    await file("L2", "petugas-b", "2013-02-04", "2013-02-06");
    await file("L2", "petugas-a", "2013-02-04", "2013-03-04"); // finished after the range
  });

  it("counts files finished in the range by counter, on time and mean working days", async () => {
    const db = getDb();
    const [l1, l2] = await Promise.all(
      ["L1", "L2"].map(async (code) => (await db.counter.findUniqueOrThrow({ where: { code } })).id),
    );
    const filter = { from: "2013-02-01", to: "2013-02-28", licenseTypeId: null, kecamatanCode: null };
    expect(await getProcessingBreakdown(filter, "counter")).toEqual(
      [
        { key: String(l1), completed: 2, onTime: 1, meanDays: 7 },
        { key: String(l2), completed: 1, onTime: 1, meanDays: 2 },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(await getProcessingBreakdown(filter, "officer")).toEqual([
      { key: "petugas-a", completed: 2, onTime: 1, meanDays: 7 },
      { key: "petugas-b", completed: 1, onTime: 1, meanDays: 2 },
    ]);
  });
});
