import { addCalendarDays } from "../calendar/working-days";
import { compareShares, comparePoissonRates, type RateComparison, type ShareComparison } from "./rate-test";

/**
 * A campaign's measured effect (pure; issue 20 §3).
 *
 * Windows: "before" is the `weeks` weeks up to the day before the campaign starts; "after" runs from its first day
 * to `weeks` weeks after its last day, but never past yesterday (then the campaign is still being measured).
 * Applications are compared as rates per working day (so holidays and Ramadan weeks do not count against a
 * window): expected after = before count × after working days / before working days; additional = after − expected;
 * cost per additional application = cost / additional (only when additional > 0). The survey compares the share of
 * respondents who first heard of the service through the campaign's channel, among those who answered the question.
 */
export type DayWindow = { from: string; to: string };
export type CampaignWindows = { before: DayWindow; after: DayWindow | null; isComplete: boolean };

export function campaignWindows(
  campaign: { startDay: string; endDay: string },
  weeks: number,
  today: string,
): CampaignWindows {
  const yesterday = addCalendarDays(today, -1);
  const fullEnd = addCalendarDays(campaign.endDay, 7 * weeks);
  const afterTo = fullEnd < yesterday ? fullEnd : yesterday;
  return {
    before: { from: addCalendarDays(campaign.startDay, -7 * weeks), to: addCalendarDays(campaign.startDay, -1) },
    after: afterTo >= campaign.startDay ? { from: campaign.startDay, to: afterTo } : null,
    isComplete: fullEnd <= yesterday,
  };
}

export type CampaignCounts = {
  applications: { before: number; after: number; beforeWorkingDays: number; afterWorkingDays: number };
  survey: { beforeAnswered: number; beforeChannel: number; afterAnswered: number; afterChannel: number };
};

export type CampaignEffect = {
  applications: CampaignCounts["applications"] & {
    beforePerDay: number | null;
    afterPerDay: number | null;
    expectedAfter: number | null;
    additional: number | null;
    /** afterPerDay / beforePerDay − 1 (0.5 = +50 %); null without a before rate. */
    changeRate: number | null;
    test: RateComparison | null;
  };
  survey: CampaignCounts["survey"] & {
    beforeShare: number | null;
    afterShare: number | null;
    /** afterShare − beforeShare (0.5 = +50 percentage points). */
    changePoints: number | null;
    test: ShareComparison | null;
  };
  /** Whole rupiah per additional application; null unless there were additional applications. */
  costPerAdditional: number | null;
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function computeCampaignEffect(counts: CampaignCounts, cost: number): CampaignEffect {
  const a = counts.applications;
  const beforePerDay = ratio(a.before, a.beforeWorkingDays);
  const afterPerDay = ratio(a.after, a.afterWorkingDays);
  const expectedAfter = beforePerDay === null ? null : beforePerDay * a.afterWorkingDays;
  const additional = expectedAfter === null ? null : a.after - expectedAfter;
  const s = counts.survey;
  const beforeShare = ratio(s.beforeChannel, s.beforeAnswered);
  const afterShare = ratio(s.afterChannel, s.afterAnswered);
  return {
    applications: {
      ...a,
      beforePerDay,
      afterPerDay,
      expectedAfter,
      additional,
      changeRate: beforePerDay && afterPerDay !== null ? afterPerDay / beforePerDay - 1 : null,
      test: comparePoissonRates(a.after, a.afterWorkingDays, a.before, a.beforeWorkingDays),
    },
    survey: {
      ...s,
      beforeShare,
      afterShare,
      changePoints: beforeShare === null || afterShare === null ? null : afterShare - beforeShare,
      test: compareShares(s.afterChannel, s.afterAnswered, s.beforeChannel, s.beforeAnswered),
    },
    costPerAdditional: additional !== null && additional > 0 ? Math.round(cost / additional) : null,
  };
}
