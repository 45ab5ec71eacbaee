import { describe, it, expect } from "vitest";
import { recentPeriods, resolveDashboardPeriod, skmDashboardQuery } from "./dashboard-params";
import { parsePeriodKey } from "../periods/periods";

describe("resolveDashboardPeriod", () => {
  it("defaults to the last complete quarter", () => {
    expect(resolveDashboardPeriod({}, "2026-11-29")).toMatchObject({
      kind: "quarter",
      period: { key: "2026-Q3", from: "2026-07-01", to: "2026-09-30" },
      trendKind: "quarter",
      rangeError: null,
    });
  });
  it("takes a period key of the chosen kind, and ignores one of another kind", () => {
    expect(resolveDashboardPeriod({ kind: "semester", period: "2025-S2" }, "2026-11-29").period).toMatchObject({
      from: "2025-07-01",
      to: "2025-12-31",
    });
    expect(resolveDashboardPeriod({ kind: "month", period: "2025-S2" }, "2026-11-29").period.key).toBe("2026-10");
  });
  it("custom ranges need valid ordered dates; a refused one shows the default quarter and says why", () => {
    expect(
      resolveDashboardPeriod({ kind: "custom", from: "2026-02-01", to: "2026-02-10" }, "2026-11-29"),
    ).toMatchObject({ period: { from: "2026-02-01", to: "2026-02-10" }, trendKind: "month" });
    expect(
      resolveDashboardPeriod({ kind: "custom", from: "2026-02-10", to: "2026-02-01" }, "2026-11-29"),
    ).toMatchObject({ period: { from: "2026-07-01", to: "2026-09-30" }, rangeError: "endBeforeStart" });
    expect(resolveDashboardPeriod({ kind: "custom" }, "2026-11-29").period).toMatchObject({
      from: "2026-10-01",
      to: "2026-11-29",
    });
  });
  it("opens dari/sampai without a kind, and explains a refused range while showing the default", () => {
    expect(resolveDashboardPeriod({ dari: "2026-01-01", sampai: "2026-03-15" }, "2026-12-06")).toMatchObject({
      kind: "custom",
      period: { key: "2026-01-01..2026-03-15", labelId: "1 Januari – 15 Maret 2026" },
      trendKind: "month",
      rangeError: null,
    });
    expect(resolveDashboardPeriod({ dari: "2026-03-15", sampai: "2026-01-01" }, "2026-12-06")).toMatchObject({
      kind: "quarter",
      period: { key: "2026-Q3" },
      rangeError: "endBeforeStart",
    });
    expect(resolveDashboardPeriod({ dari: "2027-01-01", sampai: "2027-01-31" }, "2026-12-06").rangeError).toBe(
      "future",
    );
  });
  it("a calendar kind wins over a leftover range (the picker switched from custom to quarter)", () => {
    expect(
      resolveDashboardPeriod(
        { kind: "quarter", period: "2026-Q1", dari: "2026-02-01", sampai: "2026-02-10" },
        "2026-12-06",
      ).period.key,
    ).toBe("2026-Q1");
  });
  it("writes the URL of a period for drill-down links", () => {
    expect(skmDashboardQuery(parsePeriodKey("2026")!)).toBe("kind=year&period=2026");
    expect(skmDashboardQuery(parsePeriodKey("2026-01-01..2026-03-15")!)).toBe("dari=2026-01-01&sampai=2026-03-15");
  });
  it("lists recent periods newest first", () => {
    expect(recentPeriods("quarter", "2026-11-29", 3).map((p) => p.key)).toEqual(["2026-Q4", "2026-Q3", "2026-Q2"]);
  });
});
