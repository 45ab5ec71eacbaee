import { describe, it, expect } from "vitest";
import { recentPeriods, resolveDashboardPeriod } from "./dashboard-params";

describe("resolveDashboardPeriod", () => {
  it("defaults to the last complete quarter", () => {
    expect(resolveDashboardPeriod({}, "2026-11-29")).toMatchObject({
      kind: "quarter",
      period: { key: "2026-Q3", from: "2026-07-01", to: "2026-09-30" },
      trendKind: "quarter",
    });
  });
  it("takes a period key of the chosen kind, and ignores one of another kind", () => {
    expect(resolveDashboardPeriod({ kind: "semester", period: "2025-S2" }, "2026-11-29").period).toMatchObject({
      from: "2025-07-01",
      to: "2025-12-31",
    });
    expect(resolveDashboardPeriod({ kind: "month", period: "2025-S2" }, "2026-11-29").period.key).toBe("2026-10");
  });
  it("custom ranges need valid ordered dates", () => {
    expect(
      resolveDashboardPeriod({ kind: "custom", from: "2026-02-01", to: "2026-02-10" }, "2026-11-29"),
    ).toMatchObject({ period: { from: "2026-02-01", to: "2026-02-10" }, trendKind: "month" });
    expect(
      resolveDashboardPeriod({ kind: "custom", from: "2026-02-10", to: "2026-02-01" }, "2026-11-29").period,
    ).toMatchObject({ from: "2026-10-01", to: "2026-11-29" });
  });
  it("lists recent periods newest first", () => {
    expect(recentPeriods("quarter", "2026-11-29", 3).map((p) => p.key)).toEqual(["2026-Q4", "2026-Q3", "2026-Q2"]);
  });
});
