import { describe, expect, it } from "vitest";
import { daysByMonth, splitIntoMonths } from "./month-split";

describe("splitIntoMonths", () => {
  it("takes whole months and leaves the partial ends as days", () => {
    expect(splitIntoMonths("2026-01-15", "2026-04-10")).toEqual({
      dayRanges: [
        { from: "2026-01-15", to: "2026-01-31" },
        { from: "2026-04-01", to: "2026-04-10" },
      ],
      months: { from: "2026-02", to: "2026-03" },
    });
  });

  it("is whole months only for a calendar year or quarter", () => {
    expect(splitIntoMonths("2026-01-01", "2026-12-31")).toEqual({
      dayRanges: [],
      months: { from: "2026-01", to: "2026-12" },
    });
    expect(splitIntoMonths("2024-01-01", "2024-02-29")).toEqual({
      dayRanges: [],
      months: { from: "2024-01", to: "2024-02" },
    });
  });

  it("keeps a year to date's current month as days", () => {
    expect(splitIntoMonths("2026-01-01", "2026-12-06")).toEqual({
      dayRanges: [{ from: "2026-12-01", to: "2026-12-06" }],
      months: { from: "2026-01", to: "2026-11" },
    });
  });

  it("crosses a year end", () => {
    expect(splitIntoMonths("2025-12-07", "2026-02-28")).toEqual({
      dayRanges: [{ from: "2025-12-07", to: "2025-12-31" }],
      months: { from: "2026-01", to: "2026-02" },
    });
  });

  it("is days only inside one month or across two partial months", () => {
    expect(splitIntoMonths("2026-03-02", "2026-03-30")).toEqual({
      dayRanges: [{ from: "2026-03-02", to: "2026-03-30" }],
      months: null,
    });
    expect(splitIntoMonths("2026-03-15", "2026-04-14")).toEqual({
      dayRanges: [{ from: "2026-03-15", to: "2026-04-14" }],
      months: null,
    });
    expect(splitIntoMonths("2026-02-28", "2026-02-28")).toEqual({
      dayRanges: [{ from: "2026-02-28", to: "2026-02-28" }],
      months: null,
    });
  });

  it("is a whole month when the range is exactly one", () => {
    expect(splitIntoMonths("2026-02-01", "2026-02-28")).toEqual({
      dayRanges: [],
      months: { from: "2026-02", to: "2026-02" },
    });
  });

  it("is empty for an empty range and refuses non-dates", () => {
    expect(splitIntoMonths("2026-05-02", "2026-05-01")).toEqual({ dayRanges: [], months: null });
    expect(() => splitIntoMonths("2026-02-30", "2026-03-01")).toThrow(RangeError);
  });
});

describe("daysByMonth", () => {
  it("groups days by calendar month, in order, without repeats", () => {
    expect(daysByMonth(["2026-02-03", "2025-12-31", "2026-01-31", "2026-02-01", "2026-02-03", "2026-01-01"])).toEqual([
      ["2025-12-31"],
      ["2026-01-01", "2026-01-31"],
      ["2026-02-01", "2026-02-03"],
    ]);
  });

  it("is nothing for no days", () => {
    expect(daysByMonth([])).toEqual([]);
  });
});
