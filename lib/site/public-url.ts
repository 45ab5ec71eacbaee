import "server-only";
import { getEnv } from "../env";

/**
 * The origin printed links start with (survey links and QR codes, kiosk pairing links, complaint status links,
 * share cards): LENTERA_PUBLIC_URL, which a real office must set (lib/env.ts). A demo without it uses the address
 * the visitor opened — so a QR code printed at http://192.168.1.20:3000 points there, never to a default
 * "localhost". Outside a request (seed scripts) a demo falls back to http://localhost:PORT.
 */
export async function getPublicOrigin(): Promise<string> {
  const env = getEnv();
  if (env.LENTERA_PUBLIC_URL) return env.LENTERA_PUBLIC_URL;
  try {
    const { headers } = await import("next/headers");
    const requestHeaders = await headers();
    const host = requestHeaders.get("host");
    if (host && /^[A-Za-z0-9.:[\]-]+$/.test(host)) {
      const forwarded = env.LENTERA_TRUST_PROXY === "1" ? requestHeaders.get("x-forwarded-proto") : null;
      return `${forwarded === "https" ? "https" : "http"}://${host}`;
    }
  } catch {
    // Not in a request (scripts, tests): fall through.
  }
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}

/** An absolute link to `path` ("/s/abc") on the public origin. */
export async function publicUrl(path: string): Promise<string> {
  return `${await getPublicOrigin()}${path.startsWith("/") ? path : `/${path}`}`;
}
