import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Abuse protection of the public complaint form (the same three layers as the public survey): a per-address rate
 * limit (in the action), a honeypot field people never see, and a minimum fill time proven by a signed render
 * timestamp, so a script that posts straight away is turned back.
 */
export const MINIMUM_FILL_MILLISECONDS = 3_000;
/** A form older than this must be reloaded (stops replaying one old token for ever). */
export const MAXIMUM_FORM_AGE_MILLISECONDS = 6 * 60 * 60 * 1000;
export const HONEYPOT_FIELD = "website";

function sign(secret: string, renderedAt: number): string {
  return createHmac("sha256", secret).update(`complaint-form:${renderedAt}`).digest("base64url").slice(0, 24);
}

/** "<renderedAt>.<signature>", placed in a hidden field when the form is rendered. */
export function issueFormToken(secret: string, now: number): string {
  return `${now}.${sign(secret, now)}`;
}

export type FormGuardVerdict = "ok" | "honeypot" | "too-fast" | "invalid-token" | "expired";

export function checkFormGuard(input: {
  token: string;
  honeypot: string;
  secret: string;
  now: number;
}): FormGuardVerdict {
  if (input.honeypot.trim() !== "") return "honeypot";
  const [stamp, signature] = input.token.split(".");
  const renderedAt = Number(stamp);
  if (!Number.isInteger(renderedAt) || !signature) return "invalid-token";
  const expected = Buffer.from(sign(input.secret, renderedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid-token";
  const age = input.now - renderedAt;
  if (age < MINIMUM_FILL_MILLISECONDS) return "too-fast";
  if (age > MAXIMUM_FORM_AGE_MILLISECONDS) return "expired";
  return "ok";
}
