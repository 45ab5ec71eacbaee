/**
 * CSV output that is safe to open in a spreadsheet. Exports carry text typed by citizens (complaints, survey
 * comments, company names), and a cell such as `=HYPERLINK(...)` would run as a formula in Excel or LibreOffice
 * (CSV injection, OWASP). Strings that could start a formula get a leading apostrophe, which spreadsheets show as
 * text; real numbers are written as numbers so a negative figure stays a figure.
 */

/** Characters that make a spreadsheet treat a cell as a formula or DDE call (OWASP CSV Injection). */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(["=", "+", "-", "@", "\t", "\r"]);

export type CsvValue = string | number | bigint | null;
export type CsvDelimiter = "," | ";";

/** RFC 4180 record separator. */
export const CSV_LINE_BREAK = "\r\n";

/**
 * Prefixes an apostrophe to a string that begins with = + - @, a tab or a carriage return, so a spreadsheet shows
 * it as text instead of evaluating it: "=1+1" → "'=1+1", "-1" → "'-1". Other strings are returned unchanged.
 * Only strings come here: numbers are written by `toCsvRow` as numbers and never prefixed.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_TRIGGERS.has(cell.charAt(0)) ? `'${cell}` : cell;
}

function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Angka tidak valid untuk CSV: ${value}`);
  return String(value);
}

// RFC 4180 §2.6–2.7: fields holding the delimiter, a quote or a line break are quoted; quotes are doubled.
function quoteField(field: string, delimiter: CsvDelimiter): string {
  const needsQuotes = field.includes(delimiter) || field.includes('"') || field.includes("\n") || field.includes("\r");
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * One CSV record without its line break (RFC 4180): strings pass through `neutraliseFormula` and are quoted when
 * they contain the delimiter, a quote or a line break; numbers and bigints are written as plain digits ("-1",
 * "1234567890123456789"); null is an empty field. The delimiter defaults to ","; use ";" for spreadsheets set to
 * the Indonesian locale, which expect semicolons. Throws RangeError for NaN and infinities.
 */
export function toCsvRow(values: readonly CsvValue[], delimiter: CsvDelimiter = ","): string {
  return values
    .map((value) => {
      if (value === null) return "";
      if (typeof value === "bigint") return value.toString();
      if (typeof value === "number") return formatCsvNumber(value);
      return quoteField(neutraliseFormula(value), delimiter);
    })
    .join(delimiter);
}

/**
 * The fast path for rows that arrive as one text with their fields joined by `separator` (a control character no
 * field is expected to hold), such as a SQLite export that concatenates its columns: when no field needs quoting
 * or neutralising and the separator count matches, the CSV record is the text with the separators replaced by
 * commas. Otherwise returns null, and the caller formats the row with `toCsvRow` from its typed values. Every
 * non-null result equals `toCsvRow` of the same fields read as strings.
 */
export function joinedFieldsToCsvRow(joined: string, fieldCount: number, separator: string): string | null {
  if (!joinedFieldsPattern(separator).test(joined) && countOccurrences(joined, separator) === fieldCount - 1) {
    return joined.replaceAll(separator, ",");
  }
  return null;
}

const joinedPatterns = new Map<string, RegExp>();

/** Matches a joined row that the fast path cannot take: a quote, comma or line break anywhere, or a field that
 * starts with a formula trigger. */
function joinedFieldsPattern(separator: string): RegExp {
  let pattern = joinedPatterns.get(separator);
  if (!pattern) {
    const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
    const triggers = [...FORMULA_TRIGGERS].map(escape).join("");
    pattern = new RegExp(`[",\\r\\n]|(?:^|${escape(separator)})[${triggers}]`);
    joinedPatterns.set(separator, pattern);
  }
  return pattern;
}

function countOccurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** A whole CSV document: one `toCsvRow` per row, each ended with CRLF as RFC 4180 specifies. */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter: CsvDelimiter = ","): string {
  return rows.map((row) => toCsvRow(row, delimiter) + CSV_LINE_BREAK).join("");
}
