import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar/working-days";
import { classifyStaffDay, officeHoursOn, summariseStaffDays } from "./classify";
import { parseWibTimestamp } from "./parse-log";
import { DEFAULT_ATTENDANCE_RULES, type TAttendanceRules } from "./schemas";

// The week of 25–29 May 2026: Wednesday 27 is Iduladha (libur nasional), Thursday 28 cuti bersama.
const calendar = createWorkCalendar([
  { date: "2026-05-27", kind: "libur_nasional", name: "Iduladha 1447 H" },
  { date: "2026-05-28", kind: "cuti_bersama", name: "Cuti Bersama Iduladha" },
]);
const at = (stamp: string) => parseWibTimestamp(stamp)!;
const day = (
  date: string,
  times: string[],
  leave: "cuti" | "sakit" | "dinas_luar" | null = null,
  rules = DEFAULT_ATTENDANCE_RULES,
) => classifyStaffDay({ date, calendar, rules, punches: times.map((t) => at(`${date} ${t}`)), leave });

describe("classifyStaffDay on a hand-computed week", () => {
  it("classifies leave, a late day, a holiday, cuti bersama and a Friday", () => {
    const week = [
      day("2026-05-25", ["07:20:05", "16:02:00"], "cuti"),
      day("2026-05-26", ["07:52:59", "16:10:00"]),
      day("2026-05-27", ["07:10:00", "12:00:00"]),
      day("2026-05-28", []),
      day("2026-05-29", ["07:44:30", "11:35:00"]),
      day("2026-05-30", ["08:00:00"]),
    ];
    expect(week.map((d) => d.status)).toEqual([
      "on_leave",
      "late",
      "not_working_day",
      "not_working_day",
      "on_time",
      "not_working_day",
    ]);
    // 07:52 against 07:30 + 15 minutes' grace: late, counted from 07:30.
    expect(week[1]).toMatchObject({ arrival: "07:52", departure: "16:10", lateMinutes: 22, earlyMinutes: 0 });
    // Friday ends at 11:30, so 11:35 is not early; 07:44 is inside the grace.
    expect(week[4]).toMatchObject({
      arrival: "07:44",
      departure: "11:35",
      lateMinutes: 0,
      hours: { start: "07:30", end: "11:30" },
    });
    expect(summariseStaffDays(week)).toEqual({
      workingDays: 3,
      leaveDays: 1,
      absentDays: 0,
      presentDays: 2,
      onTimeDays: 1,
      lateDays: 1,
      leftEarlyDays: 0,
      totalLateMinutes: 22,
      punctualityRate: 0.5,
      attendanceRate: 1,
    });
  });

  it("an absence without record, leaving early and a missing check-out", () => {
    const week = [
      day("2026-05-25", []),
      day("2026-05-26", ["07:46:00", "15:30:00"]),
      day("2026-05-29", ["07:15:00", "11:10:00"]),
    ];
    expect(week.map((d) => d.status)).toEqual(["absent", "late", "left_early"]);
    expect(week[1]).toMatchObject({ lateMinutes: 16, earlyMinutes: 30 });
    expect(week[2]).toMatchObject({ lateMinutes: 0, earlyMinutes: 20 });
    expect(day("2026-05-26", ["07:31:00"])).toMatchObject({
      status: "left_early",
      departure: null,
      earlyMinutes: null,
    });
    // The punches' order in the file does not matter.
    expect(day("2026-05-26", ["16:05:00", "07:45:59"]).status).toBe("on_time");
    expect(summariseStaffDays(week)).toMatchObject({
      workingDays: 3,
      absentDays: 1,
      presentDays: 2,
      onTimeDays: 0,
      totalLateMinutes: 16,
      punctualityRate: 0,
      attendanceRate: 2 / 3,
    });
  });

  it("a Ramadan override changes the hours inside its date range only", () => {
    const ramadan = { start: "08:00", end: "15:00" };
    const rules: TAttendanceRules = {
      ...DEFAULT_ATTENDANCE_RULES,
      overrides: [
        {
          name: "Ramadan 1447 H",
          from: "2026-02-18",
          to: "2026-03-19",
          hours: { "1": ramadan, "2": ramadan, "3": ramadan, "4": ramadan, "5": { start: "08:00", end: "11:00" } },
        },
      ],
    };
    expect(officeHoursOn(rules, "2026-03-02")).toEqual(ramadan);
    expect(officeHoursOn(rules, "2026-03-20")).toEqual({ start: "07:30", end: "11:30" });
    expect(officeHoursOn(rules, "2026-03-21")).toBeNull();
    expect(day("2026-03-02", ["08:10:00", "15:00:00"], null, rules)).toMatchObject({
      status: "on_time",
      lateMinutes: 0,
    });
    expect(day("2026-03-02", ["08:10:00", "15:00:00"])).toMatchObject({
      status: "late",
      lateMinutes: 40,
      earlyMinutes: 60,
    });
  });

  it("no present day and no due day give null rates", () => {
    expect(summariseStaffDays([day("2026-05-25", [], "sakit")])).toMatchObject({
      punctualityRate: null,
      attendanceRate: null,
      leaveDays: 1,
    });
  });
});
