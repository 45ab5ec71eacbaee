/**
 * Follow-up actions (rencana tindak lanjut, RTL; issue 18): the vocabulary, the status lifecycle and who may move an
 * action where. Pure: no database, no clock.
 *
 * Lifecycle: planned → in_progress → done; planned | in_progress → dropped (with a reason). Leadership and
 * administrators (manageFollowUpActions) may also reopen a done or dropped action (→ in_progress). Marking an
 * action done needs evidence (a text or at least one attached file): PEKPPP asks for proof, not a tick.
 * The owner of an action (a staff user) may start it, record evidence and mark it done; creating, assigning,
 * changing the due date and dropping are leadership decisions.
 */
import { can, type Role } from "../auth/roles";

export const FOLLOW_UP_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_SOURCE_KINDS = ["element", "complaint_category", "stage"] as const;
export type FollowUpSourceKind = (typeof FOLLOW_UP_SOURCE_KINDS)[number];

export function isFollowUpStatus(value: unknown): value is FollowUpStatus {
  return typeof value === "string" && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

export function isOpenFollowUp(status: string): boolean {
  return status === "planned" || status === "in_progress";
}

/** Moves an owner may make (besides recording evidence). */
const OWNER_TRANSITIONS: Readonly<Record<FollowUpStatus, readonly FollowUpStatus[]>> = {
  planned: ["in_progress", "done"],
  in_progress: ["done"],
  done: [],
  dropped: [],
};

/** Moves leadership may make. */
const MANAGER_TRANSITIONS: Readonly<Record<FollowUpStatus, readonly FollowUpStatus[]>> = {
  planned: ["in_progress", "done", "dropped"],
  in_progress: ["planned", "done", "dropped"],
  done: ["in_progress"],
  dropped: ["in_progress"],
};

export type FollowUpViewer = { id: string | null; role: Role };
export type FollowUpOwnership = { ownerUserId: string | null };

/** Leadership and administrators create, assign, reschedule, drop and reopen actions. */
export function canManageFollowUps(role: Role): boolean {
  return can(role, "manageFollowUpActions");
}

/** The action's owner (or leadership) may record progress and evidence on it. */
export function canWorkOnFollowUp(viewer: FollowUpViewer, action: FollowUpOwnership): boolean {
  if (canManageFollowUps(viewer.role)) return true;
  return can(viewer.role, "updateOwnFollowUpActions") && viewer.id !== null && action.ownerUserId === viewer.id;
}

/** The statuses `viewer` may move an action from `from` to (empty when none). */
export function allowedTransitions(
  viewer: FollowUpViewer,
  action: FollowUpOwnership & { status: string },
): readonly FollowUpStatus[] {
  if (!isFollowUpStatus(action.status)) return [];
  if (canManageFollowUps(viewer.role)) return MANAGER_TRANSITIONS[action.status];
  return canWorkOnFollowUp(viewer, action) ? OWNER_TRANSITIONS[action.status] : [];
}

export type TransitionProblem = "forbidden" | "not_allowed" | "needs_reason" | "needs_evidence";

/**
 * Why a move is refused, or null when it may happen. `evidence` is what the action would hold after the move (its
 * evidence text and how many files are attached).
 */
export function transitionProblem(
  viewer: FollowUpViewer,
  action: FollowUpOwnership & { status: string },
  to: FollowUpStatus,
  details: { dropReason?: string; evidenceText: string; attachmentCount: number },
): TransitionProblem | null {
  if (!canWorkOnFollowUp(viewer, action)) return "forbidden";
  if (!allowedTransitions(viewer, action).includes(to)) return "not_allowed";
  if (to === "dropped" && !details.dropReason?.trim()) return "needs_reason";
  if (to === "done" && !details.evidenceText.trim() && details.attachmentCount === 0) return "needs_evidence";
  return null;
}

/** Done on or before its due day (WIB days compare as strings). Null while not done. */
export function isDoneOnTime(action: { status: string; doneDay: string | null; dueDay: string }): boolean | null {
  if (action.status !== "done" || !action.doneDay) return null;
  return action.doneDay <= action.dueDay;
}

/** Open and past its due day on `today`. */
export function isOverdueFollowUp(action: { status: string; dueDay: string }, today: string): boolean {
  return isOpenFollowUp(action.status) && action.dueDay < today;
}
