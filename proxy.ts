import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { crossSiteRefusal } from "@/lib/security/request-guard";
import { createNonce, securityHeaders } from "@/lib/security/headers";
import { httpStatusOf } from "@/lib/errors";

/**
 * Runs before every page, server action and route handler: refuses cross-site state-changing requests
 * (lib/security/request-guard.ts) with 403 in the API's error shape, and sets the security headers
 * (lib/security/headers.ts) with a fresh CSP nonce that Next reads from the request's CSP header.
 * Authorization stays in each page, action and route (requireRole...); this file only guards and decorates.
 */
export function proxy(request: NextRequest) {
  const env = getEnv();
  const options = {
    nonce: createNonce(),
    isHttps: env.LENTERA_PUBLIC_URL?.startsWith("https:") ?? false,
    isDevelopment: env.NODE_ENV === "development",
  };
  const headers = securityHeaders(options);
  const refusal = crossSiteRefusal(request, env.LENTERA_PUBLIC_URL);
  if (refusal) {
    const response = NextResponse.json(
      { error: { code: refusal.code, message: refusal.message } },
      { status: httpStatusOf(refusal.code), headers: { "Cache-Control": "no-store" } },
    );
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", options.nonce);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build assets carry no state and no HTML: skipped to keep the proxy off the hot path.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
