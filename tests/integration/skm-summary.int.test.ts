import { describe, it, expect, beforeAll } from "vitest";
import { GET as getSummary } from "@/app/api/v1/skm/summary/route";
import { GET as getElementsCsv } from "@/app/api/v1/skm/export/elements/route";
import { GET as getResponsesCsv } from "@/app/api/v1/skm/export/responses/route";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { insertSurveyResponse, insertSurveyResponsesBulk, type NewSurveyResponse } from "@/lib/skm/response-store";
import { bulkLoadSurveyResponses } from "@/lib/skm/response-bulk-store";
import { computeSkmIndex, type SkmIndexInput } from "@/lib/skm/compute-index";
import { SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { wibStartOfDay } from "@/lib/calendar/working-days";
import { createRandom } from "@/lib/seed/random";
import { setSkmWeightMode } from "@/lib/skm/summary-queries";
import type { Role } from "@/lib/auth/roles";
import { getSkmDashboard } from "@/lib/skm/dashboard-queries";

const ctx = { params: Promise.resolve({}) };
const tokens: Partial<Record<Role, string>> = {};
const admin = { id: null, label: "test", role: "ADMIN" as const };

async function call(handler: typeof getSummary, query: string, role?: Role) {
  const headers: Record<string, string> = role ? { authorization: `Bearer ${tokens[role]}` } : {};
  return handler(new Request(`http://localhost/api/v1/skm/x?${query}`, { headers }), ctx);
}

function makeResponses(
  seed: number,
  dayPrefix: string,
  days: number,
  perDay: number,
  ids: { lt: number[]; counters: number[] },
): NewSurveyResponse[] {
  const random = createRandom(seed);
  const out: NewSurveyResponse[] = [];
  for (let d = 1; d <= days; d++) {
    for (let i = 0; i < perDay; i++) {
      const answers: Record<string, number | null> = {};
      for (const el of SKM_2017_QUESTIONNAIRE.elements)
        answers[el.code] = random.chance(0.08) ? null : random.int(1, 4);
      if (Object.values(answers).every((v) => v === null)) answers.U1 = 2;
      out.push({
        questionnaire: "SKM-2017",
        submittedAt: new Date(
          wibStartOfDay(`${dayPrefix}-${String(d).padStart(2, "0")}`).getTime() + random.int(0, 23 * 60) * 60_000,
        ),
        channel: random.pick(["link", "qr", "kiosk", "web", "paper"] as const),
        licenseTypeId: random.pick(ids.lt),
        counterId: random.chance(0.1) ? null : random.pick(ids.counters),
        age: random.int(18, 70),
        sex: random.pick(["L", "P"]),
        education: "s1",
        occupation: "swasta",
        infoSource: "website",
        comment: random.chance(0.2) ? "Layanan cukup baik" : null,
        answers,
      });
    }
  }
  return out;
}

/** The engine input computed directly from raw responses (no aggregates), as an auditor would in a spreadsheet. */
async function directInput(
  where: Record<string, unknown>,
  weight: "printed" | "exact" = "printed",
): Promise<SkmIndexInput> {
  const rows = await getDb().surveyResponse.findMany({
    where: { questionnaire: "SKM-2017", ...where },
    select: { answers: true },
  });
  const sums = new Array(9).fill(0);
  const counts = new Array(9).fill(0);
  let scoreSum = 0;
  let scoreSumSq = 0;
  for (const r of rows) {
    const a = JSON.parse(r.answers) as Record<string, number | null>;
    let s = 0;
    let c = 0;
    SKM_2017_QUESTIONNAIRE.elements.forEach((el, i) => {
      const v = a[el.code];
      if (typeof v === "number") {
        sums[i] += v;
        counts[i] += 1;
        s += v;
        c += 1;
      }
    });
    scoreSum += s / c;
    scoreSumSq += (s / c) ** 2;
  }
  return {
    method: "2017",
    weight,
    respondents: rows.length,
    scoreSum,
    scoreSumSq,
    elements: SKM_2017_QUESTIONNAIRE.elements.map((el, i) => ({ code: el.code, sum: sums[i], count: counts[i] })),
  };
}

let ltIds: { id: number; code: string }[] = [];
let counterIds: { id: number; code: string }[] = [];

/** One SKM-2017 web response with a comment and the answers of U1 … U9, first licence type, first counter. */
function insertCommentedResponse(submittedAt: string, comment: string, scores: readonly number[]) {
  const answers = Object.fromEntries(scores.map((score, i) => [`U${i + 1}`, score]));
  return insertSurveyResponse(getDb() as never, {
    questionnaire: "SKM-2017",
    submittedAt: new Date(submittedAt),
    channel: "web",
    licenseTypeId: ltIds[0]!.id,
    counterId: counterIds[0]!.id,
    comment,
    answers,
  });
}

beforeAll(async () => {
  const db = getDb();
  ltIds = await db.licenseType.findMany({
    where: { active: true },
    select: { id: true, code: true },
    orderBy: { id: "asc" },
    take: 4,
  });
  counterIds = await db.counter.findMany({ select: { id: true, code: true }, orderBy: { id: "asc" }, take: 3 });
  for (const role of ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"] as const) {
    tokens[role] = (await createApiToken({ name: `skm-${role}`, role }, admin)).token;
  }
  const ids = { lt: ltIds.map((l) => l.id), counters: counterIds.map((c) => c.id) };
  const rows = makeResponses(7, "2031-03", 20, 6, ids);
  // Three write paths: one at a time (channels), bulk, and the fast loader; all must agree with the raw rows.
  for (const r of rows.slice(0, 30)) await db.$transaction((tx) => insertSurveyResponse(tx, r));
  await insertSurveyResponsesBulk(rows.slice(30, 70));
  await bulkLoadSurveyResponses(rows.slice(70));
  await insertCommentedResponse(
    "2031-03-05T03:00:00Z",
    '=HYPERLINK("http://evil","klik")',
    [4, 4, 3, 4, 4, 4, 4, 4, 4],
  );
});

describe("GET /api/v1/skm/summary agrees with the engine on raw responses", () => {
  const marchWhere = { surveyDate: { gte: "2031-03-01", lte: "2031-03-31" } };

  it("whole month, printed and exact weights", async () => {
    for (const weight of ["printed", "exact"] as const) {
      await setSkmWeightMode(weight);
      const res = await call(getSummary, "from=2031-03-01&to=2031-03-31", "LEADERSHIP");
      expect(res.status).toBe(200);
      const body = await res.json();
      const expected = computeSkmIndex(await directInput(marchWhere, weight));
      expect(body.respondents).toBe(121);
      expect(body.respondents).toBe(expected.respondents);
      expect(body.ikm).toBe(expected.ikm);
      expect(body.index).toBe(expected.index);
      expect(body.grade).toBe(expected.grade);
      expect(body.ci95).toEqual(expected.ci95);
      expect(body.weight).toEqual(expected.weight);
      expect(body.elements.map((e: { nrr: number }) => e.nrr)).toEqual(expected.elements.map((e) => e.nrr));
      expect(body.elements.map((e: { weighted: number }) => e.weighted)).toEqual(
        expected.elements.map((e) => e.weighted),
      );
      expect(body).toHaveProperty("population");
      expect(body).toHaveProperty("requiredSample");
      expect(body).toHaveProperty("sampleAdequate");
    }
    await setSkmWeightMode("printed");
  });

  it("filters by licence type, counter and channel", async () => {
    const lt = ltIds[1]!;
    const c = counterIds[2]!;
    const res = await call(
      getSummary,
      `from=2031-03-03&to=2031-03-17&licenseType=${lt.code}&counter=${c.code}&channel=kiosk`,
      "PLANNER",
    );
    const body = await res.json();
    const expected = computeSkmIndex(
      await directInput({
        surveyDate: { gte: "2031-03-03", lte: "2031-03-17" },
        licenseTypeId: lt.id,
        counterId: c.id,
        channel: "kiosk",
      }),
    );
    expect(body.respondents).toBe(expected.respondents);
    expect(body.ikm).toBe(expected.ikm);
    expect(body.ci95).toEqual(expected.ci95);
    const byLt = await (await call(getSummary, `from=2031-03-01&to=2031-03-31&licenseType=${lt.code}`, "ADMIN")).json();
    const expectedLt = computeSkmIndex(await directInput({ ...marchWhere, licenseTypeId: lt.id }));
    expect([byLt.respondents, byLt.ikm]).toEqual([expectedLt.respondents, expectedLt.ikm]);
  });

  it("an empty period is 'no data': nulls, never NaN", async () => {
    const res = await call(getSummary, "from=2031-06-01&to=2031-06-30", "LEADERSHIP");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("NaN");
    expect(JSON.parse(text)).toMatchObject({
      respondents: 0,
      hasData: false,
      ikm: null,
      index: null,
      grade: null,
      ci95: null,
    });
  });

  it.each([
    ["from=2031-02-30&to=2031-03-31", "from"],
    ["from=2031-03-01&to=kemarin", "to"],
    ["from=2031-03-31&to=2031-03-01", "to"],
    ["from=2031-03-01&to=2031-03-31&licenseType=TIDAK-ADA", "licenseType"],
    ["from=2031-03-01&to=2031-03-31&counter=L99", "counter"],
    ["from=2031-03-01&to=2031-03-31&questionnaire=SKM-1999", "questionnaire"],
    ["from=2031-03-01&to=2031-03-31&channel=fax", "channel"],
  ])("422 for %s naming %s", async (query, field) => {
    const res = await call(getSummary, query, "LEADERSHIP");
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fields)).toContain(field);
  });

  it("401 without credentials, 403 for an officer", async () => {
    expect((await call(getSummary, "from=2031-03-01&to=2031-03-31")).status).toBe(401);
    expect((await call(getSummary, "from=2031-03-01&to=2031-03-31", "OFFICER")).status).toBe(403);
  });
});

describe("SKM CSV exports", () => {
  it("per-element summary for the dashboard roles", async () => {
    const res = await call(getElementsCsv, "from=2031-03-01&to=2031-03-31", "LEADERSHIP");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text).toContain("U3,Waktu Penyelesaian,");
    expect((await call(getElementsCsv, "from=2031-03-01&to=2031-03-31", "OFFICER")).status).toBe(403);
  });

  it("anonymised raw responses: PLANNER/ADMIN only, streamed, formulas neutralised", async () => {
    expect((await call(getResponsesCsv, "from=2031-03-01&to=2031-03-31", "LEADERSHIP")).status).toBe(403);
    expect((await call(getResponsesCsv, "from=2031-03-01&to=2031-03-31")).status).toBe(401);
    const res = await call(getResponsesCsv, "from=2031-03-01&to=2031-03-31", "PLANNER");
    expect(res.status).toBe(200);
    const text = await res.text();
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 121);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""klik"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect((await call(getResponsesCsv, "from=2031-03-01&to=2031-03-31&counter=L99", "ADMIN")).status).toBe(422);
  });
});

describe("SKM dashboard comments", () => {
  it("the comment search ignores letter case on both engines", async () => {
    await insertCommentedResponse(
      "2031-03-06T03:00:00Z",
      "ANTRIAN terlalu lama di loket 2",
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
    );
    const filter = { questionnaire: "SKM-2017", from: "2031-03-01", to: "2031-03-31" };
    for (const term of ["antrian", "Antrian", "LOKET 2"]) {
      const data = await getSkmDashboard(filter, { trendKind: "month", trendCount: 1, commentSearch: term });
      expect(data.comments.map((c) => c.comment)).toEqual(["ANTRIAN terlalu lama di loket 2"]);
    }
  });
});

describe("bulk loader", () => {
  it("leaves exactly the aggregates insertSurveyResponsesBulk leaves, including increments of existing slices", async () => {
    const db = getDb();
    const ids = { lt: ltIds.map((l) => l.id), counters: counterIds.map((c) => c.id) };
    const first = makeResponses(11, "2032-01", 10, 15, ids);
    const second = makeResponses(12, "2032-01", 10, 15, ids);
    const shift = (rows: NewSurveyResponse[]) =>
      rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt.getTime() + 366 * 86_400_000) })); // 2032 is a leap year → same date in 2033
    await insertSurveyResponsesBulk(first);
    await insertSurveyResponsesBulk(second);
    await bulkLoadSurveyResponses(shift(first));
    await bulkLoadSurveyResponses(shift(second));
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map(({ id: _id, day, ...rest }) => ({ day: String(day).slice(5), ...rest }));
    const order = [
      { day: "asc" as const },
      { licenseTypeId: "asc" as const },
      { counterId: "asc" as const },
      { channel: "asc" as const },
    ];
    const a = strip(await db.skmDailyAggregate.findMany({ where: { day: { startsWith: "2032-" } }, orderBy: order }));
    const b = strip(await db.skmDailyAggregate.findMany({ where: { day: { startsWith: "2033-" } }, orderBy: order }));
    expect(a.length).toBeGreaterThan(100);
    expect(b.length).toBe(a.length);
    for (let i = 0; i < a.length; i++) {
      const { scoreSum: sa, scoreSumSq: qa, ...ra } = a[i] as unknown as Record<string, number>;
      const { scoreSum: sb, scoreSumSq: qb, ...rb } = b[i] as unknown as Record<string, number>;
      expect(rb).toEqual(ra);
      expect(sb).toBeCloseTo(sa, 9);
      expect(qb).toBeCloseTo(qa, 9);
    }
  });
});
