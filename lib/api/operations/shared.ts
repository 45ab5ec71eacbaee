/** Wire schemas several operations answer with. */
import { z } from "zod";
import type { ParameterDoc } from "../contract";

/**
 * `calendarWarnings` (issue 13): the years a computation touched whose holiday list is missing (HOLIDAYS_MISSING:
 * counted as plain Monday–Friday) or not yet confirmed against the signed SKB (HOLIDAYS_PROVISIONAL).
 */
export const ZCalendarWarnings = z
  .array(
    z.object({
      code: z.enum(["HOLIDAYS_MISSING", "HOLIDAYS_PROVISIONAL"]),
      year: z.number().int(),
      message: z.string().describe("Bahasa Indonesia"),
    }),
  )
  .describe(
    'Years the working-day computation touched whose holiday list is missing (HOLIDAYS_MISSING: counted as plain Monday–Friday, e.g. "hari libur 2027 belum diisi — tenggat dihitung tanpa hari libur") or provisional (HOLIDAYS_PROVISIONAL: not yet confirmed against the signed SKB; the date may change). Empty when all are covered and official.',
  );

/** Integer rupiah as a decimal string (exact beyond 2^53). */
export const ZRupiahString = z.string().regex(/^[0-9]+$/);

export const ZWibDay = z.string().meta({ format: "date" }).describe("WIB day, YYYY-MM-DD");

/** A figure that is null when there is nothing to compute it from (never NaN). */
export const nullableNumber = () => z.number().nullable();

/** The from/to pair of the report queries. */
export const DATE_RANGE_DOCS: Record<"from" | "to", ParameterDoc> = {
  from: { description: "First WIB day, inclusive (YYYY-MM-DD)", format: "date", examples: ["2026-01-01"] },
  to: { description: "Last WIB day, inclusive (YYYY-MM-DD)", format: "date", examples: ["2026-03-31"] },
};

/**
 * A string that is one of `values`, documented as an enum. For fields the database types as plain strings (SQLite
 * has no enums): the handler's value stays a string, and the check outside production still refuses an unknown one.
 */
export function oneOf(values: readonly string[]) {
  return z
    .string()
    .refine((value) => values.includes(value))
    .meta({ enum: [...values] });
}
