/**
 * The documented range of every number Lentera stores (issue 12, item 5), and the zod pieces that enforce them,
 * so one table answers "what may go into this column" for forms, the API and CSV imports alike.
 *
 * Why these limits: each is far above anything a city licensing office sees, yet small enough that the column
 * type and every sum over it stay exact on both engines. Rupiah amounts are BigInt (int64, max ≈ 9.22 × 10^18):
 * at most Rp100 triliun (10^14) per project or report, so 92,233 projects all at the limit still sum below 2^63.
 * Counts live in 32-bit Int columns on PostgreSQL (max 2,147,483,647): workers ≤ 100,000 per project, so even
 * 10,737 projects at the limit in one day's aggregate fit. Fees ≤ Rp1 miliar fit an Int.
 */
import { z } from "zod";
import { numberProblemMessage, readIndonesianNumber } from "./indonesian-number";

export type IntegerBound = { min: number; max: number };
export type DecimalTextBound = { maxIntegerDigits: number; maxFractionDigits: number };

export const NUMBER_BOUNDS = {
  /** Investment value / LKPM realisation, whole rupiah after conversion (BigInt columns). */
  investmentRupiah: { min: 0n, max: 100_000_000_000_000n },
  /** The amount as typed, in its own currency: "1250000.50". */
  amountText: { maxIntegerDigits: 15, maxFractionDigits: 2 },
  /** Rupiah per unit of a foreign currency (KWD, the dearest, is about Rp54.000). */
  exchangeRate: { max: 1_000_000, maxIntegerDigits: 7, maxFractionDigits: 6 },
  /** Indonesian or foreign workers of one project or report. */
  workers: { min: 0, max: 100_000 },
  /** Fee charged / official tariff, whole rupiah (Int columns). */
  feeRupiah: { min: 0, max: 1_000_000_000 },
  /** Cost of one outreach campaign, whole rupiah (Int column; Rp2 miliar fits below 2^31). */
  campaignCostRupiah: { min: 0, max: 2_000_000_000 },
  /** Survey respondent's age in years (PermenPANRB 14/2017 form). */
  respondentAge: { min: 15, max: 100 },
  /** SKM population (number of service users in a period) for the sample-size check. */
  skmPopulation: { min: 0, max: 10_000_000 },
  /** Working days of a licence type's SLA. */
  slaDays: { min: 1, max: 365 },
  /** A KPI target: percentages, indices, days and counts (rupiah targets have their own, larger bound). */
  kpiTarget: { min: 0, max: 1_000_000 },
} as const;

const grouped = (n: number | bigint) => new Intl.NumberFormat("id-ID").format(n);

/** "Tenaga kerja asing harus bilangan bulat 0–100.000." */
export function integerRangeMessage(label: string, bound: IntegerBound): string {
  return `${label} harus bilangan bulat ${grouped(bound.min)}–${grouped(bound.max)}.`;
}

/**
 * Reads a bounded integer from a form/CSV string or a JSON number. Refuses NaN, Infinity, 1e30, 2^63, fractions,
 * "1.000", 400-digit strings and anything outside [min, max] with one message naming the field and its range.
 * Empty input is the caller's business (wrap with `.optional()` or check for "" first).
 */
export function boundedInteger(label: string, bound: IntegerBound) {
  const message = integerRangeMessage(label, bound);
  return z.union([z.string(), z.number()], { error: `${label} wajib diisi.` }).transform((value, ctx) => {
    const parsed = parseBoundedInteger(value, bound);
    if (parsed === null) {
      ctx.addIssue({
        code: "custom",
        message: typeof value === "string" && value.trim() === "" ? `${label} wajib diisi.` : message,
      });
      return z.NEVER;
    }
    return parsed;
  });
}

/** The integer in `value` when it is one and lies in the bound, else null. Pure; used by boundedInteger. */
export function parseBoundedInteger(value: string | number, bound: IntegerBound): number | null {
  let n: number;
  if (typeof value === "number") n = value;
  else {
    const text = value.trim();
    // At most 16 digits: enough for any bound here, and a 400-digit string never reaches Number().
    if (!/^-?\d{1,16}$/.test(text)) return null;
    n = Number(text);
  }
  if (!Number.isSafeInteger(n) || n < bound.min || n > bound.max) return null;
  return n;
}

/** Null when `text` is a plain non-negative decimal within the digit limits; else why not. */
export function decimalTextProblem(
  text: string,
  bound: DecimalTextBound,
): "format" | "integer_digits" | "fraction_digits" | null {
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(text)) return "format";
  const [whole = "", fraction = ""] = text.split(".");
  if (whole.replace(/^0+(?=\d)/, "").length > bound.maxIntegerDigits) return "integer_digits";
  if (fraction.length > bound.maxFractionDigits) return "fraction_digits";
  return null;
}

export function decimalTextMessage(
  label: string,
  problem: "format" | "integer_digits" | "fraction_digits",
  bound: DecimalTextBound,
): string {
  if (problem === "integer_digits")
    return `${label} terlalu besar: paling banyak ${bound.maxIntegerDigits} angka sebelum titik desimal.`;
  if (problem === "fraction_digits")
    return `${label} paling banyak ${bound.maxFractionDigits} angka di belakang titik desimal.`;
  return `${label} harus angka, mis. 1.250.000,50 atau 1250000.50.`;
}

/**
 * Inside a zod transform: the number typed in `text` ("1.250.000,50", "Rp 1.250.000", "1250000.50") as a plain
 * decimal string, or null after adding the issue that says why it cannot be read (lib/validation/indonesian-number.ts).
 */
export function readNumberText(
  text: string,
  label: string,
  maxFractionDigits: number,
  ctx: { addIssue: (issue: { code: "custom"; message: string }) => void },
): string | null {
  const reading = readIndonesianNumber(text, { maxFractionDigits });
  if (reading.ok) return reading.decimal;
  ctx.addIssue({ code: "custom", message: numberProblemMessage(label, reading.problem) });
  return null;
}

/**
 * A whole amount within `bound` (fee, tariff, target), typed the Indonesian way ("350.000", "Rp 1.250.000",
 * "1.250.000,00") or as a JSON number. Sen are refused: "Biaya dalam rupiah utuh, tanpa sen."
 */
export function indonesianInteger(label: string, bound: IntegerBound) {
  return z.union([z.string(), z.number()], { error: `${label} wajib diisi.` }).transform((value, ctx) => {
    const decimal = readNumberText(String(value), label, 2, ctx);
    if (decimal === null) return z.NEVER;
    const [whole = "", fraction = ""] = decimal.split(".");
    if (/[1-9]/.test(fraction)) {
      ctx.addIssue({ code: "custom", message: `${label} dalam angka bulat, tanpa desimal.` });
      return z.NEVER;
    }
    const parsed = parseBoundedInteger(whole, bound);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: integerRangeMessage(label, bound) });
      return z.NEVER;
    }
    return parsed;
  });
}

/** Message when a converted rupiah amount is outside NUMBER_BOUNDS.investmentRupiah, else null. */
export function rupiahBoundProblem(label: string, rupiah: bigint): string | null {
  const { min, max } = NUMBER_BOUNDS.investmentRupiah;
  if (rupiah < min || rupiah > max)
    return `${label} paling banyak Rp${grouped(max)} (Rp100 triliun) per laporan atau proyek.`;
  return null;
}

// ------------------------------------------------------------------------------------------------- text

export const LONE_SURROGATE_MESSAGE = "Teks berisi karakter yang tidak valid (surrogate UTF-16 tanpa pasangan).";

/** True when a string holds a UTF-16 surrogate without its pair ("\ud800"): not valid Unicode, cannot be stored as UTF-8. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path of the first string (or object key) in a parsed JSON value that holds a lone surrogate, else null:
 * {"respondent":{"occupation":"\ud800"}} → "respondent.occupation".
 */
export function loneSurrogatePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return hasLoneSurrogate(value) ? path.join(".") || "_" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogatePath(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (hasLoneSurrogate(key)) return [...path, key.replace(new RegExp(LONE_SURROGATE, "g"), "\uFFFD")].join(".");
      const found = loneSurrogatePath(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
