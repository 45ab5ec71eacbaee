import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar/working-days";
import { parseWibTimestamp } from "./parse-log";
import { DEFAULT_ATTENDANCE_RULES } from "./schemas";
import { computeCounterCoverage } from "./counter-coverage";
import { absencesWithoutRecord, classifyStaff, summariseUnits } from "./staff-days";

// Monday 25 – Friday 29 May 2026; Wednesday 27 Iduladha, Thursday 28 cuti bersama. Logs imported for 25–28 only.
const calendar = createWorkCalendar([
  { date: "2026-05-27", kind: "libur_nasional", name: "Iduladha 1447 H" },
  { date: "2026-05-28", kind: "cuti_bersama", name: "Cuti Bersama Iduladha" },
]);
const at = (s: string) => parseWibTimestamp(s)!;
const period = {
  from: "2026-05-25",
  to: "2026-05-29",
  calendar,
  rules: DEFAULT_ATTENDANCE_RULES,
  recorded: [{ firstDay: "2026-05-25", lastDay: "2026-05-28" }],
};
// Ani (L1) late on Monday, on time Tuesday; Budi (L1 from Tuesday) on time Monday; Citra (L2) absent Monday, on
// leave Tuesday; L3 has no roster.
const people = classifyStaff({
  ...period,
  staff: [
    { id: "ani", name: "Ani", unit: "Pelayanan" },
    { id: "budi", name: "Budi", unit: "Pelayanan" },
    { id: "citra", name: "Citra", unit: null },
  ],
  punches: [
    { userId: "ani", at: at("2026-05-25 07:50:00"), day: "2026-05-25" },
    { userId: "ani", at: at("2026-05-25 16:00:00"), day: "2026-05-25" },
    { userId: "ani", at: at("2026-05-26 07:20:00"), day: "2026-05-26" },
    { userId: "ani", at: at("2026-05-26 16:00:00"), day: "2026-05-26" },
    { userId: "budi", at: at("2026-05-25 07:25:00"), day: "2026-05-25" },
    { userId: "budi", at: at("2026-05-25 16:05:00"), day: "2026-05-25" },
  ],
  leaves: [{ userId: "citra", kind: "sakit", fromDay: "2026-05-26", toDay: "2026-05-26" }],
});

describe("counter coverage", () => {
  it("joins the roster with the officers' days", () => {
    const [l1, l2, l3] = computeCounterCoverage({
      ...period,
      counterIds: [1, 2, 3],
      people,
      assignments: [
        { counterId: 1, userId: "ani", fromDay: "2026-05-01", toDay: null },
        { counterId: 1, userId: "budi", fromDay: "2026-05-26", toDay: null },
        { counterId: 2, userId: "citra", fromDay: "2026-05-01", toDay: "2026-05-31" },
      ],
    });
    // Monday: only Ani rostered at L1 (Budi from Tuesday), she came 07:50 → opened late. Tuesday: Ani 07:20.
    // Friday 29 lies after the imported logs → no data.
    expect(l1.days.map((d) => `${d.date.slice(8)}:${d.status}:${d.firstArrival ?? "-"}`)).toEqual([
      "25:late_opening:07:50",
      "26:staffed:07:20",
      "29:no_data:-",
    ]);
    expect(l1).toMatchObject({ recordedDays: 2, staffedDays: 1, lateOpeningDays: 1, coverageRate: 0.5 });
    expect(l2).toMatchObject({ unstaffedDays: 2, staffedDays: 0, coverageRate: 0 });
    expect(l3).toMatchObject({ noRosterDays: 2, coverageRate: 0 });
  });

  it("units pool their members' days; absences without record by date", () => {
    // Pelayanan: Ani 2 present (1 on time), Budi 1 present on time, 1 absent (Tuesday) → 3 of 4 due, 2 of 3 on time.
    expect(
      summariseUnits(people).map((u) => [u.unit, u.members, u.figures.attendanceRate, u.figures.punctualityRate]),
    ).toEqual([
      ["Pelayanan", 2, 0.75, 2 / 3],
      [null, 1, 0, null],
    ]);
    expect(absencesWithoutRecord(people).map((a) => `${a.date}:${a.name}`)).toEqual([
      "2026-05-25:Citra",
      "2026-05-26:Budi",
    ]);
  });
});
