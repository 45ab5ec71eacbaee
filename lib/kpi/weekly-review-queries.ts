import "server-only";
import { getDb } from "../db/client";
import { addCalendarDays, toWibDate } from "../calendar/working-days";
import { periodOf } from "../periods/periods";
import { getSkmSummaryForFilter } from "../skm/summary-queries";
import { anonymiseComment } from "../skm/summary-export";
import { getComplaintKpis } from "../complaints";
import { getProcessingSummary } from "../applications/processing-summary-queries";
import { listFollowUpsDue } from "../follow-up/queries";
import { getOverdueRecommendations } from "../applications/agency-performance-queries";
import { countApplicationsIssued, countApplicationsSubmitted } from "../applications/count-queries";

export type WeekFigures = {
  from: string;
  to: string;
  newApplications: number;
  issued: number;
  respondents: number;
  ikm: number | null;
  newComplaints: number;
};

async function weekFigures(from: string, to: string, today: string): Promise<WeekFigures> {
  const db = getDb();
  const [newApplications, issued, skm, complaints] = await Promise.all([
    countApplicationsSubmitted({ from, to }, db),
    countApplicationsIssued({ from, to }, db),
    getSkmSummaryForFilter({ from, to, questionnaire: "SKM-2017" }, db),
    getComplaintKpis({ from, to, today }, db),
  ]);
  return {
    from,
    to,
    newApplications,
    issued,
    respondents: skm.respondents,
    ikm: skm.ikm,
    newComplaints: complaints.received,
  };
}

/**
 * The weekly meeting's one-page review: the last 7 days (ending today) beside the 7 days before, IKM of the week
 * against the current quarter, the week's weakest survey elements, open overdue work, low-scoring comments, and the
 * SKM follow-up actions that are overdue or due within the next 7 days (issue 18).
 */
export async function getWeeklyReview(now = new Date()) {
  const db = getDb();
  const today = toWibDate(now);
  const from = addCalendarDays(today, -6);
  const prevTo = addCalendarDays(from, -1);
  const prevFrom = addCalendarDays(prevTo, -6);
  const quarter = periodOf("quarter", today);
  const [thisWeek, lastWeek, weekSkm, quarterSkm, processing, complaints, comments, followUps, agencies] =
    await Promise.all([
      weekFigures(from, today, today),
      weekFigures(prevFrom, prevTo, today),
      getSkmSummaryForFilter({ from, to: today, questionnaire: "SKM-2017" }, db),
      getSkmSummaryForFilter({ from: quarter.from, to: today, questionnaire: "SKM-2017" }, db),
      getProcessingSummary({ from, to: today }, now, db),
      getComplaintKpis({ from, to: today, today }, db),
      db.surveyResponse.findMany({
        where: { surveyDate: { gte: from, lte: today }, comment: { not: null }, score: { lt: 2.75 } },
        orderBy: [{ score: "asc" }, { submittedAt: "desc" }],
        take: 6,
        select: { surveyDate: true, comment: true, score: true },
      }),
      listFollowUpsDue(today, 7, db),
      getOverdueRecommendations(now, db),
    ]);
  return {
    thisWeek,
    lastWeek,
    quarter,
    ikmQuarter: quarterSkm.ikm,
    weakest: weekSkm.elements
      .filter((e) => weekSkm.weakest.includes(e.code))
      .sort((a, b) => (a.nrr ?? 0) - (b.nrr ?? 0)),
    overdueApplications: processing.overdue,
    overdueComplaints: complaints.overdueCount,
    /** Issue 20: files waiting for a technical agency past its SLA, per agency and the files themselves. */
    overdueRecommendations: agencies,
    comments: comments.map((c) => ({
      surveyDate: c.surveyDate,
      comment: anonymiseComment(c.comment) ?? "",
      score: c.score,
    })),
    followUps,
  };
}
