import "server-only";
import { getDb, type Db } from "../db/client";
import { getMeasuredPerformance } from "../applications/performance-lookup-queries";
import { periodOf, previousPeriod, type Period } from "../periods/periods";
import { comparePerception, PERCEPTION_ELEMENTS, type PerceptionAnswer } from "./perception-join";

const QUESTIONNAIRE = "SKM-2017"; // U3 = waktu penyelesaian, U4 = biaya/tarif (PermenPANRB 14/2017)

/** The completed calendar semesters before `today`, latest first: the only periods the comparison is given for. */
export function completedSemesters(today: string, count = 4): Period[] {
  const semesters: Period[] = [];
  let period = previousPeriod(periodOf("semester", today));
  while (semesters.length < count) {
    semesters.push(period);
    period = previousPeriod(period);
  }
  return semesters;
}

/**
 * The speed and cost comparisons of one completed semester (lib/skm/perception-join.ts): survey responses of the
 * semester that came through an invitation naming an application, grouped by what the office measured on it.
 */
export async function getPerceptionComparison(period: Period, minN: number, db: Db = getDb()) {
  const responses = await db.surveyResponse.findMany({
    where: {
      questionnaire: QUESTIONNAIRE,
      surveyDate: { gte: period.from, lte: period.to },
      invitationId: { not: null },
    },
    select: { invitationId: true, answers: true },
  });
  const invitationIds = responses.map((r) => r.invitationId as string);
  const invitations = new Map<string, string>();
  for (let start = 0; start < invitationIds.length; start += 500) {
    const rows = await db.surveyInvitation.findMany({
      where: { id: { in: invitationIds.slice(start, start + 500) }, applicationNo: { not: null } },
      select: { id: true, applicationNo: true },
    });
    for (const row of rows) invitations.set(row.id, row.applicationNo as string);
  }
  const measured = await getMeasuredPerformance([...invitations.values()], db);
  const speed: PerceptionAnswer[] = [];
  const cost: PerceptionAnswer[] = [];
  let linkedResponses = 0;
  for (const response of responses) {
    const applicationNo = invitations.get(response.invitationId as string);
    const file = applicationNo ? measured.get(applicationNo) : undefined;
    if (!file) continue;
    linkedResponses += 1;
    const answers = JSON.parse(response.answers) as Record<string, number | null>;
    const u3 = answers[PERCEPTION_ELEMENTS.speed];
    const u4 = answers[PERCEPTION_ELEMENTS.cost];
    if (typeof u3 === "number" && file.isOnTime !== null)
      speed.push({ licenseTypeId: file.licenseTypeId, group: file.isOnTime ? "a" : "b", answer: u3 });
    if (typeof u4 === "number" && file.isFeeAsTariff !== null)
      cost.push({ licenseTypeId: file.licenseTypeId, group: file.isFeeAsTariff ? "a" : "b", answer: u4 });
  }
  return {
    period,
    /** Responses of the semester tied to a known application (the base of both comparisons). */
    linkedResponses,
    speed: comparePerception(speed, minN),
    cost: comparePerception(cost, minN),
  };
}
export type PerceptionReport = Awaited<ReturnType<typeof getPerceptionComparison>>;
