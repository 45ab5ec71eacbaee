/**
 * Every figure and date the UI, charts, tooltips and exports show goes through this module, in the reader's
 * language: Indonesian "2.922", "3,28", "63,2 %", "Rp 1.250.000", "1 Juli 2026"; English "2,922", "3.28", "63.2%",
 * "IDR 1,250,000", "1 July 2026". Missing values (null/undefined) print as "—".
 *
 * Intl supplies digit grouping; month names and the short rupiah units are fixed tables here, because ICU data
 * differs between Node and browsers (en-GB now writes "Sept") and Intl's compact notation writes "1,2 M" in
 * Indonesian, which readers take for million. Pure: no clock, no time-zone setting of the machine (WIB = UTC+7).
 */
import { intlTag, type Locale } from "../i18n/locales";
import { isIsoDate, toWibDate } from "../calendar/working-days";

/** Printed for a missing value. */
export const MISSING = "—";

type Maybe<T> = T | null | undefined;

export const MONTH_NAMES: Record<Locale, readonly string[]> = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

const formatCache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = formatCache.get(key);
  if (format === undefined) {
    // "negative": a figure that rounds to zero prints "0", never "-0".
    format = new Intl.NumberFormat(intlTag(locale), {
      minimumFractionDigits,
      maximumFractionDigits,
      signDisplay: "negative",
    });
    formatCache.set(key, format);
  }
  return format;
}

function assertFinite(value: number | bigint): void {
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`Angka tidak valid: ${value}`);
}

// "+" on request for a positive difference (never on a figure that rounds to zero); Intl writes a negative sign.
function signed(text: string, value: number | bigint, withPlus: boolean): string {
  return withPlus && value > 0 && !/^0([.,]0*)?$/.test(text) ? `+${text}` : text;
}

/** A whole count with digit grouping: 2922 → "2.922" (id) / "2,922" (en); fractions are rounded. */
export function formatCount(value: Maybe<number | bigint>, locale: Locale): string {
  if (value === null || value === undefined) return MISSING;
  assertFinite(value);
  return numberFormat(locale, 0, 0).format(value);
}

/**
 * A decimal with exactly `digits` decimals (default 2): 3.2849 → "3,28" (id) / "3.28" (en). `signed` prefixes
 * "+" for a positive difference. With `trim`, trailing zeros are dropped (82.50 → "82,5") — for figures such as
 * targets that people type.
 */
export function formatDecimal(
  value: Maybe<number>,
  locale: Locale,
  digits = 2,
  options: { signed?: boolean; trim?: boolean } = {},
): string {
  if (value === null || value === undefined) return MISSING;
  assertFinite(value);
  const text = numberFormat(locale, options.trim ? 0 : digits, digits).format(value);
  return signed(text, value, options.signed ?? false);
}

const PERCENT_SIGN: Record<Locale, string> = { id: "\u00a0%", en: "%" };

/**
 * A ratio as a percentage with `digits` decimals (default 1): 0.632 → "63,2 %" (id, no-break space) / "63.2%" (en).
 * `signed` prefixes "+" for a positive change.
 */
export function formatPercent(
  ratio: Maybe<number>,
  locale: Locale,
  digits = 1,
  options: { signed?: boolean } = {},
): string {
  if (ratio === null || ratio === undefined) return MISSING;
  return `${formatDecimal(ratio * 100, locale, digits, options)}${PERCENT_SIGN[locale]}`;
}

// ---------------------------------------------------------------------------------------------------------- rupiah

const CURRENCY_PREFIXES: Record<Locale, string> = { id: "Rp", en: "IDR" };
const DECIMAL_SEPARATORS: Record<Locale, string> = { id: ",", en: "." };
// Largest first. English uses the short scale: juta = million, miliar = billion, triliun = trillion.
const SHORT_UNITS = [
  { divisor: 1_000_000_000_000n, id: "triliun", en: "trillion" },
  { divisor: 1_000_000_000n, id: "miliar", en: "billion" },
  { divisor: 1_000_000n, id: "juta", en: "million" },
] as const;

// Whole rupiah; a fractional number is rounded half away from zero.
function toWholeRupiah(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isFinite(value)) throw new RangeError(`Nilai rupiah tidak valid: ${value}`);
  return BigInt(Math.sign(value) * Math.round(Math.abs(value)));
}

function withCurrency(isNegative: boolean, locale: Locale, body: string): string {
  return `${isNegative ? "-" : ""}${CURRENCY_PREFIXES[locale]} ${body}`;
}

/**
 * Exact rupiah with digit grouping: "Rp 1.234.567.890" (id) / "IDR 1,234,567,890" (en). Money is integer rupiah;
 * bigints print exactly beyond 2^53.
 */
export function formatRupiah(value: Maybe<bigint | number>, locale: Locale): string {
  if (value === null || value === undefined) return MISSING;
  const rupiah = toWholeRupiah(value);
  const isNegative = rupiah < 0n;
  return withCurrency(isNegative, locale, numberFormat(locale, 0, 0).format(isNegative ? -rupiah : rupiah));
}

/**
 * Short rupiah for cards and chart axes: below one million the exact amount ("Rp 12.500"), otherwise juta / miliar /
 * triliun with up to two decimals rounded half-up ("Rp 850 juta", "Rp 1,2 miliar"; "IDR 1.2 billion"). The largest
 * unit whose rounded value is at least 1 is used (Rp 999.999.999 → "Rp 1 miliar").
 */
export function formatRupiahShort(value: Maybe<bigint | number>, locale: Locale): string {
  if (value === null || value === undefined) return MISSING;
  const rupiah = toWholeRupiah(value);
  const isNegative = rupiah < 0n;
  const magnitude = isNegative ? -rupiah : rupiah;
  if (magnitude < 1_000_000n) return withCurrency(isNegative, locale, numberFormat(locale, 0, 0).format(magnitude));
  for (const unit of SHORT_UNITS) {
    const hundredths = (200n * magnitude + unit.divisor) / (2n * unit.divisor);
    if (hundredths >= 100n) {
      const whole = numberFormat(locale, 0, 0).format(hundredths / 100n);
      const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
      const number = fraction === "" ? whole : `${whole}${DECIMAL_SEPARATORS[locale]}${fraction}`;
      return withCurrency(isNegative, locale, `${number} ${unit[locale]}`);
    }
  }
  throw new RangeError(`Nilai rupiah tidak dapat diringkas: ${rupiah}`); // unreachable: ≥ 1 juta gives ≥ 1,00 juta
}

// ------------------------------------------------------------------------------------------------------------ dates

function calendarDate(date: string | Date): string {
  if (date instanceof Date) return toWibDate(date);
  if (!isIsoDate(date)) throw new RangeError(`Tanggal "${date}" harus berformat YYYY-MM-DD dan ada dalam kalender.`);
  return date;
}

/**
 * A date as people write it: "1 Juli 2026" (id) / "1 July 2026" (en). A "YYYY-MM-DD" string is a calendar date
 * (never shifted by a time zone); a Date is an instant, shown as its date in WIB. Throws RangeError for "2026-02-29".
 */
export function formatDate(date: Maybe<string | Date>, locale: Locale): string {
  if (date === null || date === undefined) return MISSING;
  const day = calendarDate(date);
  return `${Number(day.slice(8, 10))} ${MONTH_NAMES[locale][Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** An instant in WIB: "1 Juli 2026 14.05" (id, dotted time) / "1 July 2026 14:05" (en). */
export function formatDateTime(instant: Maybe<Date>, locale: Locale): string {
  if (instant === null || instant === undefined) return MISSING;
  const wib = new Date(instant.getTime() + 7 * 3_600_000);
  const hh = String(wib.getUTCHours()).padStart(2, "0");
  const mm = String(wib.getUTCMinutes()).padStart(2, "0");
  return `${formatDate(instant, locale)} ${hh}${locale === "id" ? "." : ":"}${mm}`;
}

/**
 * An inclusive range of calendar dates, sharing what both ends share: "1 April – 30 Juni 2026",
 * "1–15 Juli 2026", "15 Desember 2025 – 10 Januari 2026"; a single day prints once.
 */
export function formatDateRange(from: string, to: string, locale: Locale): string {
  const [a, b] = [formatDate(from, locale), formatDate(to, locale)];
  if (from === to) return a;
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${a} – ${b}`;
  if (from.slice(0, 7) !== to.slice(0, 7)) return `${a.slice(0, -5)} – ${b}`;
  return `${Number(from.slice(8, 10))}–${b}`;
}

/** A reporting period's name: "Triwulan II 2026" / "Q2 2026", "Juli 2026" / "July 2026". */
export function formatPeriod(period: { labelId: string; labelEn: string }, locale: Locale): string {
  return locale === "id" ? period.labelId : period.labelEn;
}
