import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * Language switch (a plain link, works without JavaScript): sets the cookie and returns to the page
 * the visitor came from. The redirect is relative, so it stays on whatever host the visitor used.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const to = url.searchParams.get("ke");
  let back = "/";
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const ref = new URL(referer);
      const host = request.headers.get("host");
      if (!host || ref.host === host) back = ref.pathname + ref.search;
    } catch {
      // ignore a malformed Referer
    }
  }
  const headers = new Headers({ Location: back, "Cache-Control": "no-store" });
  if (isLocale(to)) headers.append("Set-Cookie", `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=31536000; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}
