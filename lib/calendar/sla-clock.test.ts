import { describe, expect, it } from "vitest";
import { computeSlaClock, type SlaClockInput } from "./working-days";
import { calendar, calendarCutiWorks } from "./working-days.fixtures";

function clock(input: Partial<SlaClockInput> & Pick<SlaClockInput, "clockStart" | "slaDays" | "today">) {
  return computeSlaClock(calendar, { pauses: [], finishedOn: null, ...input });
}

describe("computeSlaClock", () => {
  it("finds the due date across the 2026 Nyepi and Idulfitri stretch", () => {
    const input = { clockStart: "2026-03-17", slaDays: 3, pauses: [], finishedOn: null, today: "2026-03-24" };
    expect(computeSlaClock(calendar, input)).toEqual({
      dueDate: "2026-03-27",
      elapsedWorkingDays: 0,
      pausedWorkingDays: 0,
      remainingWorkingDays: 3,
      isOverdue: false,
      processingDays: null,
      isOnTime: null,
    });
    expect(computeSlaClock(calendarCutiWorks, input)).toEqual({
      dueDate: "2026-03-23",
      elapsedWorkingDays: 4, // 18, 20, 23, 24
      pausedWorkingDays: 0,
      remainingWorkingDays: -1,
      isOverdue: true,
      processingDays: null,
      isOnTime: null,
    });
  });

  it("finds the due date across the 2025 Idulfitri stretch", () => {
    expect(clock({ clockStart: "2025-03-26", slaDays: 3, today: "2025-04-07" })).toMatchObject({
      dueDate: "2025-04-09", // 27 Mar, 8 Apr, 9 Apr
      elapsedWorkingDays: 1,
      remainingWorkingDays: 2,
      isOverdue: false,
    });
  });

  it("crosses the year boundary", () => {
    // 23, 24, 29, 30, 31 Dec, (1 Jan closed), 2 Jan
    expect(clock({ clockStart: "2025-12-22", slaDays: 6, today: "2026-01-02" })).toMatchObject({
      dueDate: "2026-01-02",
      elapsedWorkingDays: 6,
      remainingWorkingDays: 0,
      isOverdue: false,
    });
    expect(clock({ clockStart: "2025-12-22", slaDays: 5, today: "2026-01-02" })).toMatchObject({
      dueDate: "2025-12-31",
      isOverdue: true,
    });
  });

  it("is on time when finished on exactly the SLA-th working day, late one day after", () => {
    const base = { clockStart: "2026-01-05", slaDays: 5, today: "2026-01-20" };
    expect(clock({ ...base, finishedOn: "2026-01-12" })).toEqual({
      dueDate: "2026-01-12",
      elapsedWorkingDays: 5,
      pausedWorkingDays: 0,
      remainingWorkingDays: 0,
      isOverdue: false,
      processingDays: 5,
      isOnTime: true,
    });
    expect(clock({ ...base, finishedOn: "2026-01-13" })).toMatchObject({
      processingDays: 6,
      isOnTime: false,
      isOverdue: false,
      remainingWorkingDays: -1,
    });
  });

  it("finishing on day 0 takes 0 working days", () => {
    const result = clock({ clockStart: "2026-01-05", slaDays: 3, finishedOn: "2026-01-05", today: "2026-01-05" });
    expect(result).toMatchObject({ processingDays: 0, isOnTime: true, dueDate: "2026-01-08" });
  });

  it("is overdue only after the due date has passed", () => {
    const base = { clockStart: "2026-01-05", slaDays: 5 };
    expect(clock({ ...base, today: "2026-01-12" })).toMatchObject({ isOverdue: false, remainingWorkingDays: 0 });
    expect(clock({ ...base, today: "2026-01-13" })).toMatchObject({
      isOverdue: true,
      elapsedWorkingDays: 6,
      remainingWorkingDays: -1,
    });
    // over a weekend the due date has passed even though no working day was added
    expect(clock({ clockStart: "2026-01-02", slaDays: 5, today: "2026-01-10" })).toMatchObject({
      dueDate: "2026-01-09",
      isOverdue: true,
      remainingWorkingDays: 0,
    });
  });

  it("extends the due date by each working day the file was returned to the applicant", () => {
    // Returned Wed 7 Jan, back Fri 9 Jan: 7 and 8 Jan are paused, 9 Jan counts again.
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 5,
      pauses: [{ from: "2026-01-07", to: "2026-01-09" }],
      finishedOn: "2026-01-14",
      today: "2026-01-20",
    });
    expect(result).toEqual({
      dueDate: "2026-01-14",
      elapsedWorkingDays: 5, // 6, 9, 12, 13, 14
      pausedWorkingDays: 2,
      remainingWorkingDays: 0,
      isOverdue: false,
      processingDays: 5,
      isOnTime: true,
    });
  });

  it("pauses over weekends and holidays only take out working days", () => {
    // Returned Fri 12 Dec 2025, back Fri 2 Jan 2026: 12–31 Dec has 12 working days (25, 26 Dec closed).
    const result = clock({
      clockStart: "2025-12-10",
      slaDays: 3,
      pauses: [{ from: "2025-12-12", to: "2026-01-02" }],
      today: "2026-01-02",
    });
    expect(result).toMatchObject({ pausedWorkingDays: 12, elapsedWorkingDays: 2, dueDate: "2026-01-05" });
  });

  it("keeps an open pause running up to and including today", () => {
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 5,
      pauses: [{ from: "2026-01-08", to: null }],
      today: "2026-01-12",
    });
    expect(result).toEqual({
      dueDate: "2026-01-15", // 6, 7, then (after the pause, assumed back tomorrow) 13, 14, 15
      elapsedWorkingDays: 2,
      pausedWorkingDays: 3, // 8, 9, 12
      remainingWorkingDays: 3,
      isOverdue: false,
      processingDays: null,
      isOnTime: null,
    });
  });

  it("counts overlapping pauses once and ignores pauses outside (clockStart, end]", () => {
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 5,
      pauses: [
        { from: "2026-01-07", to: "2026-01-09" },
        { from: "2026-01-08", to: "2026-01-10" },
        { from: "2026-01-01", to: "2026-01-05" }, // before the clock started
        { from: "2026-01-05", to: "2026-01-06" }, // day 0 only
        { from: "2026-01-14", to: "2026-01-14" }, // empty
        { from: "2026-02-02", to: null }, // after today
      ],
      today: "2026-01-13",
    });
    expect(result).toMatchObject({ pausedWorkingDays: 3, elapsedWorkingDays: 3, dueDate: "2026-01-15" });
  });

  it("does not move the due date for a pause that starts after it (the file was already late)", () => {
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 2,
      pauses: [{ from: "2026-01-09", to: "2026-01-13" }],
      finishedOn: "2026-01-14",
      today: "2026-01-14",
    });
    expect(result).toMatchObject({ dueDate: "2026-01-07", pausedWorkingDays: 2, processingDays: 5, isOnTime: false });
  });

  it("applies the 'cuti bersama works' option to pauses too", () => {
    const result = computeSlaClock(calendarCutiWorks, {
      clockStart: "2026-03-16",
      slaDays: 3,
      pauses: [{ from: "2026-03-18", to: "2026-03-23" }], // 18 and 20 Mar are working days in this calendar
      finishedOn: null,
      today: "2026-03-23",
    });
    expect(result).toMatchObject({ pausedWorkingDays: 2, elapsedWorkingDays: 2, dueDate: "2026-03-24" });
  });

  it("rejects a bad SLA or date", () => {
    expect(() => clock({ clockStart: "2026-01-05", slaDays: -1, today: "2026-01-05" })).toThrow(/slaDays/);
    expect(() => clock({ clockStart: "2026-01-05", slaDays: 2.5, today: "2026-01-05" })).toThrow(/slaDays/);
    expect(() => clock({ clockStart: "2026-1-5", slaDays: 2, today: "2026-01-05" })).toThrow(/clockStart/);
    expect(() =>
      clock({ clockStart: "2026-01-05", slaDays: 2, today: "2026-01-05", pauses: [{ from: "x", to: null }] }),
    ).toThrow(/pause\.from/);
  });
});
