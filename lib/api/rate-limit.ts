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

export function checkRateLimit(bucket: string, key: string, limit: number, windowMs: number, now = Date.now()): { ok: boolean; retryAfterSeconds: number } {
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

/** The client address as forwarded by Next's server (or a trusted proxy). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
