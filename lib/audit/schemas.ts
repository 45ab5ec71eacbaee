import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import { defineTable, firstValue, type RawParams } from "../table/schemas";

/** The audit log's list: newest first by default; sortable by time, actor and action. */
export const AUDIT_TABLE = defineTable(["at", "actor", "action"], "desc", 50);
export type AuditSort = (typeof AUDIT_TABLE.sorts)[number];

const text = (max: number) =>
  z.preprocess(
    firstValue,
    z
      .string()
      .transform((value) => value.trim().slice(0, max))
      .catch(""),
  );

/** A WIB day typed in a date field ("2026-12-06"), or "" when the field is empty; anything else is refused. */
const day = z.preprocess(
  firstValue,
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value ?? "")
    .refine((value) => value === "" || isIsoDate(value), { message: "invalidDay" }),
);

/**
 * The audit log's filters from the query string: an action code (as offered by the page; an unknown code simply
 * finds nothing), part of the actor's name, and a range of WIB days (either end open). A malformed day or a range
 * that ends before it starts is reported by `parseAuditFilter` as a message key and the range is ignored.
 */
export const ZAuditFilter = z
  .object({
    action: z.preprocess(
      firstValue,
      z
        .string()
        .regex(/^[A-Za-z][\w.-]{0,79}$/)
        .catch(""),
    ),
    actor: text(100),
    from: day,
    to: day,
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: "rangeReversed" });

export type TAuditFilter = { action: string; actor: string; from: string; to: string };

export function parseAuditFilter(raw: RawParams): {
  filter: TAuditFilter;
  error: "invalidDay" | "rangeReversed" | null;
} {
  const parsed = ZAuditFilter.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, error: null };
  const error = parsed.error.issues.some((issue) => issue.message === "rangeReversed") ? "rangeReversed" : "invalidDay";
  const action = z
    .preprocess(
      firstValue,
      z
        .string()
        .regex(/^[A-Za-z][\w.-]{0,79}$/)
        .catch(""),
    )
    .parse(raw.action);
  return { filter: { action, actor: text(100).parse(raw.actor), from: "", to: "" }, error };
}
