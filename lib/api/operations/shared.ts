/** Wire schemas several operations answer with. */
import { z } from "zod";
import type { Capability } from "../../auth/roles";
import { XLSX_MEDIA_TYPE } from "../../export/xlsx";
import {
  defineOperation,
  type FileResponse,
  type JsonResponse,
  type OperationSpec,
  type ParameterDoc,
} from "../contract";

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

/** The answers of the workbook and report downloads. */
export const XLSX_FILE = {
  description: "Excel workbook (.xlsx, attachment)",
  mediaType: XLSX_MEDIA_TYPE,
  binary: true,
};
export const PDF_FILE = { description: "PDF document (A4, attachment)", mediaType: "application/pdf", binary: true };

/** What a download declares besides its path and file: summary, access, and its query with the query's docs. */
type DownloadSpec = Omit<OperationSpec, "method" | "path" | "responses">;

/** What the downloads of one dashboard share: its tag, the capability to read it, its query and the query's docs. */
export function downloadFamily<const T extends string, const C extends Capability, const Q extends z.ZodType>(
  tag: T,
  capability: C,
  query: Q,
  parameterDocs: Readonly<Record<string, ParameterDoc>>,
) {
  return { tags: [tag] as const, access: { capability }, query, parameterDocs };
}

/** A GET at `path` answering `file` (200); `spec` says who may call it and what it reads. */
export function fileDownload<const P extends OperationSpec["path"], const S extends DownloadSpec>(
  path: P,
  file: FileResponse,
  spec: S,
) {
  return defineOperation({ method: "GET", path, ...spec, responses: { 200: file } });
}

/** The answers of an idempotent create: 201 with what was stored, 200 with the first result when retried. */
export function createdOrRetried<S extends z.ZodType>(json: S, created: string, retried: string) {
  return { 201: { description: created, json }, 200: { description: retried, json } } satisfies Record<
    number,
    JsonResponse<S>
  >;
}
