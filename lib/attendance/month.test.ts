import { describe, expect, it } from "vitest";
import { attendanceMonth, lastWeekWindow } from "./month";

describe("attendanceMonth", () => {
  it("a past month whole, the current month up to today, bad input → today's month", () => {
    expect(attendanceMonth("2026-02", "2026-05-20")).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(attendanceMonth(undefined, "2026-05-20")).toMatchObject({
      month: "2026-05",
      from: "2026-05-01",
      to: "2026-05-20",
      labelId: "Mei 2026",
    });
    expect(attendanceMonth("2026-13", "2026-05-20").month).toBe("2026-05");
    expect(attendanceMonth("2026-07", "2026-05-20")).toMatchObject({ from: "2026-07-01", to: "2026-07-01" });
  });
});

describe("lastWeekWindow", () => {
  it("is the seven days before today", () => {
    expect(lastWeekWindow("2026-06-01")).toEqual({ from: "2026-05-25", to: "2026-05-31" });
  });
});
