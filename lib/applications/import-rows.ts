/**
 * Parsing and validation of application CSV rows (issue 5 columns + issue 6 investment columns). Pure: reference
 * data (licence types, areas, counters) and the calendar are passed in; the IO layer stores the result.
 *
 * Line numbers count the header as line 1, so the first data row is line 2 (what a spreadsheet shows).
 */
import { type WorkCalendar } from "../calendar/working-days";
import { normalizeRegistrationNo } from "./constants";

import { type ParsedApplicationRow, type RowError } from "./import-row-types";
import { type PreparedReferences } from "./import-values";
import { parseApplicationRow } from "./parse-application-row";

// Re-exported: importers and tests use import-rows as the one entry point of the row rules.
export * from "./import-row-types";
export * from "./import-values";
export { parseApplicationRow } from "./parse-application-row";

export type RowValidationSummary = {
  /** Data rows seen. */
  rows: number;
  validRows: number;
  /** Rows with at least one error (a row can have several). */
  invalidRows: number;
  /** The first `maxErrors` errors, in file order. */
  errors: RowError[];
  /** Every error, including those beyond `maxErrors`. */
  errorCount: number;
};

export type ApplicationRowValidator = {
  /**
   * Validates the next data row of the file; returns the parsed row when it is valid, otherwise null. `line` is the
   * row's line in the file (default: the header is line 1 and rows follow without gaps).
   */
  next(raw: Readonly<Record<string, string | undefined>>, line?: number): ParsedApplicationRow | null;
  summary(): RowValidationSummary;
};

/**
 * Validates a file's data rows one at a time, in file order, without keeping them: per-row checks plus duplicate
 * registration numbers within the file (the second and later occurrences are errors naming the first line; only
 * registration number → first line is remembered). Keeps the first `maxErrors` errors and counts all of them, so
 * memory stays bounded by the number of distinct registration numbers whatever the file size.
 * Fed the same rows twice, two validators give the same verdicts (used by the streaming import's two passes).
 */
export function createApplicationRowValidator(
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
  options: { maxErrors?: number } = {},
): ApplicationRowValidator {
  const maxErrors = options.maxErrors ?? Number.POSITIVE_INFINITY;
  const firstLine = new Map<string, number>();
  const errors: RowError[] = [];
  let rows = 0;
  let validRows = 0;
  let invalidRows = 0;
  let errorCount = 0;
  return {
    next(raw, fileLine) {
      rows += 1;
      const line = fileLine ?? rows + 1;
      const result = parseApplicationRow(raw, line, refs, cal, today);
      const registrationText = (raw.registrationNo ?? "").trim();
      const registrationNo = normalizeRegistrationNo(registrationText) ?? registrationText;
      const previous = registrationNo ? firstLine.get(registrationNo) : undefined;
      const rowErrors = result.ok ? [] : [...result.errors];
      if (previous !== undefined) {
        rowErrors.push({
          line,
          column: "registrationNo",
          message: `Nomor registrasi ${registrationNo} ganda dalam berkas (sudah di baris ${previous}).`,
        });
      } else if (registrationNo) firstLine.set(detachedCopy(registrationNo), line);
      if (rowErrors.length === 0 && result.ok) {
        validRows += 1;
        return result.row;
      }
      invalidRows += 1;
      errorCount += rowErrors.length;
      for (const error of rowErrors) if (errors.length < maxErrors) errors.push(error);
      return null;
    },
    summary: () => ({ rows, validRows, invalidRows, errors: [...errors], errorCount }),
  };
}

/**
 * A copy of a short string that does not keep its source alive: a CSV parser's cells are slices of a whole chunk of
 * text, so remembering one cell per row would keep every chunk of the file in memory.
 */
function detachedCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Validates every row of an in-memory file (all errors kept); see createApplicationRowValidator. */
export function parseApplicationRows(
  rows: readonly Readonly<Record<string, string | undefined>>[],
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
): { valid: ParsedApplicationRow[]; errors: RowError[]; invalidLines: number } {
  const validator = createApplicationRowValidator(refs, cal, today);
  const valid: ParsedApplicationRow[] = [];
  for (const raw of rows) {
    const row = validator.next(raw);
    if (row) valid.push(row);
  }
  const { errors, invalidRows } = validator.summary();
  return { valid, errors, invalidLines: invalidRows };
}
