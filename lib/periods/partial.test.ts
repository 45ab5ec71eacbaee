import { describe, expect, it } from "vitest";
import { isPartialPeriod, labelWithPartial, partialNote, periodCompleteness } from "./partial";
import { parsePeriodKey } from "./periods";

const TODAY = "2026-12-06";
const period = (key: string) => parsePeriodKey(key)!;

describe("periodCompleteness", () => {
  it.each([
    ["2026-12", { status: "partial", through: TODAY }],
    ["2026-Q4", { status: "partial", through: TODAY }],
    ["2026", { status: "partial", through: TODAY }],
    ["2026-11", { status: "complete" }],
    ["2025", { status: "complete" }],
    ["2027-01", { status: "future" }],
  ])("%s on 6 December 2026 is %j", (key, expected) => {
    expect(periodCompleteness(period(key), TODAY)).toEqual(expected);
  });
  it("a range ending today is partial (the day is not over); one ending yesterday is complete", () => {
    expect(isPartialPeriod({ from: "2026-11-01", to: TODAY }, TODAY)).toBe(true);
    expect(isPartialPeriod({ from: "2026-11-01", to: "2026-12-05" }, TODAY)).toBe(false);
    expect(isPartialPeriod({ from: TODAY, to: TODAY }, TODAY)).toBe(true);
  });
});

describe("partialNote / labelWithPartial", () => {
  it("names the day the current month counts to", () => {
    expect(labelWithPartial("Desember 2026", period("2026-12"), TODAY, "id")).toBe(
      "Desember 2026 (sebagian, s.d. 6 Desember)",
    );
    expect(labelWithPartial("December 2026", period("2026-12"), TODAY, "en")).toBe(
      "December 2026 (partial, to 6 December)",
    );
  });
  it("adds the year when the period ends in another year than today", () => {
    expect(partialNote({ from: "2026-12-01", to: "2027-01-31" }, TODAY, "id")).toBe("(sebagian, s.d. 6 Desember 2026)");
  });
  it("leaves complete and future periods as they are", () => {
    expect(labelWithPartial("November 2026", period("2026-11"), TODAY, "id")).toBe("November 2026");
    expect(partialNote(period("2027"), TODAY, "en")).toBe("");
  });
});
