import { describe, expect, it } from "vitest";
import { AGGREGATE_CHECKS, storedColumnsSql } from "./aggregate-checks";

describe("storedColumnsSql", () => {
  it("selects the columns as stored, casting the rupiah ones to text", () => {
    expect(storedColumnsSql("LkpmPeriodStat", ["periodKind", "reports", "realised"], ["realised"])).toBe(
      'SELECT "periodKind", "reports", CAST("realised" AS TEXT) AS "realised" FROM "LkpmPeriodStat"',
    );
    expect(storedColumnsSql("SkmProfileDayStat", ["day", "count"])).toBe(
      'SELECT "day", "count" FROM "SkmProfileDayStat"',
    );
  });

  it("gives every table check its own keys and values, in that order", () => {
    const monthly = AGGREGATE_CHECKS.find((c) => c.name === "processing-stages-monthly")!;
    expect(monthly.stored).toBe(
      'SELECT "month", "licenseTypeId", "kecamatanCode", "stage", "durationDays", "count" FROM "ProcessingStageMonthStat"',
    );
    const investment = AGGREGATE_CHECKS.find((c) => c.name === "investment-daily")!;
    expect(investment.stored).toBe(
      'SELECT "day", "sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects", CAST("investment" AS TEXT) AS "investment", "workers" FROM "InvestmentDayStat"',
    );
  });
});
