import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { addCalendarDays } from "../calendar/working-days";
import { newInvitationToken } from "../skm/invitation-store";
import { createRandom } from "./random";

/** Days between a permit's hand-over and the applicant's answer to the slip's link or QR code. */
const ANSWER_WINDOW_DAYS = 10;
/** Share of the demo's link/QR responses that came through a slip naming the application. */
const LINKED_SHARE = 0.7;
const SAFE_ID = /^[A-Za-z0-9-]{8,64}$/;

type DemoInvitation = {
  id: string;
  token: string;
  licenseTypeId: number;
  counterId: number | null;
  applicationNo: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date;
};

type AppRow = {
  registrationNo: string;
  licenseTypeId: number;
  finishedDay: string | null;
  isOnTime: boolean | null;
  isFeeDiscrepant: boolean;
};

/**
 * Ties the demo's link/QR survey responses to the applications they came from (issue 20 §4), as the hand-over slip
 * does: an invitation naming the application, used by the response. Answers are left as they are (no survey figure
 * moves); each response is matched to an issued file of its licence type handed over in the days before, preferring
 * a late file for a low speed answer (U3 ≤ 2) and a file within its SLA otherwise, so the perception page has the
 * relation the office expects to see. Each file is matched at most once.
 */
export async function seedDemoLinkedResponses(db: Db): Promise<void> {
  if ((await db.surveyResponse.count({ where: { invitationId: { not: null } } })) > 0) return;
  const random = createRandom(2020_4);
  const [responses, apps] = await Promise.all([
    db.surveyResponse.findMany({
      where: { questionnaire: "SKM-2017", channel: { in: ["link", "qr"] }, invitationId: null },
      orderBy: { submittedAt: "asc" },
      select: { id: true, submittedAt: true, surveyDate: true, licenseTypeId: true, counterId: true, answers: true },
    }),
    db.application.findMany({
      where: { status: "issued", finishedDay: { not: null } },
      orderBy: { finishedDay: "asc" },
      select: { registrationNo: true, licenseTypeId: true, finishedDay: true, isOnTime: true, isFeeDiscrepant: true },
    }),
  ]);
  const byType = new Map<number, { rows: AppRow[]; start: number }>();
  for (const app of apps) {
    const entry = byType.get(app.licenseTypeId) ?? { rows: [], start: 0 };
    entry.rows.push(app);
    byType.set(app.licenseTypeId, entry);
  }
  const used = new Set<string>();
  const links: { responseId: string; invitation: DemoInvitation }[] = [];
  for (const response of responses) {
    if (response.licenseTypeId === null || !random.chance(LINKED_SHARE)) continue;
    const entry = byType.get(response.licenseTypeId);
    if (!entry) continue;
    const earliest = addCalendarDays(response.surveyDate, -ANSWER_WINDOW_DAYS);
    while (entry.start < entry.rows.length && (entry.rows[entry.start].finishedDay as string) < earliest)
      entry.start += 1;
    const candidates: AppRow[] = [];
    for (let i = entry.start; i < entry.rows.length && candidates.length < 40; i += 1) {
      const app = entry.rows[i];
      if ((app.finishedDay as string) > response.surveyDate) break;
      if (!used.has(app.registrationNo)) candidates.push(app);
    }
    if (candidates.length === 0) continue;
    const u3 = (JSON.parse(response.answers) as Record<string, number | null>).U3;
    const wantLate = u3 !== null && u3 <= 2;
    const app = candidates.find((c) => c.isOnTime === !wantLate) ?? candidates[0];
    used.add(app.registrationNo);
    links.push({
      responseId: response.id,
      invitation: {
        id: randomUUID(),
        token: newInvitationToken(),
        licenseTypeId: response.licenseTypeId,
        counterId: response.counterId,
        applicationNo: app.registrationNo,
        createdAt: new Date(`${app.finishedDay}T14:00:00+07:00`),
        expiresAt: new Date(response.submittedAt.getTime() + 20 * 86_400_000),
        usedAt: response.submittedAt,
      },
    });
  }
  for (let start = 0; start < links.length; start += 1000) {
    const part = links.slice(start, start + 1000);
    await db.$transaction(
      async (tx) => {
        await tx.surveyInvitation.createMany({ data: part.map((link) => link.invitation) });
        // One statement per chunk (a thousand single-row updates take half a minute on SQLite). The ids are generated
        // identifiers (cuid, UUID), checked before they are written into the SQL text.
        const ids = part.flatMap((link) => [link.responseId, link.invitation.id]);
        if (!ids.every((id) => SAFE_ID.test(id))) throw new RangeError("unexpected identifier");
        const cases = part.map((link) => `WHEN '${link.responseId}' THEN '${link.invitation.id}'`).join(" ");
        const list = part.map((link) => `'${link.responseId}'`).join(", ");
        await tx.$executeRawUnsafe(
          `UPDATE "SurveyResponse" SET "invitationId" = CASE "id" ${cases} END WHERE "id" IN (${list})`,
        );
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  }
}
