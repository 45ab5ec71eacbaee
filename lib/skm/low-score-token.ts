/**
 * The thank-you step after a low score (issue 18). When a respondent answers 1 or 2 on an element, the survey
 * redirects to the thank-you page with a short-lived signed token carrying only what the offer needs: the low
 * element codes, the licence type and a random nonce. Nothing is stored with the response; the token is the only
 * carrier, so a complaint filed from it cannot be followed back to the response. The nonce (hashed) makes filing
 * idempotent: a double submit of the offer creates one ticket. Pure: the secret, the clock and the random bytes are
 * passed in.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { LOW_ANSWER_MAX } from "./answer-stats";

/** How long the offer stays open after the survey (2 hours): enough to think it over, short enough to expire. */
export const LOW_SCORE_TOKEN_TTL_MS = 2 * 60 * 60 * 1000;

export type LowScoreOffer = {
  /** Element codes answered 1 or 2, in questionnaire order. */
  elements: string[];
  licenseTypeId: number | null;
  /** Random, base64url; only its SHA-256 is ever stored (on the complaint, as its intake key). */
  nonce: string;
  expiresAt: number;
};

/** The codes of the answers of 1 or 2, in the order given. */
export function lowElements(answers: Record<string, unknown>, codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const answer = answers[code];
    return typeof answer === "number" && answer >= 1 && answer <= LOW_ANSWER_MAX;
  });
}

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`skm-low-score:${payload}`).digest("base64url");
}

export function signLowScoreOffer(offer: LowScoreOffer, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify({ e: offer.elements, l: offer.licenseTypeId, n: offer.nonce, x: offer.expiresAt }),
  ).toString("base64url");
  return `${payload}.${mac(secret, payload)}`;
}

/** The offer of a token, or null when it is forged, malformed or expired at `now`. */
export function verifyLowScoreOffer(
  token: string | null | undefined,
  secret: string,
  now: number,
): LowScoreOffer | null {
  const [payload, signature, extra] = (token ?? "").split(".");
  if (!payload || !signature || extra !== undefined || token!.length > 600) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const elements = data.e;
    if (!Array.isArray(elements) || elements.length === 0 || !elements.every((e) => typeof e === "string")) return null;
    if (typeof data.x !== "number" || data.x <= now || typeof data.n !== "string") return null;
    const licenseTypeId = typeof data.l === "number" && Number.isInteger(data.l) ? data.l : null;
    return { elements: elements as string[], licenseTypeId, nonce: data.n, expiresAt: data.x };
  } catch {
    return null;
  }
}

/** The complaint's intake key: SHA-256 of the nonce, so one offer files one ticket. */
export function offerIntakeKey(offer: Pick<LowScoreOffer, "nonce">): string {
  return `skm-low:${createHash("sha256").update(offer.nonce).digest("hex")}`;
}
