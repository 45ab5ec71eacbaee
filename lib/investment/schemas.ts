/**
 * Every zod input schema of the investment domain: the analytics filter (one schema for the trend API, the export and
 * the dashboard form, so a bad parameter gets the same 422 everywhere), the investment columns of the import file
 * and the form, the yearly targets and the KBLI table import. Dates are WIB calendar days, both ends inclusive.
 */
import { z } from "zod";
import { isIsoDate, calendarDaysBetween } from "../calendar/working-days";
import {
  decimalTextMessage,
  decimalTextProblem,
  readNumberText,
  indonesianInteger,
  integerRangeMessage,
  NUMBER_BOUNDS,
  rupiahBoundProblem,
} from "../validation/bounds";
import {
  BUSINESS_SCALES,
  convertToRupiah,
  CURRENCY_PATTERN,
  DECIMAL_PATTERN,
  exchangeRateProblem,
  INVESTMENT_FIELD_LABELS,
  INVESTMENT_ORIGINS,
  RUPIAH_CURRENCY,
} from "./derive";
import { checkKbliInList, KBLI_VERSIONS, parseKbli } from "./kbli";
import { BKPM_SECTOR_CODES, BKPM_SECTOR_GROUPS } from "./sectors";

/** The admin's KBLI table import: which version the file is, and where it came from (kept with the table). */
export const ZKbliTableImport = z.object({
  version: z.enum(KBLI_VERSIONS, { error: "Versi KBLI harus 2020 atau 2025." }),
  source: z
    .string({ error: "Sumber wajib diisi." })
    .trim()
    .min(5, { error: "Tuliskan sumber tabel, mis. Peraturan BPS No. 2 Tahun 2020 (minimal 5 karakter)." })
    .max(300, { error: "Sumber paling banyak 300 karakter." }),
});
export type TKbliTableImport = z.infer<typeof ZKbliTableImport>;

export const ZKbliVersion = z.enum(KBLI_VERSIONS, { error: "Versi KBLI harus 2020 atau 2025." });

export const TREND_INTERVALS = ["month", "quarter", "year"] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];
export const TREND_GROUP_BYS = ["sector", "sectorGroup", "kecamatan", "origin", "scale"] as const;
export type TrendGroupBy = (typeof TREND_GROUP_BYS)[number];
/** The dimensions the dashboard breaks its totals down by (one table each, one sheet each in its workbook). */
export const BREAKDOWN_DIMENSIONS = [
  "sector",
  "kecamatan",
  "origin",
  "scale",
] as const satisfies readonly TrendGroupBy[];
export const EXPORT_KINDS = ["projects", "trend"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Longest range one request may cover (ten years of days), so a typo such as 1026 cannot scan forever. */
export const MAX_RANGE_DAYS = 3660;

/** An optional query parameter: an empty or blank value counts as absent. */
export const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** A required "YYYY-MM-DD" query date, named in its error messages. */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} wajib diisi (format YYYY-MM-DD).` })
    .refine(isIsoDate, { message: `${label} harus tanggal yang valid dengan format YYYY-MM-DD.` });

/** from ≤ to, at most MAX_RANGE_DAYS apart (checked once both are valid dates), reported on "to". */
export function refineDateRange(value: { from: string; to: string }, context: z.RefinementCtx): void {
  if (!isIsoDate(value.from) || !isIsoDate(value.to)) return;
  if (value.from > value.to) {
    context.addIssue({
      code: "custom",
      path: ["to"],
      message: "Tanggal akhir (to) tidak boleh sebelum tanggal awal (from).",
    });
  } else if (calendarDaysBetween(value.from, value.to) >= MAX_RANGE_DAYS) {
    context.addIssue({
      code: "custom",
      path: ["to"],
      message: `Rentang tanggal paling panjang ${MAX_RANGE_DAYS} hari.`,
    });
  }
}

const KECAMATAN_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}$/;

export const ZInvestmentFilter = z
  .object({
    from: isoDate("Tanggal awal (from)"),
    to: isoDate("Tanggal akhir (to)"),
    interval: optionalText(z.enum(TREND_INTERVALS, { error: "interval harus month, quarter atau year." })).transform(
      (value) => value ?? "month",
    ),
    groupBy: optionalText(
      z.enum(TREND_GROUP_BYS, { error: "groupBy harus sector, sectorGroup, kecamatan, origin atau scale." }),
    ),
    sector: optionalText(
      z.enum(BKPM_SECTOR_CODES as [string, ...string[]], { error: "sector bukan kode sektor BKPM." }),
    ),
    sectorGroup: optionalText(
      z.enum(BKPM_SECTOR_GROUPS, { error: "sectorGroup harus primer, sekunder atau tersier." }),
    ),
    kecamatan: optionalText(
      z.string().regex(KECAMATAN_CODE_PATTERN, { message: "kecamatan harus kode seperti 35.71.01." }),
    ),
    origin: optionalText(z.enum(INVESTMENT_ORIGINS, { error: "origin harus PMA atau PMDN." })),
    scale: optionalText(z.enum(BUSINESS_SCALES, { error: "scale harus mikro, kecil, menengah atau besar." })),
  })
  .superRefine(refineDateRange);
export type TInvestmentFilter = z.infer<typeof ZInvestmentFilter>;

export const ZInvestmentExportQuery = ZInvestmentFilter.and(
  z.object({
    kind: optionalText(z.enum(EXPORT_KINDS, { error: "kind harus projects atau trend." })).transform(
      (value) => value ?? "projects",
    ),
  }),
);
export type TInvestmentExportQuery = z.infer<typeof ZInvestmentExportQuery>;

const L = INVESTMENT_FIELD_LABELS;

function missingOrWrongType(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? `${label} wajib diisi.` : `${label} harus berupa ${expected}.`;
}

function requiredText(label: string) {
  return z
    .string({ error: missingOrWrongType(label, "teks") })
    .trim()
    .min(1, { error: `${label} wajib diisi.`, abort: true });
}

// Accepts 12 or "12" (forms and CSV give text, JSON gives numbers); rejects "", -1, 1.5, "1.000", 1e30 and
// anything above NUMBER_BOUNDS.workers.
function workerCount(label: string) {
  return z
    .union([z.string(), z.number()], { error: missingOrWrongType(label, "bilangan bulat") })
    .transform((value, ctx) => {
      const text = typeof value === "number" ? String(value) : value.trim();
      if (text === "") {
        ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
        return z.NEVER;
      }
      const count = Number(text);
      if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(count)) {
        ctx.addIssue({ code: "custom", message: `${label} harus bilangan bulat tidak negatif, mis. 12.` });
        return z.NEVER;
      }
      if (count > NUMBER_BOUNDS.workers.max) {
        ctx.addIssue({ code: "custom", message: integerRangeMessage(label, NUMBER_BOUNDS.workers) });
        return z.NEVER;
      }
      return count;
    });
}

// Optional decimal text (land, buildings): "" / null / absent → null.
function optionalDecimal(label: string) {
  return z
    .union([z.string(), z.number()], { error: `${label} harus berupa angka desimal.` })
    .nullish()
    .transform((value, ctx) => {
      const typed = value === null || value === undefined ? "" : String(value).trim();
      if (typed === "") return null;
      const text = readNumberText(typed, label, NUMBER_BOUNDS.amountText.maxFractionDigits, ctx);
      if (text === null) return z.NEVER;
      // 10^17 rupiah-units: far above any declared project, and well inside bigint and PostgreSQL BIGINT.
      if (text.split(".")[0]!.replace(/^0+/, "").length > 17) {
        ctx.addIssue({ code: "custom", message: `${label} terlalu besar (paling banyak 17 digit sebelum koma).` });
        return z.NEVER;
      }
      return text;
    });
}

/**
 * The investment columns of the import file and the form. Decimals are text ("1250000.50") so no value passes
 * through floating point. Cross-field rules: PMDN must be in rupiah; a non-IDR value needs a positive rate
 * (checked with `convertToRupiah`); PMA may be in any currency including IDR. The optional land and building values
 * (OSS "Data Proyek": pembelian_pematangan_tanah, bangunan_gedung) are in the investment's currency and together
 * may not exceed it: they are part of the total and are excluded from it for the business scale.
 */
export const ZInvestmentFields = z
  .object({
    investmentValue: requiredText(L.investmentValue).transform((typed, ctx) => {
      // "1.250.000,50", "Rp 1.250.000" or "1250000.50" (lib/validation/indonesian-number.ts).
      const text = readNumberText(typed, L.investmentValue, NUMBER_BOUNDS.amountText.maxFractionDigits, ctx);
      if (text === null) return typed;
      const problem = decimalTextProblem(text, NUMBER_BOUNDS.amountText);
      if (problem)
        ctx.addIssue({
          code: "custom",
          message: decimalTextMessage(L.investmentValue, problem, NUMBER_BOUNDS.amountText),
        });
      return text;
    }),
    investmentCurrency: requiredText(L.investmentCurrency)
      .toUpperCase()
      .regex(CURRENCY_PATTERN, { error: `${L.investmentCurrency} harus kode ISO 4217 tiga huruf, mis. IDR atau USD.` }),
    exchangeRate: z
      .string({ error: `${L.exchangeRate} harus berupa teks.` })
      .nullish()
      .transform((value, ctx) => {
        const typed = value?.trim() ?? "";
        if (typed === "") return null;
        const text = readNumberText(typed, L.exchangeRate, NUMBER_BOUNDS.exchangeRate.maxFractionDigits, ctx);
        if (text === null) return z.NEVER;
        const problem = exchangeRateProblem(text);
        if (problem) {
          ctx.addIssue({ code: "custom", message: problem });
          return z.NEVER;
        }
        return text;
      }),
    workersLocal: workerCount(L.workersLocal),
    workersForeign: workerCount(L.workersForeign),
    kbli: requiredText(L.kbli).superRefine((code, ctx) => {
      // Both versions accept the same divisions, so the code can be checked before the version is known.
      const parsed = parseKbli(code);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error.message });
    }),
    kbliVersion: z.enum(KBLI_VERSIONS, { error: `${L.kbliVersion} harus 2020 atau 2025.` }),
    origin: z
      .string({ error: missingOrWrongType(L.origin, "teks") })
      .trim()
      .toUpperCase()
      .pipe(z.enum(INVESTMENT_ORIGINS, { error: `${L.origin} harus PMA atau PMDN.` })),
    landValue: optionalDecimal(L.landValue),
    buildingValue: optionalDecimal(L.buildingValue),
  })
  .superRefine((fields, ctx) => {
    // Zod still runs this refinement when a field failed a (non-aborting) check, so the cross-field rules look
    // only at fields that are themselves valid; the field's own message already covers the rest.
    if (typeof fields.kbli === "string" && parseKbli(fields.kbli).ok && KBLI_VERSIONS.includes(fields.kbliVersion)) {
      const listed = checkKbliInList(fields.kbli, fields.kbliVersion);
      if (!listed.ok) ctx.addIssue({ code: "custom", path: ["kbli"], message: listed.error.message });
    }
    const isCurrencyValid = CURRENCY_PATTERN.test(fields.investmentCurrency);
    if (!isCurrencyValid) return;
    if (fields.origin === "PMDN" && fields.investmentCurrency !== RUPIAH_CURRENCY) {
      ctx.addIssue({
        code: "custom",
        path: ["investmentCurrency"],
        message: `PMDN harus dalam Rupiah: ${L.investmentCurrency} harus IDR, bukan ${fields.investmentCurrency}.`,
      });
      return;
    }
    const isRateUsable =
      fields.exchangeRate === null ||
      (DECIMAL_PATTERN.test(fields.exchangeRate) && !exchangeRateProblem(fields.exchangeRate));
    if (decimalTextProblem(fields.investmentValue, NUMBER_BOUNDS.amountText) || !isRateUsable) return;
    const converted = convertToRupiah(fields.investmentValue, fields.investmentCurrency, fields.exchangeRate);
    // Value and currency already passed their field checks, so what is left is a rate error ("Kurs …").
    if (!converted.ok) {
      ctx.addIssue({ code: "custom", path: ["exchangeRate"], message: converted.error.message });
      return;
    }
    const tooLarge = rupiahBoundProblem(L.investmentValue, converted.value);
    if (tooLarge) ctx.addIssue({ code: "custom", path: ["investmentValue"], message: tooLarge });
    const parts = [fields.landValue, fields.buildingValue].filter(
      (value): value is string => typeof value === "string" && DECIMAL_PATTERN.test(value),
    );
    const partsRupiah = parts.reduce((total, value) => {
      const part = convertToRupiah(value, fields.investmentCurrency, fields.exchangeRate);
      return part.ok ? total + part.value : total;
    }, 0n);
    if (partsRupiah > converted.value) {
      ctx.addIssue({
        code: "custom",
        path: [fields.landValue ? "landValue" : "buildingValue"],
        message: `${L.landValue} dan ${L.buildingValue.toLowerCase()} bersama-sama tidak boleh melebihi ${L.investmentValue.toLowerCase()} (keduanya bagian dari nilai investasi).`,
      });
    }
  });

export type TInvestmentFieldsInput = z.input<typeof ZInvestmentFields>;
export type TInvestmentFields = z.output<typeof ZInvestmentFields>;

export const INVESTMENT_TARGET_KPIS = ["investment_value", "investment_jobs"] as const;
export type InvestmentTargetKpi = (typeof INVESTMENT_TARGET_KPIS)[number];

/** Largest rupiah target accepted: stays an exact integer in KpiTarget.value (a double). */
const MAX_TARGET = Number.MAX_SAFE_INTEGER;

export const ZInvestmentTargetInput = z.object({
  year: z.coerce
    .number({ error: "Tahun harus angka." })
    .int({ message: "Tahun harus bilangan bulat." })
    .min(2000, { message: "Tahun paling awal 2000." })
    .max(2100, { message: "Tahun paling akhir 2100." }),
  kpi: z.enum(INVESTMENT_TARGET_KPIS, { error: "Jenis target harus investment_value atau investment_jobs." }),
  // "500.000.000.000", "Rp 500.000.000.000" or "500000000000"; kept as digit text for the exact rupiah.
  value: indonesianInteger("Nilai target", { min: 1, max: MAX_TARGET }).transform(String),
});
export type TInvestmentTargetInput = z.infer<typeof ZInvestmentTargetInput>;
