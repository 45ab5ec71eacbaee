import { AppError } from "../errors";

/**
 * The one cross-site request guard (ASVS 4.0 V4.2.2, V13.2.5), used by proxy.ts for every request (pages, server
 * actions, route handlers) and again by apiHandler (lib/api/handler.ts) for route handlers. A state-changing request (not GET/HEAD/OPTIONS)
 * is refused with 403 when the browser says it comes from another origin: an `Origin` whose host is neither this
 * request's Host nor LENTERA_PUBLIC_URL's, `Origin: null`, or, without Origin, `Sec-Fetch-Site` other than
 * same-origin/none. SameSite=Lax cookies do not cover this: another port or subdomain of the same host is "same site".
 * Requests with `Authorization: Bearer` are scripts, not browsers carrying a cookie: they pass. A cookie-carrying
 * request to the JSON API may not use a type a cross-site form or no-cors fetch can send (text/plain,
 * application/x-www-form-urlencoded, multipart/form-data): 415.
 */
export type GuardedRequest = { method: string; url: string; headers: Headers };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SIMPLE_CONTENT_TYPES = new Set(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export function hasBearerToken(headers: Headers): boolean {
  return /^Bearer\s+\S+$/i.test(headers.get("authorization") ?? "");
}

function trustedHosts(request: GuardedRequest, publicUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  const host = request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  try {
    hosts.add(new URL(request.url).host.toLowerCase());
  } catch {
    /* relative URL: Host header only */
  }
  try {
    if (publicUrl) hosts.add(new URL(publicUrl).host.toLowerCase());
  } catch {
    /* unparsable public URL: ignored */
  }
  return hosts;
}

/** null when the request may go on; otherwise the AppError to answer with (403 or 415). */
export function crossSiteRefusal(request: GuardedRequest, publicUrl: string | undefined): AppError | null {
  if (!isStateChanging(request.method) || hasBearerToken(request.headers)) return null;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  let foreign = false;
  if (origin !== null) {
    let host: string | null = null;
    try {
      host = origin === "null" ? null : new URL(origin).host.toLowerCase();
    } catch {
      host = null;
    }
    foreign = host === null || !trustedHosts(request, publicUrl).has(host);
  } else if (fetchSite !== null) {
    foreign = fetchSite !== "same-origin" && fetchSite !== "none";
  }
  if (foreign) {
    return new AppError(
      "FORBIDDEN",
      "Permintaan dari situs lain ditolak (Origin tidak sesuai). / Cross-site request refused.",
    );
  }
  const path = safePathname(request.url);
  if (path.startsWith("/api/v1/") && request.headers.has("cookie")) {
    const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (SIMPLE_CONTENT_TYPES.has(type)) {
      return new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        `Content-Type ${type} tidak diterima dari sesi browser; kirim application/json atau text/csv. / ${type} is not accepted from a browser session.`,
      );
    }
  }
  return null;
}

function safePathname(url: string): string {
  try {
    return new URL(url, "http://localhost").pathname;
  } catch {
    return "/";
  }
}
