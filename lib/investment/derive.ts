/**
 * Investment derivations: business scale from capital, conversion of foreign-currency values to rupiah, and the
 * labels and bounds the investment columns' schema (ZInvestmentFields in schemas.ts) names in its messages.
 */
import { BUSINESS_SCALE_CAPITAL_UPPER_BOUNDS } from "./constants";
import { fail, ok, type Result } from "./result";
import { decimalTextMessage, decimalTextProblem, NUMBER_BOUNDS } from "../validation/bounds";

export const BUSINESS_SCALES = ["mikro", "kecil", "menengah", "besar"] as const;
export type BusinessScale = (typeof BUSINESS_SCALES)[number];

/**
 * Business scale from modal usaha in whole rupiah (PP 7/2021 Pasal 35 ayat (3); the capital excludes land and
 * buildings, see `classifyBusinessScale`):
 * mikro ≤ Rp1 M < kecil ≤ Rp5 M < menengah ≤ Rp10 M < besar, with M = 1,000,000,000.
 * Throws RangeError for negative capital, which is a caller bug, not user input.
 */
export function businessScale(capitalRupiah: bigint): BusinessScale {
  if (capitalRupiah < 0n) throw new RangeError("Modal usaha tidak boleh negatif.");
  if (capitalRupiah <= BUSINESS_SCALE_CAPITAL_UPPER_BOUNDS.mikro) return "mikro";
  if (capitalRupiah <= BUSINESS_SCALE_CAPITAL_UPPER_BOUNDS.kecil) return "kecil";
  if (capitalRupiah <= BUSINESS_SCALE_CAPITAL_UPPER_BOUNDS.menengah) return "menengah";
  return "besar";
}

/**
 * Where a project's scale came from:
 * - "pma": a PMA company is usaha besar whatever its value (PerBKPM 4/2021 Ps 12, kept in PerBKPM 5/2025);
 * - "excluding_land_buildings": modal usaha = investment − land − buildings, as PP 7/2021 Ps 35 requires;
 * - "total_including_land_buildings": no land or building value was declared, so the scale comes from the total
 *   investment, which may include them (the scale may then be too high; flagged on pages and in the API).
 */
export const SCALE_BASES = ["pma", "excluding_land_buildings", "total_including_land_buildings"] as const;
export type ScaleBasis = (typeof SCALE_BASES)[number];

/**
 * Business scale of a project: PMA → besar; otherwise `businessScale` of the investment excluding the declared land
 * and building values (PP 7/2021 Ps 35), or of the total when neither was declared. All amounts in whole rupiah.
 * PMDN Rp12 M with land Rp3 M and buildings Rp4 M → capital Rp5 M → kecil; PMA USD 200.000 at 16.000 → besar.
 * Throws RangeError when land + buildings exceed the total (the input schema rejects that first).
 */
export function classifyBusinessScale(input: {
  origin: string;
  investmentRupiah: bigint;
  landRupiah?: bigint | null;
  buildingRupiah?: bigint | null;
}): { scale: BusinessScale; basis: ScaleBasis; capitalRupiah: bigint } {
  const land = input.landRupiah ?? null;
  const building = input.buildingRupiah ?? null;
  const hasBreakdown = land !== null || building !== null;
  const capital = input.investmentRupiah - (land ?? 0n) - (building ?? 0n);
  if (capital < 0n) throw new RangeError("Nilai tanah dan bangunan melebihi nilai investasi.");
  if (input.origin === "PMA") return { scale: "besar", basis: "pma", capitalRupiah: capital };
  return {
    scale: businessScale(capital),
    basis: hasBreakdown ? "excluding_land_buildings" : "total_including_land_buildings",
    capitalRupiah: capital,
  };
}

/** Non-negative decimal with "." as the decimal point and no thousands separators, e.g. "1250000.50". */
export const DECIMAL_PATTERN = /^[0-9]+(?:\.[0-9]+)?$/;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const RUPIAH_CURRENCY = "IDR";

type ExactDecimal = { units: bigint; scale: bigint };

// "1250000.50" → { units: 125000050n, scale: 100n }, i.e. value = units / scale, exactly.
function parseExactDecimal(text: string): ExactDecimal | null {
  if (!DECIMAL_PATTERN.test(text)) return null;
  const [whole = "", fraction = ""] = text.split(".");
  return { units: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

// Half-up division for non-negative operands: floor((2n + d) / 2d).
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

export type ConversionErrorCode =
  | "amount_invalid"
  | "currency_invalid"
  | "rate_missing"
  | "rate_invalid"
  | "rate_not_positive"
  | "rate_not_one_for_idr";

/**
 * Converts an amount in its original currency to whole rupiah: rupiah = amount × exchangeRate, rounded half-up.
 * Arithmetic is exact (bigint numerators over powers of ten), so "1250000.50" USD at "16325.75" gives
 * 20,407,195,662.875 → 20,407,195,663. Decimals use "." and no thousands separators. IDR needs no rate (an
 * explicit rate must be 1); any other ISO 4217 currency needs a positive rate in rupiah per unit.
 */
export function convertToRupiah(
  amount: string,
  currency: string,
  exchangeRate?: string | null,
): Result<bigint, ConversionErrorCode> {
  const parsedAmount = parseExactDecimal(amount.trim());
  if (parsedAmount === null) {
    return fail("amount_invalid", `Nilai "${amount}" harus angka desimal tanpa pemisah ribuan, mis. 1250000.50.`);
  }
  const currencyCode = currency.trim().toUpperCase();
  if (!CURRENCY_PATTERN.test(currencyCode)) {
    return fail("currency_invalid", `Mata uang "${currency}" harus kode ISO 4217 tiga huruf, mis. IDR atau USD.`);
  }
  const rateText = exchangeRate?.trim() ?? "";
  if (rateText === "" && currencyCode !== RUPIAH_CURRENCY) {
    return fail("rate_missing", `Kurs wajib diisi untuk mata uang ${currencyCode} (rupiah per 1 ${currencyCode}).`);
  }
  const parsedRate = rateText === "" ? { units: 1n, scale: 1n } : parseExactDecimal(rateText);
  if (parsedRate === null) {
    return fail("rate_invalid", `Kurs "${rateText}" harus angka desimal tanpa pemisah ribuan, mis. 16325.75.`);
  }
  if (parsedRate.units === 0n) return fail("rate_not_positive", "Kurs harus lebih besar dari 0.");
  if (currencyCode === RUPIAH_CURRENCY && parsedRate.units !== parsedRate.scale) {
    return fail("rate_not_one_for_idr", "Kurs untuk Rupiah (IDR) harus 1 atau dikosongkan.");
  }
  return ok(divideRoundHalfUp(parsedAmount.units * parsedRate.units, parsedAmount.scale * parsedRate.scale));
}

export const INVESTMENT_ORIGINS = ["PMA", "PMDN"] as const;
export type InvestmentOrigin = (typeof INVESTMENT_ORIGINS)[number];

/** Indonesian labels used in every validation message, so a message always names its column. */
export const INVESTMENT_FIELD_LABELS = {
  investmentValue: "Nilai investasi",
  investmentCurrency: "Mata uang investasi",
  exchangeRate: "Kurs",
  workersLocal: "Tenaga kerja Indonesia",
  workersForeign: "Tenaga kerja asing",
  kbli: "Kode KBLI",
  kbliVersion: "Versi KBLI",
  origin: "Status penanaman modal",
  landValue: "Nilai pembelian dan pematangan tanah",
  buildingValue: "Nilai bangunan/gedung",
} as const;

const L = INVESTMENT_FIELD_LABELS;

/** Null when a rate (already a plain decimal) is within NUMBER_BOUNDS.exchangeRate; else the message. */
export function exchangeRateProblem(text: string, label: string = L.exchangeRate): string | null {
  const bound = NUMBER_BOUNDS.exchangeRate;
  const problem = decimalTextProblem(text, bound);
  if (problem) return decimalTextMessage(label, problem, bound);
  if (Number(text) > bound.max)
    return `${label} paling banyak ${new Intl.NumberFormat("id-ID").format(bound.max)} rupiah per satuan mata uang.`;
  return null;
}
