import { describe, it, expect, beforeAll } from "vitest";
import { importApplicationsCsv } from "@/lib/applications/import";
import { createInvitation } from "@/lib/skm/invitation-store";
import { submitSurveyResponse } from "@/lib/skm/submit-response";
import { getPerceptionComparison } from "@/lib/skm/perception-queries";
import { parsePeriodKey } from "@/lib/periods/periods";
import { getDb } from "@/lib/db/client";

// Issue 20 §4 on both engines, a hand-made semester (2029-S1, no other test writes there): responses tied to their
// application by the invitation, compared by what was measured on the file, and every group under n hidden,
// including the one the all-types row would otherwise give away.
const admin = { id: null, label: "test-admin", role: "ADMIN" as const };
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter";
const ON_TIME = "2029-01-10"; // 2 working days after Monday 8 January (SLA 5)
const LATE = "2029-01-22"; // 10 working days
const TARIFF: Record<string, number> = { REKLAME: 350_000, "SIP-DOKTER": 0, "SIP-BIDAN": 0 };

/** [licence type, finished on time?, fee as the tariff?, answer to both U3 and U4] */
const FILES: [string, boolean, boolean, number][] = [
  ["SIP-DOKTER", true, true, 4],
  ["SIP-DOKTER", true, true, 3],
  ["SIP-DOKTER", true, true, 3],
  ["SIP-DOKTER", false, true, 1], // the one late SIP-DOKTER file: its answer must not be derivable
  ["SIP-BIDAN", true, true, 4],
  ["SIP-BIDAN", true, true, 4],
  ["SIP-BIDAN", true, true, 4],
  ["SIP-BIDAN", false, false, 2],
  ["SIP-BIDAN", false, false, 2],
  ["SIP-BIDAN", false, false, 2],
  ["REKLAME", true, true, 4],
  ["REKLAME", true, true, 4],
  ["REKLAME", true, true, 3],
  ["REKLAME", true, true, 3],
  ["REKLAME", false, false, 2],
  ["REKLAME", false, false, 3],
  ["REKLAME", false, false, 2],
  ["REKLAME", false, false, 2],
];

const ANSWERS = { U1: 3, U2: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };
const RESPONDENT = { age: 41, sex: "L", education: "SMA", occupation: "Wirausaha" };

async function respond(applicationNo: string | undefined, licenseType: string, answer: number, day: string) {
  const invitation = await createInvitation(
    { licenseType, counter: "L1", applicationNo },
    admin,
    new Date(`${day}T08:00:00+07:00`),
  );
  await submitSurveyResponse(
    {
      questionnaire: "SKM-2017",
      channel: "link",
      token: invitation.token,
      answers: { ...ANSWERS, U3: answer, U4: answer },
      respondent: RESPONDENT,
    },
    { now: new Date(`${day}T10:00:00+07:00`), caller: { kind: "public" } },
  );
}

const typeIds = async () =>
  Object.fromEntries(
    (await getDb().licenseType.findMany({ where: { code: { in: Object.keys(TARIFF) } } })).map((lt) => [
      lt.code,
      lt.id,
    ]),
  );

beforeAll(async () => {
  const rows = FILES.map(([code, onTime, asTariff], index) =>
    [
      `PJ-${String(index).padStart(2, "0")}`,
      code,
      "Pemohon",
      "individual",
      "Kota",
      "Kemasan",
      "2029-01-08T09:00",
      onTime ? ON_TIME : LATE,
      "issued",
      asTariff ? TARIFF[code] : TARIFF[code] + 100_000,
      "L1",
    ].join(","),
  );
  const result = await importApplicationsCsv([HEADER, ...rows].join("\n"), {
    actor: admin,
    now: new Date("2029-01-25T10:00:00+07:00"),
  });
  expect(result).toMatchObject({ imported: FILES.length, invalidRows: 0 });
  for (const [index, [code, , , answer]] of FILES.entries())
    await respond(`PJ-${String(index).padStart(2, "0")}`, code, answer, "2029-02-01");
  // Not counted: a response without an application, and one in the next semester.
  await respond(undefined, "REKLAME", 1, "2029-02-02");
  await respond("PJ-00", "SIP-DOKTER", 1, "2029-07-02");
});

describe("perception joined to performance", () => {
  it("speed: only REKLAME is shown; SIP-DOKTER's late group of one is hidden, and SIP-BIDAN too, so the total gives nothing away", async () => {
    const report = await getPerceptionComparison(parsePeriodKey("2029-S1")!, 3);
    expect(report.linkedResponses).toBe(FILES.length);
    const ids = await typeIds();
    const row = (code: string) => report.speed.rows.find((r) => r.licenseTypeId === ids[code]);
    expect(row("SIP-DOKTER")).toMatchObject({ shown: false, a: null, b: null, hiddenBecause: "small_group" });
    expect(row("SIP-BIDAN")).toMatchObject({ shown: false, a: null, b: null, hiddenBecause: "complement" });
    // REKLAME: within 14 / 4 = 3,50; over 9 / 4 = 2,25.
    expect(row("REKLAME")).toMatchObject({
      shown: true,
      a: { n: 4, mean: 3.5 },
      b: { n: 4, mean: 2.25 },
      difference: -1.25,
    });
    // All types: within (10 + 12 + 14) / 10 = 3,60; over (1 + 6 + 9) / 8 = 2,00.
    expect(report.speed.total).toEqual({
      shown: true,
      a: { n: 10, mean: 3.6 },
      b: { n: 8, mean: 2 },
      difference: -1.6,
    });
    // total − REKLAME leaves an "over" group of 4 respondents (SIP-DOKTER + SIP-BIDAN), never the single late file.
    expect(report.speed.total.b!.n - row("REKLAME")!.b!.n).toBeGreaterThanOrEqual(3);
  });

  it("cost: U4 by fee against the tariff; a type with an empty group is hidden, the others stand", async () => {
    const report = await getPerceptionComparison(parsePeriodKey("2029-S1")!, 3);
    const ids = await typeIds();
    const row = (code: string) => report.cost.rows.find((r) => r.licenseTypeId === ids[code]);
    // SIP-DOKTER: every file charged the tariff, so its "different" group is empty (n 0 < 3).
    expect(row("SIP-DOKTER")).toMatchObject({ shown: false, hiddenBecause: "small_group" });
    expect(row("SIP-BIDAN")).toMatchObject({ a: { n: 3, mean: 4 }, b: { n: 3, mean: 2 }, difference: -2 });
    expect(row("REKLAME")).toMatchObject({ a: { n: 4, mean: 3.5 }, b: { n: 4, mean: 2.25 }, difference: -1.25 });
    // As tariff (11 + 12 + 14) / 11 = 3,3636; different (6 + 9) / 7 = 2,1429; difference −1,2208.
    expect(report.cost.total).toEqual({
      shown: true,
      a: { n: 11, mean: 3.36 },
      b: { n: 7, mean: 2.14 },
      difference: -1.22,
    });
  });

  it("with the default n of 30 nothing of this semester is shown", async () => {
    const report = await getPerceptionComparison(parsePeriodKey("2029-S1")!, 30);
    expect(report.speed.rows.every((r) => !r.shown && r.a === null && r.b === null)).toBe(true);
    expect(report.speed.total).toEqual({ shown: false, a: null, b: null, difference: null });
    expect(report.cost.total.shown).toBe(false);
  });
});
