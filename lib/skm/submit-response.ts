import "server-only";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { getSettings } from "../settings/settings";
import type { Actor } from "../users/users";
import type { CollectionPolicy, SubmissionSource } from "./collection-rules";
import { listExtraQuestions } from "./extra-questions";
import { InvitationUnavailableError, requireOpenInvitation } from "./invitations";
import { touchKiosk, type EnrolledKiosk } from "./kiosks";
import { insertSurveyResponse, isUniqueViolation, type NewSurveyResponse } from "./response-store";
import { resolveServiceCodes } from "./service-codes";
import { validateSubmission, type TValidatedSubmission } from "./submission";

/** Who is submitting, as established from the request's credentials by the route or page. */
export type SubmitCaller =
  { kind: "public" } | { kind: "kiosk"; kiosk: EnrolledKiosk } | { kind: "staff"; actor: Actor };

export type SubmitContext = {
  now: Date;
  caller: SubmitCaller;
  /** HTML forms drop answers to extra questions that are no longer active ("filter"); the API refuses them ("check"). */
  extraAnswers?: "check" | "filter";
};

export type SubmitResult = { id: string; isDuplicate: boolean; submittedAt: Date; licenseTypeId: number | null };

/** The office's collection policy (settings skm.kioskQueueDays and skm.allowIncompletePaper). */
export async function getCollectionPolicy(): Promise<CollectionPolicy> {
  const s = await getSettings(["skm.kioskQueueDays", "skm.allowIncompletePaper"]);
  return { kioskQueueDays: s["skm.kioskQueueDays"], allowIncompletePaper: s["skm.allowIncompletePaper"] === "true" };
}

export function sourceOf(caller: SubmitCaller): SubmissionSource {
  if (caller.kind === "kiosk") return { kind: "kiosk", enrolledAt: caller.kiosk.enrolledAt };
  if (caller.kind === "staff") return { kind: "staff", role: caller.actor.role };
  return { kind: "public" };
}

/** A validated submission as the row the store writes (ids already resolved). */
export function toNewResponse(
  s: TValidatedSubmission,
  ids: { licenseTypeId: number | null; counterId: number | null },
): NewSurveyResponse {
  return {
    questionnaire: s.questionnaire,
    submittedAt: s.submittedAt,
    channel: s.channel,
    licenseTypeId: ids.licenseTypeId,
    counterId: ids.counterId,
    age: s.respondent.age ?? null,
    sex: s.respondent.sex ?? null,
    education: s.respondent.education ?? null,
    occupation: s.respondent.occupation ?? null,
    infoSource: s.infoSource ?? null,
    comment: s.comment ?? null,
    answers: s.answers,
    extraAnswers: s.extraAnswers ?? null,
    idempotencyKey: s.idempotencyKey ?? null,
  };
}

async function findByIdempotencyKey(key: string | undefined): Promise<SubmitResult | null> {
  if (!key) return null;
  const row = await getDb().surveyResponse.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, submittedAt: true, licenseTypeId: true },
  });
  return row ? { id: row.id, isDuplicate: true, submittedAt: row.submittedAt, licenseTypeId: row.licenseTypeId } : null;
}

/**
 * Stores one submission from the API, the kiosk, the HTML forms or paper entry, in a straight line:
 * policy and extra questions read once → one validation (channel rights, answers, profile, date, extra answers) →
 * idempotency → codes → invitation → store. Idempotent on idempotencyKey (the same key returns the first response);
 * an invitation is consumed in the transaction that stores its response, guarded by `usedAt IS NULL` and the
 * unique invitationId, so concurrent submissions with one token store one row.
 */
export async function submitSurveyResponse(input: unknown, context: SubmitContext): Promise<SubmitResult> {
  const questionnaire =
    typeof input === "object" && input !== null ? (input as { questionnaire?: unknown }).questionnaire : undefined;
  const [policy, questions] = await Promise.all([
    getCollectionPolicy(),
    typeof questionnaire === "string" ? listExtraQuestions(questionnaire, { activeOnly: true }) : [],
  ]);
  const validated = validateSubmission(input, {
    now: context.now,
    source: sourceOf(context.caller),
    policy,
    extraQuestions: { questions, mode: context.extraAnswers ?? "check" },
  });
  if (!validated.ok) {
    if (validated.denial)
      throw new AppError(validated.denial.code, validated.denial.message, { fields: validated.fields });
    throw new AppError("VALIDATION", "Data survei tidak valid. Periksa kolom yang ditandai.", {
      fields: validated.fields,
    });
  }
  const s = validated.value;
  const existing = await findByIdempotencyKey(s.idempotencyKey);
  if (existing) return existing;
  const codes = await resolveServiceCodes(s.licenseType, s.counter);
  if (Object.keys(codes.fields).length)
    throw new AppError("VALIDATION", "Data survei tidak valid.", { fields: codes.fields });
  const invitation = s.token ? await requireOpenInvitation(s.token, context.now) : null;
  const kiosk = context.caller.kind === "kiosk" ? context.caller.kiosk : null;
  const ids = {
    licenseTypeId: invitation?.licenseTypeId ?? codes.licenseTypeId,
    counterId: kiosk?.counterId ?? invitation?.counterId ?? codes.counterId,
  };
  const record = { ...toNewResponse(s, ids), kioskId: kiosk?.id ?? null, invitationId: invitation?.id ?? null };
  try {
    const db = getDb();
    const row = await db.$transaction(async (tx) => {
      if (invitation) {
        const claimed = await tx.surveyInvitation.updateMany({
          where: { id: invitation.id, usedAt: null },
          data: { usedAt: context.now },
        });
        if (claimed.count !== 1) throw new InvitationUnavailableError("used");
      }
      return insertSurveyResponse(tx, record);
    });
    if (kiosk) await touchKiosk(kiosk.id, context.now);
    return { id: row.id, isDuplicate: false, submittedAt: record.submittedAt, licenseTypeId: ids.licenseTypeId };
  } catch (error) {
    if (isUniqueViolation(error) || isBusyError(error)) {
      const first = await findByIdempotencyKey(s.idempotencyKey);
      if (first) return first;
      if (invitation) throw new InvitationUnavailableError("used");
    }
    throw error;
  }
}

/** SQLite answers a losing concurrent writer with "database is locked"/write conflict; the winner's row decides. */
function isBusyError(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? "");
  return (
    /database is locked|SQLITE_BUSY|write conflict|deadlock|could not serialize/i.test(text) ||
    (error as { code?: string })?.code === "P2034"
  );
}
