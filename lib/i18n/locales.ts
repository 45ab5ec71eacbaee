/** Supported UI languages: Bahasa Indonesia first (default), English second. */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const LOCALE_COOKIE = "lentera-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tag for Intl formatting. */
export function intlTag(locale: Locale): string {
  return locale === "id" ? "id-ID" : "en-GB";
}
