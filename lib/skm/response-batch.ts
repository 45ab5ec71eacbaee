/**
 * Pure planning of one group commit of survey responses (lib/skm/response-writer-store.ts): given the submissions of a
 * batch in arrival order, the responses already stored under their idempotency keys and the invitations behind
 * their tokens, decides for each submission what a lone transaction would have decided, in the same order:
 * 1. an idempotency key already stored (or stored earlier in this batch) → that response, as a duplicate;
 * 2. an invitation token that is unknown, expired or used (also: used earlier in this batch) → refused;
 * 3. otherwise the row to insert (licence type and counter from the invitation when it has them, the kiosk's
 *    counter first), the invitation to claim and the increments for its daily aggregate slice.
 * Increments of a slice are folded into one row per slice, so a batch writes each aggregate once.
 */
import { addIncrements, aggregateIncrements, type AggregateIncrements } from "./aggregate-row";
import { invitationState, type InvitationState } from "./invitation-state";
import { prepareResponseRow, sliceOf, type NewSurveyResponse, type ResponseSlice } from "./response-row";

/** One validated submission waiting for the writer. */
export type ResponseJob = {
  /** The row to store; licenseTypeId/counterId as resolved from the submitted codes (and the kiosk's counter). */
  response: NewSurveyResponse;
  /** The one-time invitation the respondent answered, if any. */
  invitationToken: string | null;
  /** The kiosk's counter, which wins over the invitation's. */
  kioskCounterId: number | null;
  now: Date;
};

export type StoredInvitation = {
  id: string;
  token: string;
  licenseTypeId: number | null;
  counterId: number | null;
  usedAt: Date | null;
  expiresAt: Date;
};

/** A stored response as its submitter is answered: the licence type it was filed under (the invitation's, if any). */
export type StoredResponseRef = { id: string; submittedAt: Date; licenseTypeId: number | null };

export type JobOutcome =
  | ({ kind: "stored" } & StoredResponseRef)
  | ({ kind: "duplicate" } & StoredResponseRef)
  | { kind: "unavailable"; state: "used" | "expired" | "missing" }
  | { kind: "failed"; error: unknown };

export type ResponseRowData = ReturnType<typeof prepareResponseRow>["data"] & { id: string };

export type BatchPlan = {
  outcomes: JobOutcome[];
  inserts: ResponseRowData[];
  claims: { invitationId: string; usedAt: Date }[];
  aggregates: { slice: ResponseSlice; inc: AggregateIncrements }[];
  /** Latest submission time per kiosk (Kiosk.lastSeenAt). */
  kioskSeen: { kioskId: string; at: Date }[];
};

export function planResponseBatch(
  jobs: readonly ResponseJob[],
  stored: {
    byIdempotencyKey: ReadonlyMap<string, StoredResponseRef>;
    invitationsByToken: ReadonlyMap<string, StoredInvitation>;
  },
  newId: () => string,
): BatchPlan {
  const keys = new Map(stored.byIdempotencyKey);
  const claimed = new Set<string>();
  const plan: BatchPlan = { outcomes: [], inserts: [], claims: [], aggregates: [], kioskSeen: [] };
  const slices = new Map<string, { slice: ResponseSlice; inc: AggregateIncrements }>();
  const kioskSeen = new Map<string, Date>();
  for (const job of jobs) {
    const key = job.response.idempotencyKey ?? null;
    const earlier = key ? keys.get(key) : undefined;
    if (earlier) {
      plan.outcomes.push({ kind: "duplicate", ...earlier });
      continue;
    }
    let invitation: StoredInvitation | null = null;
    if (job.invitationToken) {
      const state = stateInBatch(stored.invitationsByToken.get(job.invitationToken), claimed, job.now);
      if (state !== "open") {
        plan.outcomes.push({ kind: "unavailable", state });
        continue;
      }
      invitation = stored.invitationsByToken.get(job.invitationToken)!;
    }
    const response: NewSurveyResponse = {
      ...job.response,
      licenseTypeId: invitation?.licenseTypeId ?? job.response.licenseTypeId ?? null,
      counterId: job.kioskCounterId ?? invitation?.counterId ?? job.response.counterId ?? null,
      invitationId: invitation?.id ?? null,
    };
    let prepared: ReturnType<typeof prepareResponseRow>;
    try {
      prepared = prepareResponseRow(response);
    } catch (error) {
      plan.outcomes.push({ kind: "failed", error });
      continue;
    }
    const id = newId();
    plan.inserts.push({ ...prepared.data, id });
    if (invitation) {
      claimed.add(invitation.id);
      plan.claims.push({ invitationId: invitation.id, usedAt: job.now });
    }
    const slice = sliceOf(response);
    const sliceKey = `${slice.day}|${slice.questionnaire}|${slice.licenseTypeId}|${slice.counterId}|${slice.channel}`;
    const inc = aggregateIncrements(prepared.questionnaire, response.answers);
    const previous = slices.get(sliceKey);
    slices.set(sliceKey, { slice, inc: previous ? addIncrements(previous.inc, inc) : inc });
    if (response.kioskId) {
      const seen = kioskSeen.get(response.kioskId);
      if (!seen || seen < job.now) kioskSeen.set(response.kioskId, job.now);
    }
    const ref: StoredResponseRef = {
      id,
      submittedAt: response.submittedAt,
      licenseTypeId: response.licenseTypeId ?? null,
    };
    if (key) keys.set(key, ref);
    plan.outcomes.push({ kind: "stored", ...ref });
  }
  // Slices in key order: concurrent writers of other processes take the aggregate rows' locks in one order.
  plan.aggregates = [...slices.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  plan.kioskSeen = [...kioskSeen.entries()].map(([kioskId, at]) => ({ kioskId, at }));
  return plan;
}

/** The invitation's state at `now` (invitation-state.ts), where one claimed earlier in this batch is used. */
function stateInBatch(
  invitation: StoredInvitation | undefined,
  claimedInBatch: ReadonlySet<string>,
  now: Date,
): InvitationState {
  if (!invitation) return "missing";
  return claimedInBatch.has(invitation.id) ? "used" : invitationState(invitation, now);
}
