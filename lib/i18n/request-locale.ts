import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/**
 * The language of a request from its language cookie (as set by the language switch), else Bahasa Indonesia. For
 * route handlers, which read the request rather than next/headers (so they also answer scripts and tests).
 */
export function localeOfRequest(request: Request): Locale {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === LOCALE_COOKIE) {
      const locale = decodeURIComponent(value.join("="));
      return isLocale(locale) ? locale : DEFAULT_LOCALE;
    }
  }
  return DEFAULT_LOCALE;
}
