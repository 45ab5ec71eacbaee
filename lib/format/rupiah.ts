/**
 * Rupiah and number formatting for the UI and reports. Money is integer rupiah; bigint values are formatted
 * without passing through floating point, so figures beyond 2^53 print exactly. Intl supplies digit grouping
 * ("1.234.567" in id, "1,234,567" in en); the short forms are built here because Intl's compact notation writes
 * "1,2 M" in Indonesian, which readers confuse with million.
 */
import { intlTag, type Locale } from "../i18n/locales";

// The date formatter lives in date.ts; it is re-exported so the format helpers can be imported from one place.
export { formatDateId } from "./date";

const CURRENCY_PREFIXES: Record<Locale, string> = { id: "Rp", en: "IDR" };
const DECIMAL_SEPARATORS: Record<Locale, string> = { id: ",", en: "." };

// Largest first. English uses the short scale: juta = million, miliar = billion, triliun = trillion.
const SHORT_UNITS = [
  { divisor: 1_000_000_000_000n, id: "triliun", en: "trillion" },
  { divisor: 1_000_000_000n, id: "miliar", en: "billion" },
  { divisor: 1_000_000n, id: "juta", en: "million" },
] as const;

const numberFormatCache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormatCache.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits });
    numberFormatCache.set(key, format);
  }
  return format;
}

// Whole rupiah; a fractional number is rounded half away from zero.
function toWholeRupiah(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isFinite(value)) throw new RangeError(`Nilai rupiah tidak valid: ${value}`);
  return BigInt(Math.sign(value) * Math.round(Math.abs(value)));
}

function withSign(isNegative: boolean, locale: Locale, body: string): string {
  return `${isNegative ? "-" : ""}${CURRENCY_PREFIXES[locale]} ${body}`;
}

// hundredths = value × 100 in the unit; prints at most two decimals and drops trailing zeros ("1,2", "3,45", "850").
function formatHundredths(hundredths: bigint, locale: Locale): string {
  const whole = numberFormat(locale, 0).format(hundredths / 100n);
  const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return fraction === "" ? whole : `${whole}${DECIMAL_SEPARATORS[locale]}${fraction}`;
}

/**
 * Short rupiah for cards and charts: below one million the exact amount ("Rp 12.500"), otherwise juta / miliar /
 * triliun with up to two decimals rounded half-up ("Rp 850 juta", "Rp 1,2 miliar", "Rp 3,45 triliun"); in English
 * "IDR 12,500", "IDR 850 million", "IDR 1.2 billion". The largest unit whose rounded value is at least 1 is used
 * (Rp 999.999.999 → "Rp 1 miliar"). Negative values get a leading "-".
 */
export function formatRupiahShort(value: bigint | number, locale: Locale): string {
  const rupiah = toWholeRupiah(value);
  const isNegative = rupiah < 0n;
  const magnitude = isNegative ? -rupiah : rupiah;
  if (magnitude < 1_000_000n) return withSign(isNegative, locale, numberFormat(locale, 0).format(magnitude));

  // The largest unit in which the rounded value is at least 1,00 — so 999.999.999 reads "1 miliar", not "1.000 juta".
  for (const unit of SHORT_UNITS) {
    const hundredths = (200n * magnitude + unit.divisor) / (2n * unit.divisor);
    if (hundredths >= 100n) {
      return withSign(isNegative, locale, `${formatHundredths(hundredths, locale)} ${unit[locale]}`);
    }
  }
  // Unreachable: magnitude ≥ 1.000.000 always gives at least 1,00 juta.
  throw new RangeError(`Nilai rupiah tidak dapat diringkas: ${rupiah}`);
}

/** Exact rupiah with digit grouping: "Rp 1.234.567.890" (id) or "IDR 1,234,567,890" (en). */
export function formatRupiahExact(value: bigint | number, locale: Locale = "id"): string {
  const rupiah = toWholeRupiah(value);
  const isNegative = rupiah < 0n;
  return withSign(isNegative, locale, numberFormat(locale, 0).format(isNegative ? -rupiah : rupiah));
}

/**
 * A plain number with the locale's grouping and decimal mark: 1234567.891 → "1.234.567,89" (id) or
 * "1,234,567.89" (en), at most `maximumFractionDigits` decimals (default 2). Bigints are exact.
 * Throws RangeError for NaN and infinities rather than printing them.
 */
export function formatNumber(value: bigint | number, locale: Locale, maximumFractionDigits = 2): string {
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`Angka tidak valid: ${value}`);
  return numberFormat(locale, maximumFractionDigits).format(value);
}
