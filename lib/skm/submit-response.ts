import "server-only";
import { AppError } from "../errors";
import { getCachedSettings } from "../settings/settings";
import type { Actor } from "../users/user-store";
import type { CollectionPolicy, SubmissionSource } from "./collection-rules";
import { listActiveExtraQuestionsCached } from "./extra-question-store";
import type { EnrolledKiosk } from "./kiosk-store";
import type { NewSurveyResponse } from "./response-row";
import { findResponseByIdempotencyKey } from "./response-store";
import { writeSurveyResponse } from "./response-writer-store";
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
  const s = await getCachedSettings(["skm.kioskQueueDays", "skm.allowIncompletePaper"]);
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
  const row = await findResponseByIdempotencyKey(key);
  return row ? { id: row.id, isDuplicate: true, submittedAt: row.submittedAt, licenseTypeId: row.licenseTypeId } : null;
}

/**
 * Stores one submission from the API, the kiosk, the HTML forms or paper entry, in a straight line:
 * policy and extra questions (cached) → one validation (channel rights, answers, profile, date, extra answers) →
 * codes (cached) → the process's writer (response-writer-store.ts), which stores it in the next group commit and answers
 * once that committed: idempotent on idempotencyKey (the same key returns the first response, also within one
 * batch), and an invitation is claimed (`usedAt IS NULL`) in the transaction that stores its response, so concurrent
 * submissions with one token store one row and the others get 409.
 */
export async function submitSurveyResponse(input: unknown, context: SubmitContext): Promise<SubmitResult> {
  const questionnaire =
    typeof input === "object" && input !== null ? (input as { questionnaire?: unknown }).questionnaire : undefined;
  const [policy, questions] = await Promise.all([
    getCollectionPolicy(),
    typeof questionnaire === "string" ? listActiveExtraQuestionsCached(questionnaire) : [],
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
  const codes = await resolveServiceCodes(s.licenseType, s.counter);
  if (Object.keys(codes.fields).length) {
    // A retry of a stored submission is answered with the stored response, whatever its codes say now.
    const existing = await findByIdempotencyKey(s.idempotencyKey);
    if (existing) return existing;
    throw new AppError("VALIDATION", "Data survei tidak valid.", { fields: codes.fields });
  }
  const kiosk = context.caller.kind === "kiosk" ? context.caller.kiosk : null;
  return writeSurveyResponse({
    response: { ...toNewResponse(s, codes), kioskId: kiosk?.id ?? null },
    invitationToken: s.token ?? null,
    kioskCounterId: kiosk?.counterId ?? null,
    now: context.now,
  });
}
