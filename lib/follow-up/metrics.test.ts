import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar/working-days";
import { computeFollowUpKpis, type FollowUpMetricRow } from "./metrics";

// The 2026 SKB holidays of July–September (prisma/data/holidays-id.csv): 17 August (Monday) and 25 August (Tuesday).
const cal = createWorkCalendar([
  { date: "2026-08-17", kind: "libur_nasional", name: "Proklamasi Kemerdekaan" },
  { date: "2026-08-25", kind: "libur_nasional", name: "Maulid Nabi Muhammad SAW" },
]);
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

/**
 * Hand-computed (day 0 = the creation day; working days Mon–Fri without the holidays):
 * A 1 Jul (Wed) → done 10 Jul (Fri), due 15 Jul: on time, 2 + 5 = 7 days
 * B 6 Jul (Mon) → done 5 Aug (Wed), due 31 Jul: late, 4 + 5 + 5 + 5 + 3 = 22 days
 * C 10 Aug (Mon) → done 20 Aug (Thu), due 21 Aug: on time, 11–14 Aug (4) + 18–20 Aug (3) = 7 (17 Aug is a holiday)
 * D due 15 Sep, still in progress: due, not done → counts against the share
 * E due 30 Sep, dropped: out of both figures
 * F 1 Sep (Tue) → done 11 Sep (Fri), due 30 Oct: done in Q3 (speed 3 + 5 = 8) but judged on time in Q4
 * G due and done in June: another period
 * H due 2 Oct, planned: not yet due in Q3
 */
const FOLLOW_UP_CASE: (FollowUpMetricRow & { name: string })[] = [
  { name: "A", status: "done", startDay: "2026-07-01", dueDay: "2026-07-15", doneDay: "2026-07-10" },
  { name: "B", status: "done", startDay: "2026-07-06", dueDay: "2026-07-31", doneDay: "2026-08-05" },
  { name: "C", status: "done", startDay: "2026-08-10", dueDay: "2026-08-21", doneDay: "2026-08-20" },
  { name: "D", status: "in_progress", startDay: "2026-08-03", dueDay: "2026-09-15", doneDay: null },
  { name: "E", status: "dropped", startDay: "2026-08-03", dueDay: "2026-09-30", doneDay: null },
  { name: "F", status: "done", startDay: "2026-09-01", dueDay: "2026-10-30", doneDay: "2026-09-11" },
  { name: "G", status: "done", startDay: "2026-06-01", dueDay: "2026-06-30", doneDay: "2026-06-29" },
  { name: "H", status: "planned", startDay: "2026-09-20", dueDay: "2026-10-02", doneDay: null },
];

describe("follow-up KPIs", () => {
  it("after the quarter: 2 of 4 due actions done on time = 50,0 %; median of 7, 7, 8, 22 working days = 7,5", () => {
    expect(computeFollowUpKpis(cal, FOLLOW_UP_CASE, Q3, "2026-10-05")).toEqual({
      due: 4,
      doneOnTime: 2,
      onTimePercent: 50,
      done: 4,
      medianWorkingDaysToDone: 7.5,
    });
  });

  it("on 10 September only A, B and C are due yet: 2 of 3 = 66,7 %", () => {
    const kpis = computeFollowUpKpis(cal, FOLLOW_UP_CASE, Q3, "2026-09-10");
    expect(kpis).toMatchObject({ due: 3, doneOnTime: 2, onTimePercent: 66.7 });
  });

  it("counts the holiday: without 17 and 25 August, C takes 8 days and the median is 8", () => {
    const plain = createWorkCalendar([]);
    expect(computeFollowUpKpis(plain, FOLLOW_UP_CASE, Q3, "2026-10-05").medianWorkingDaysToDone).toBe(8);
  });

  it("no actions: no share and no median, never 0", () => {
    expect(computeFollowUpKpis(cal, [], Q3, "2026-10-05")).toEqual({
      due: 0,
      doneOnTime: 0,
      onTimePercent: null,
      done: 0,
      medianWorkingDaysToDone: null,
    });
  });

  it("an action done on its creation day took 0 working days", () => {
    const rows = [{ status: "done", startDay: "2026-07-08", dueDay: "2026-07-08", doneDay: "2026-07-08" }];
    expect(computeFollowUpKpis(cal, rows, Q3, "2026-10-05")).toMatchObject({
      onTimePercent: 100,
      medianWorkingDaysToDone: 0,
    });
  });
});
