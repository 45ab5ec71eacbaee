/**
 * The one input schema of the investment analytics: the trend API, the CSV export and the dashboard's filter form
 * all parse their query string with it, so a bad parameter gets the same 422 message naming it everywhere.
 * Dates are WIB calendar days ("YYYY-MM-DD", both ends inclusive); a project counts in the period in which its
 * licence was issued (finishedAt, WIB).
 */
import { z } from "zod";
import { isIsoDate, wibStartOfDay, addCalendarDays, calendarDaysBetween } from "../calendar/working-days";
import { BUSINESS_SCALES, INVESTMENT_ORIGINS } from "./derive";
import { BKPM_SECTOR_CODES, BKPM_SECTOR_GROUPS } from "./sectors";

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

/**
 * The UTC instants bounding a WIB date range: [from 00:00 WIB, day after `to` 00:00 WIB).
 * ("2026-01-01", "2026-01-31") → [2025-12-31T17:00:00.000Z, 2026-01-31T17:00:00.000Z).
 */
export function wibRangeToUtc(from: string, to: string): { start: Date; endExclusive: Date } {
  return { start: wibStartOfDay(from), endExclusive: wibStartOfDay(addCalendarDays(to, 1)) };
}

/** The same filter moved one year back, for year-on-year growth (29 Feb → 28 Feb). */
export function filterOneYearEarlier<T extends { from: string; to: string }>(filter: T): T {
  return { ...filter, from: shiftOneYearBack(filter.from), to: shiftOneYearBack(filter.to) };
}

function shiftOneYearBack(date: string): string {
  const shifted = `${String(Number(date.slice(0, 4)) - 1).padStart(4, "0")}${date.slice(4)}`;
  return isIsoDate(shifted) ? shifted : `${shifted.slice(0, 4)}-02-28`;
}

/**
 * The dashboard's filter from its URL: missing dates default to 1 January of `today`'s year … `today`; an invalid
 * query falls back to the defaults and reports the field messages so the page can show them.
 */
export function dashboardFilter(
  params: Record<string, string | string[] | undefined>,
  today: string,
): { filter: TInvestmentFilter; errors: Record<string, string> } {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  // `dari`/`sampai` (drill-down links, lib/periods/range-params.ts) name the same range as `from`/`to`.
  const input = {
    ...single,
    from: single.dari || single.from || `${today.slice(0, 4)}-01-01`,
    to: single.sampai || single.to || today,
  };
  const parsed = ZInvestmentFilter.safeParse(input);
  if (parsed.success) return { filter: parsed.data, errors: {} };
  const errors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  return { filter: ZInvestmentFilter.parse({ from: `${today.slice(0, 4)}-01-01`, to: today }), errors };
}
