import { describe, expect, it } from "vitest";
import {
  checkObligation,
  complianceRate,
  duePeriods,
  isFiledOnTime,
  lkpmFilingDeadline,
  lkpmRuleDeadline,
  lkpmPeriodBounds,
  lkpmPeriodContaining,
  lkpmPeriodKindFor,
  parseLkpmPeriodLabel,
  realisationRatio,
} from "./lkpm-schedule";
import { ZLkpmDeadlineOverride } from "./lkpm-schemas";

describe("LKPM schedule", () => {
  it.each([
    ["mikro", null],
    ["kecil", "semester"],
    ["menengah", "triwulan"],
    ["besar", "triwulan"],
    [null, null],
  ] as const)("scale %s reports per %s", (scale, kind) => {
    expect(lkpmPeriodKindFor(scale)).toBe(kind);
  });

  it.each([
    ["TW1", { kind: "triwulan", number: 1 }],
    ["tw 4", { kind: "triwulan", number: 4 }],
    ["S2", { kind: "semester", number: 2 }],
    ["S3", null],
    ["TW5", null],
    ["Q1", null],
  ] as const)("parses %s", (label, expected) => {
    expect(parseLkpmPeriodLabel(label)).toEqual(expected);
  });

  it("period boundaries are whole WIB calendar quarters and halves", () => {
    expect(lkpmPeriodBounds({ year: 2026, kind: "triwulan", number: 1 })).toMatchObject({
      firstDay: "2026-01-01",
      lastDay: "2026-03-31",
    });
    expect(lkpmPeriodBounds({ year: 2024, kind: "triwulan", number: 2 })).toMatchObject({
      firstDay: "2024-04-01",
      lastDay: "2024-06-30",
    });
    expect(lkpmPeriodBounds({ year: 2026, kind: "semester", number: 2 })).toMatchObject({
      firstDay: "2026-07-01",
      lastDay: "2026-12-31",
    });
    expect(lkpmPeriodContaining("semester", "2026-06-30")).toEqual({
      year: 2026,
      kind: "semester",
      number: 1,
      firstDay: "2026-01-01",
      lastDay: "2026-06-30",
    });
    expect(lkpmPeriodContaining("triwulan", "2026-10-01")).toMatchObject({ number: 4, firstDay: "2026-10-01" });
  });

  it.each([
    // PerBKPM 5/2021: the 10th of the month after the period, for deadlines before PerBKPM 5/2025 (1 Oct 2025)
    [2024, "triwulan", 4, "2025-01-10", "PerBKPM 5/2021"],
    [2025, "triwulan", 2, "2025-07-10", "PerBKPM 5/2021"],
    [2025, "semester", 1, "2025-07-10", "PerBKPM 5/2021"],
    // PerBKPM 5/2025: the 15th from TW3 2025 on
    [2025, "triwulan", 3, "2025-10-15", "PerBKPM 5/2025"],
    [2025, "triwulan", 4, "2026-01-15", "PerBKPM 5/2025"],
    [2025, "semester", 2, "2026-01-15", "PerBKPM 5/2025"],
    [2026, "semester", 1, "2026-07-15", "PerBKPM 5/2025"],
    [2026, "triwulan", 3, "2026-10-15", "PerBKPM 5/2025"],
  ] as const)("filing deadline of %d %s %d is %s (%s)", (year, kind, number, deadline, rule) => {
    expect(lkpmRuleDeadline({ year, kind, number })).toEqual({ deadline, rule });
    expect(lkpmFilingDeadline({ year, kind, number })).toBe(deadline);
  });

  it("TW4 2025 filed on 2026-01-12 is on time (15th rule); TW2 2025 filed on 2025-07-12 is late (10th rule)", () => {
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 4 }, "2026-01-12")).toBe(true);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 4 }, "2026-01-15")).toBe(true);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 4 }, "2026-01-16")).toBe(false);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 2 }, "2025-07-10")).toBe(true);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 2 }, "2025-07-12")).toBe(false);
  });

  it("an admin override replaces the rule's deadline for that period only", () => {
    const overrides = new Map([["2026-TW1", "2026-04-20"]]);
    expect(lkpmFilingDeadline({ year: 2026, kind: "triwulan", number: 1 }, overrides)).toBe("2026-04-20");
    expect(isFiledOnTime({ year: 2026, kind: "triwulan", number: 1 }, "2026-04-18", overrides)).toBe(true);
    expect(isFiledOnTime({ year: 2026, kind: "triwulan", number: 1 }, "2026-04-18")).toBe(false);
    expect(lkpmFilingDeadline({ year: 2026, kind: "triwulan", number: 2 }, overrides)).toBe("2026-07-15");
  });

  it("an override names its period, a deadline after the period and a reason", () => {
    expect(
      ZLkpmDeadlineOverride.parse({ period: "2026-tw1", deadline: "2026-04-20", reason: "Pengumuman BKPM" }),
    ).toEqual({
      period: { year: 2026, kind: "triwulan", number: 1 },
      deadline: "2026-04-20",
      reason: "Pengumuman BKPM",
    });
    const bad = ZLkpmDeadlineOverride.safeParse({ period: "2026-TW5", deadline: "2026-03-31", reason: "" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["period", "reason"]));
    const early = ZLkpmDeadlineOverride.safeParse({ period: "2026-TW1", deadline: "2026-03-31", reason: "Pengumuman" });
    expect(early.error?.issues[0]).toMatchObject({
      path: ["deadline"],
      message: "Batas lapor harus setelah periode berakhir (2026-03-31) dan paling lambat setahun sesudahnya.",
    });
  });

  it("obligation starts with the period of issue and covers every period ended before today", () => {
    const besar = { scale: "besar", issuedDay: "2026-02-10" };
    expect(duePeriods(besar, "2026-10-05").map((p) => `${p.year}-TW${p.number}`)).toEqual([
      "2026-TW1",
      "2026-TW2",
      "2026-TW3",
    ]);
    // 30 Sep is the last day of TW3: not yet owed on that day.
    expect(duePeriods(besar, "2026-09-30")).toHaveLength(2);
    const kecil = { scale: "kecil", issuedDay: "2025-12-31" };
    expect(duePeriods(kecil, "2026-07-01").map((p) => `${p.year}-S${p.number}`)).toEqual(["2025-S2", "2026-S1"]);
    expect(duePeriods({ scale: "mikro", issuedDay: "2020-01-01" }, "2026-07-01")).toEqual([]);
  });

  it("checkObligation names why a report is not owed", () => {
    const today = "2026-11-29";
    const kecil = { scale: "kecil", issuedDay: "2026-03-15" };
    expect(checkObligation(kecil, { year: 2026, kind: "semester", number: 1 }, today)).toMatchObject({
      ok: true,
      value: { lastDay: "2026-06-30" },
    });
    expect(checkObligation(kecil, { year: 2026, kind: "triwulan", number: 1 }, today)).toMatchObject({
      ok: false,
      error: { code: "wrong_kind", message: "Usaha kecil melapor per semester (S1 atau S2), bukan TW1." },
    });
    expect(checkObligation(kecil, { year: 2025, kind: "semester", number: 2 }, today)).toMatchObject({
      ok: false,
      error: { code: "before_issue" },
    });
    expect(checkObligation(kecil, { year: 2026, kind: "semester", number: 2 }, today)).toMatchObject({
      ok: false,
      error: { code: "not_ended" },
    });
    expect(
      checkObligation({ scale: "mikro", issuedDay: "2026-01-01" }, { year: 2026, kind: "semester", number: 1 }, today),
    ).toMatchObject({ ok: false, error: { code: "exempt" } });
  });
});

describe("ratios", () => {
  it("realisation ratio in tenths of a percent, half-up, exact beyond 2^53", () => {
    expect(realisationRatio(7n, 8n)).toBe(875);
    expect(realisationRatio(1n, 3n)).toBe(333);
    expect(realisationRatio(2n, 3n)).toBe(667);
    expect(realisationRatio(1_200_000_000n, 1_000_000_000n)).toBe(1200);
    // 9 007 199 254 740 993 of 18 014 398 509 481 984 is 50,000000000000005…% → 500.
    expect(realisationRatio(9_007_199_254_740_993n, 18_014_398_509_481_984n)).toBe(500);
    // 1 of 2000 = 0,05 % → rounds half-up to 0,1 %.
    expect(realisationRatio(1n, 2000n)).toBe(1);
    expect(realisationRatio(5n, 0n)).toBeNull();
  });

  it("compliance is filed ÷ owed; null when nothing was owed", () => {
    expect(complianceRate(17, 20)).toBe(850);
    expect(complianceRate(0, 0)).toBeNull();
  });
});
