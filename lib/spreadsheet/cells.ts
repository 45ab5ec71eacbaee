/**
 * Cells as the spreadsheet reader yields them, and their conversion to the canonical text the import validators
 * read. Pure.
 *
 * An .xlsx cell keeps its type (number, date, boolean, text); a CSV cell is always text. A column's kind says how to
 * read it, so a typed cell and Indonesian text give the same canonical text:
 * - "text": trimmed text; a number cell gives its plain digits (a NIB typed as a number), a date cell its day;
 * - "number": exact decimal text ("1250000.50") from a number cell or from text such as "1.250.000,50";
 * - "date": "YYYY-MM-DD" from a date cell, an Excel serial number, or text such as "17/08/2026";
 * - "timestamp": like "date", with "THH:mm" when the cell or text carries a time of day.
 * Text that cannot be read as its kind is returned trimmed and unchanged, so the column's own validator reports it
 * with its usual message, line and column.
 */
import { decimalTextOfNumber, parseNumberText } from "../format/parse-number";
import { dateTextOfExcelSerial, parseDateText } from "../format/parse-date";

/** One non-empty cell: text (CSV, or a text cell), a number, a date (wall-clock time in UTC fields) or a boolean. */
export type SheetCell = string | number | boolean | Date;

export const CELL_KINDS = ["text", "number", "date", "timestamp"] as const;
export type CellKind = (typeof CELL_KINDS)[number];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An .xlsx date cell as "YYYY-MM-DD", plus "THH:mm[:ss]" when `withTime` and the cell has a time of day. Excel dates
 * have no time zone: the reader gives them as UTC fields holding the wall-clock time, which is what is read here.
 */
function dateCellText(date: Date, withTime: boolean): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  const seconds = date.getUTCSeconds();
  if (!withTime || hours + minutes + seconds === 0) return day;
  return `${day}T${pad(hours)}:${pad(minutes)}${seconds ? `:${pad(seconds)}` : ""}`;
}

/** The canonical text of one cell read as `kind` ("" for an absent cell). */
export function cellText(cell: SheetCell | undefined, kind: CellKind = "text"): string {
  if (cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return "";
    return kind === "number" ? "" : dateCellText(cell, kind === "timestamp");
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    if (kind === "date" || kind === "timestamp") {
      const text = dateTextOfExcelSerial(cell);
      if (text === null) return decimalTextOfNumber(cell);
      return kind === "date" ? text.slice(0, 10) : text;
    }
    return decimalTextOfNumber(cell);
  }
  const text = cell.trim();
  if (text === "" || kind === "text") return text;
  if (kind === "number") {
    const parsed = parseNumberText(text);
    return parsed.ok ? parsed.value : text;
  }
  const parsed = parseDateText(text);
  if (!parsed.ok || kind === "timestamp" || parsed.value.length === 10) return parsed.ok ? parsed.value : text;
  // A date column given a time: the day is kept, unless the text names its own zone (then the day is ambiguous).
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(parsed.value) ? text : parsed.value.slice(0, 10);
}
