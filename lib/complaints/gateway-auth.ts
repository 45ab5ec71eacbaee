import { createHmac, timingSafeEqual } from "node:crypto";

export type GatewayAuthMode = "token" | "hmac";

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Hex HMAC-SHA256 of the raw request body with the shared secret (what the gateway sends in X-Signature). */
export function signGatewayBody(secret: string, rawBody: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("hex");
}

/**
 * Whether a webhook call carries the shared secret: in token mode the X-Gateway-Token header (or a Bearer
 * Authorization) equals it; in hmac mode X-Signature is the hex HMAC-SHA256 of the exact raw body (an optional
 * "sha256=" prefix is accepted). Constant-time comparisons; no secret configured means nobody is let in.
 */
export function isGatewayRequestAuthentic(
  headers: Headers,
  rawBody: string,
  config: { secret: string | undefined; mode: GatewayAuthMode },
): boolean {
  if (!config.secret) return false;
  if (config.mode === "token") {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1];
    const token = headers.get("x-gateway-token") ?? bearer;
    return !!token && safeEqual(token, config.secret);
  }
  const signature = (headers.get("x-signature") ?? "")
    .trim()
    .replace(/^sha256=/i, "")
    .toLowerCase();
  return signature !== "" && safeEqual(signature, signGatewayBody(config.secret, rawBody));
}
