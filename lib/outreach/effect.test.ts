import { describe, expect, it } from "vitest";
import { campaignWindows, computeCampaignEffect } from "./effect";

describe("campaignWindows", () => {
  it("four weeks before the start; from the start to four weeks after the end, cut at yesterday", () => {
    expect(campaignWindows({ startDay: "2026-03-02", endDay: "2026-03-06" }, 4, "2026-06-01")).toEqual({
      before: { from: "2026-02-02", to: "2026-03-01" },
      after: { from: "2026-03-02", to: "2026-04-03" },
      isComplete: true,
    });
    expect(campaignWindows({ startDay: "2026-03-02", endDay: "2026-03-06" }, 4, "2026-03-20")).toEqual({
      before: { from: "2026-02-02", to: "2026-03-01" },
      after: { from: "2026-03-02", to: "2026-03-19" },
      isComplete: false,
    });
    expect(campaignWindows({ startDay: "2026-03-02", endDay: "2026-03-06" }, 1, "2026-03-02").after).toBeNull();
  });
});

describe("computeCampaignEffect on a hand-made case", () => {
  it("2 applications in 5 working days before, 10 in 10 after, Rp5.000.000", () => {
    const effect = computeCampaignEffect(
      {
        applications: { before: 2, after: 10, beforeWorkingDays: 5, afterWorkingDays: 10 },
        survey: { beforeAnswered: 10, beforeChannel: 1, afterAnswered: 10, afterChannel: 6 },
      },
      5_000_000,
    );
    // 0.4 a day before → 4 expected in 10 days; 6 additional; Rp5.000.000 / 6 = Rp833.333 (rounded).
    expect(effect.applications).toMatchObject({
      beforePerDay: 0.4,
      afterPerDay: 1,
      expectedAfter: 4,
      additional: 6,
      test: { rateRatio: 2.5, isSignificant: false },
    });
    expect(effect.applications.changeRate).toBeCloseTo(1.5, 12);
    expect(effect.applications.test!.pValue).toBeCloseTo(190705 / 531441, 12);
    expect(effect.costPerAdditional).toBe(833_333);
    expect(effect.survey).toMatchObject({ beforeShare: 0.1, afterShare: 0.6 });
    expect(effect.survey.changePoints).toBeCloseTo(0.5, 12);
    expect(effect.survey.test!.pValue).toBeCloseTo(10582 / 184756, 12);
  });

  it("no additional applications: no cost per application; nothing before: no expectation", () => {
    const fewer = computeCampaignEffect(
      {
        applications: { before: 8, after: 3, beforeWorkingDays: 4, afterWorkingDays: 4 },
        survey: { beforeAnswered: 0, beforeChannel: 0, afterAnswered: 5, afterChannel: 1 },
      },
      1_000_000,
    );
    expect(fewer.applications).toMatchObject({ expectedAfter: 8, additional: -5, changeRate: -0.625 });
    expect(fewer.costPerAdditional).toBeNull();
    expect(fewer.survey).toMatchObject({ beforeShare: null, afterShare: 0.2, changePoints: null, test: null });
    const fresh = computeCampaignEffect(
      {
        applications: { before: 0, after: 3, beforeWorkingDays: 0, afterWorkingDays: 4 },
        survey: { beforeAnswered: 0, beforeChannel: 0, afterAnswered: 0, afterChannel: 0 },
      },
      1_000_000,
    );
    expect(fresh.applications).toMatchObject({ expectedAfter: null, additional: null, test: null });
  });
});
