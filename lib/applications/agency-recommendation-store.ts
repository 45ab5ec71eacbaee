import "server-only";
import { getDb, type Db } from "../db/client";
import { getLicenseTypeById } from "../reference/queries";
import { AppError, validationError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { AGENCY_STAGE, agencyStageClock } from "./agency-clock";
import { appendTimelineSteps, recomputeApplication } from "./record-steps-store";
import { ZAgencyRecommendation, type AgencyDecision } from "./schemas";
import type { Stage } from "./constants";
import type { TimelineEvent, TimelineState } from "./timeline";

const DECISION_NOTE: Record<AgencyDecision, string> = {
  recommend: "Direkomendasikan",
  return: "Dikembalikan ke pemohon",
  not_recommend: "Tidak direkomendasikan",
};

/**
 * Records a technical agency's decision on a file waiting for its recommendation (issue 20), in one transaction:
 * - recommend / not_recommend close the `rekomendasi_teknis` stage: the file moves to `penetapan` (the head of
 *   office signs the permit or, after a negative recommendation, the rejection with its reasons);
 * - return sends the file back to the applicant with the reason: the licence and agency clocks stop until the
 *   officer records the file back, and it then waits for the agency again.
 * The timeline event carries the agency account as actor and the decision as note; the AgencyRecommendation row
 * keeps who, when, the reason and the agency's working days against its SLA. The figures (SLA columns, stage
 * durations, processing aggregates) are recomputed like any other step.
 *
 * A file of another agency, or one not waiting (already decided, back at the applicant) is 404 / 409. Two decisions
 * racing for one file: the first claims it (conditional update), the second finds it no longer waiting (409).
 */
export async function recordAgencyRecommendation(
  registrationNo: string,
  input: unknown,
  caller: { actor: Actor; agency: string },
  now = new Date(),
  db: Db = getDb(),
): Promise<{ decision: AgencyDecision; workingDays: number; isWithinSla: boolean }> {
  const parsed = ZAgencyRecommendation.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { decision, reason } = parsed.data;
  const { actor, agency } = caller;
  const today = toWibDate(now);
  const notInQueue = () =>
    new AppError("NOT_FOUND", `Berkas ${registrationNo} tidak ada dalam antrean rekomendasi ${agency}.`);

  const result = await db.$transaction(async (tx) => {
    const found = await tx.application.findUnique({
      where: { registrationNo },
      select: { id: true, licenseTypeId: true },
    });
    if (!found) throw notInQueue();
    const type = await getLicenseTypeById(found.licenseTypeId, tx);
    if (!type || type.agency !== agency) throw notInQueue();
    // Claim the file: only one decision per waiting period (PostgreSQL holds the row lock until commit).
    const claimed = await tx.application.updateMany({
      where: { id: found.id, status: "in_process", currentStage: AGENCY_STAGE },
      data: { updatedAt: now },
    });
    if (claimed.count === 0) {
      throw new AppError(
        "CONFLICT",
        `Berkas ${registrationNo} tidak sedang menunggu rekomendasi (sudah diputus atau dikembalikan).`,
      );
    }
    const app = await tx.application.findUniqueOrThrow({
      where: { id: found.id },
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
    });
    const events = app.events as TimelineEvent[];
    const lastAt = events[events.length - 1]?.at ?? app.submittedAt;
    const at = now.getTime() < lastAt.getTime() ? lastAt : now;
    const note = `${DECISION_NOTE[decision]} oleh ${agency}${reason ? `: ${reason}` : ""}`;
    const step: TimelineEvent =
      decision === "return"
        ? { kind: "pause", stage: AGENCY_STAGE, at, note }
        : { kind: "stage", stage: "penetapan", at, note };
    const state: TimelineState = { status: "in_process", currentStage: app.currentStage as Stage, lastAt };
    await appendTimelineSteps(tx, app, state, [step], actor.id);
    await recomputeApplication(tx, app.id, today);

    const cal = await loadWorkCalendar(tx as unknown as Db);
    const clock = agencyStageClock(cal, [...events, step], type.agencySlaDays, today);
    if (!clock) throw new AppError("CONFLICT", `Berkas ${registrationNo} tidak pernah masuk tahap rekomendasi teknis.`);
    await tx.agencyRecommendation.create({
      data: {
        applicationId: app.id,
        licenseTypeId: app.licenseTypeId,
        agency,
        decision,
        reason,
        stageStartedAt: clock.stageStartedAt,
        workingDays: clock.elapsedWorkingDays,
        agencySlaDays: type.agencySlaDays,
        isWithinSla: clock.isWithinSla,
        recordedAt: at,
        recordedDay: toWibDate(at),
        actorId: actor.id,
        actorLabel: actor.label,
      },
    });
    return { decision, workingDays: clock.elapsedWorkingDays, isWithinSla: clock.isWithinSla };
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: `agency.${decision}`,
    target: registrationNo,
    detail: { agency, reason, workingDays: result.workingDays },
  });
  return result;
}
