import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { insertSurveyResponse } from "@/lib/skm/response-store";
import { SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { wibStartOfDay } from "@/lib/calendar/working-days";
import { getSkmElementByCounter } from "@/lib/skm/counter-breakdown-queries";
import { getSkmSummaryForFilter } from "@/lib/skm/summary-queries";

// Issue 16: a bar of the SKM dashboard's per-element chart opens that element's detail: its NRR (the bar's figure)
// and its NRR per counter, for the same period and filters. Data in 2011, a year no other test writes: every element
// answered 4 except U3 (waktu penyelesaian), which differs per response; one response leaves U3 blank.

/** Paper responses [day, counter id, U3 answer, licence type id], every other element answered 4, in one write. */
async function respondAll(rows: ReadonlyArray<readonly [string, number | null, number | null, number | null]>) {
  await getDb().$transaction(async (tx) => {
    for (const [day, counterId, u3, licenseTypeId] of rows) {
      const answers = Object.fromEntries(
        SKM_2017_QUESTIONNAIRE.elements.map((e) => [e.code, e.code === "U3" ? u3 : 4]),
      );
      const submittedAt = new Date(wibStartOfDay(day).getTime() + 3 * 3_600_000);
      await insertSurveyResponse(tx, {
        questionnaire: "SKM-2017",
        submittedAt,
        channel: "paper",
        licenseTypeId,
        counterId,
        answers,
      });
    }
  });
}

describe("SKM element detail per counter", () => {
  let l1 = 0;
  let l2 = 0;
  let pbg = 0;
  const range = { from: "2011-03-01", to: "2011-04-05", questionnaire: "SKM-2017" };
  beforeAll(async () => {
    const db = getDb();
    l1 = (await db.counter.findUniqueOrThrow({ where: { code: "L1" } })).id;
    l2 = (await db.counter.findUniqueOrThrow({ where: { code: "L2" } })).id;
    pbg = (await db.licenseType.findUniqueOrThrow({ where: { code: "PBG" } })).id;
    // March 2011 comes from the month roll-up, 1–5 April from the day rows.
    await respondAll([
      ["2011-03-07", l1, 1, pbg],
      ["2011-03-21", l1, 2, null],
      ["2011-04-04", l1, 4, pbg],
      ["2011-03-14", l2, 3, null],
      ["2011-03-15", l2, null, null], // U3 left blank: no U3 answer, still a respondent
      ["2011-04-06", l2, 1, null], // after the range
      ["2011-04-01", null, 2, null],
    ]);
  });

  it("gives U3's answers and NRR per counter: L1 (1+2+4)/3 = 2,3333, L2 3, no counter 2", async () => {
    expect(await getSkmElementByCounter(range, "U3")).toEqual([
      { counterId: 0, answers: 1, nrr: 2 },
      { counterId: l1, answers: 3, nrr: 2.3333 },
      { counterId: l2, answers: 1, nrr: 3 },
    ]);
  });

  it("adds up to the element's NRR on the dashboard: 12 ÷ 5 = 2,4 over 5 answers", async () => {
    const summary = await getSkmSummaryForFilter(range);
    expect(summary.elements.find((e) => e.code === "U3")).toMatchObject({ count: 5, nrr: 2.4 });
  });

  it("follows the licence-type filter, ignores a counter filter, and is empty for an unknown element", async () => {
    expect(await getSkmElementByCounter({ ...range, licenseTypeId: pbg, counterId: l2 }, "U3")).toEqual([
      { counterId: l1, answers: 2, nrr: 2.5 },
    ]);
    expect(await getSkmElementByCounter(range, "U12")).toEqual([]);
  });
});
