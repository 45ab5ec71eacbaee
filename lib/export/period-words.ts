import type { Locale } from "../i18n/locales";
import { formatDateRange, formatPeriod } from "../format/format";

/** A period in words for a report's heading: "Triwulan II 2026 (1 April – 30 Juni 2026)". */
export function periodInWords(period: { labelId: string; labelEn: string; from: string; to: string }, locale: Locale) {
  return `${formatPeriod(period, locale)} (${formatDateRange(period.from, period.to, locale)})`;
}
