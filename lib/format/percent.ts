import { intlTag, type Locale } from "../i18n/locales";

/** A fraction as a percentage in the reader's format: 0.855 → "85,5%" (id) / "85.5%" (en); null → "—". */
export function formatPercent(value: number | null, locale: Locale, maximumFractionDigits = 1): string {
  if (value === null) return "—";
  if (!Number.isFinite(value)) throw new RangeError(`Angka tidak valid: ${value}`);
  return new Intl.NumberFormat(intlTag(locale), { style: "percent", maximumFractionDigits }).format(value);
}
