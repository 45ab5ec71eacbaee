/** Whether a survey invitation can still be answered at `now`: used once, it is used; it expires at `expiresAt`. */
export type InvitationState = "open" | "used" | "expired" | "missing";

export function invitationState(row: { usedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  return row.usedAt ? "used" : row.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
}
