import { createHash } from "node:crypto";
import { AppError } from "../errors";

/**
 * In-process sliding-window rate limiter (one Lentera process serves an office; a scaled-out
 * deployment puts its proxy's limiter in front). Keys are hashed: no raw addresses are kept.
 */
const windows = new Map<string, number[]>();

export function hashKey(value: string): string {
  return createHash("sha256").update(`lentera:${value}`).digest("base64url").slice(0, 22);
}

export function checkRateLimit(
  bucket: string,
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): { ok: boolean; retryAfterSeconds: number } {
  const id = `${bucket}:${hashKey(key)}`;
  const recent = (windows.get(id) ?? []).filter((t) => t > now - windowMs);
  if (recent.length >= limit) {
    windows.set(id, recent);
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) };
  }
  recent.push(now);
  windows.set(id, recent);
  if (windows.size > 50_000) windows.clear(); // bounded memory under address spraying
  return { ok: true, retryAfterSeconds: 0 };
}

export function enforceRateLimit(bucket: string, key: string, limit: number, windowMs: number, message: string): void {
  const result = checkRateLimit(bucket, key, limit, windowMs);
  if (!result.ok) throw new AppError("RATE_LIMITED", message, { retryAfterSeconds: result.retryAfterSeconds });
}

/**
 * The client address for rate limits and the sign-in log: the LAST X-Forwarded-For entry, the one written by the
 * hop next to us. scripts/serve.mjs replaces the header with the socket address, unless LENTERA_TRUST_PROXY=1
 * says a reverse proxy in front appends the real client (nginx `proxy_add_x_forwarded_for`); entries a client
 * typed itself come before it and are ignored, so they cannot dodge a limit.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined): string {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last || "unknown";
}

export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers.get("x-forwarded-for"));
}
