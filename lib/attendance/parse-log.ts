import Papa from "papaparse";
import { cellText, type SheetCell } from "../spreadsheet/cells";
import { headerKey } from "../spreadsheet/columns";
import type { LogFormat } from "./schemas";

/**
 * Check-clock log parsing (pure). Two shapes:
 * - the terminal's own attendance log (e.g. `1_attlog.dat`): one punch a line, tab-separated
 *   `PIN  YYYY-MM-DD HH:mm:ss  verify mode  in/out state  [work code …]`; the PIN may be space-padded;
 * - CSV or Excel (.xlsx) from the vendor's PC software, with a header naming the PIN and the time (either one
 *   date-time column or separate date and time columns); both share `findLogColumns` and `parseLogRows` (the .xlsx
 *   rows come from the spreadsheet reader, ./read-log-file.ts).
 * The machine's clock is local office time (WIB, UTC+7); `at` is the UTC instant.
 */
export type LogPunch = { line: number; pin: string; at: Date; verifyMode: number | null; inOut: number | null };
export type LogParseResult = { punches: LogPunch[]; errors: { line: number; message: string }[] };

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-05-26 07:52:10" (WIB) → the UTC instant, or null when it is not a real date and time. */
export function parseWibTimestamp(text: string): Date | null {
  const m = STAMP.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(utc).getUTCDate() !== d) return null;
  return new Date(utc - WIB_OFFSET_MS);
}

/** A machine PIN in its canonical form: digits without leading zeros ("007" → "7"). */
export function normalisePin(text: string): string | null {
  const t = text.trim();
  return /^\d{1,12}$/.test(t) ? String(Number(t)) : null;
}

function optionalInt(text: string | undefined): number | null | "invalid" {
  const t = (text ?? "").trim();
  if (t === "") return null;
  return /^\d{1,3}$/.test(t) ? Number(t) : "invalid";
}

function punchFrom(
  line: number,
  pinText: string,
  stamp: string,
  verify: string | undefined,
  state: string | undefined,
  out: LogParseResult,
) {
  const pin = normalisePin(pinText);
  if (pin === null) return void out.errors.push({ line, message: `PIN "${pinText.trim()}" bukan angka.` });
  const at = parseWibTimestamp(stamp);
  if (at === null)
    return void out.errors.push({ line, message: `Waktu "${stamp.trim()}" tidak valid (harus TTTT-BB-HH JJ:MM:DD).` });
  const verifyMode = optionalInt(verify);
  const inOut = optionalInt(state);
  if (verifyMode === "invalid")
    return void out.errors.push({ line, message: `Mode verifikasi "${verify}" bukan angka.` });
  if (inOut === "invalid")
    return void out.errors.push({ line, message: `Status masuk/pulang "${state}" bukan angka.` });
  out.punches.push({ line, pin, at, verifyMode, inOut });
}

export function parseTabLog(text: string): LogParseResult {
  const out: LogParseResult = { punches: [], errors: [] };
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.trim() === "") return;
      const cols = raw.split("\t");
      if (cols.length < 2)
        return void out.errors.push({ line: index + 1, message: "Baris harus berisi PIN dan waktu dipisahkan tab." });
      punchFrom(index + 1, cols[0], cols[1], cols[2], cols[3], out);
    });
  return out;
}

const PIN_HEADERS = ["pin", "user id", "userid", "user_id", "ac-no", "ac-no.", "no. id", "id"];
const STAMP_HEADERS = [
  "waktu",
  "timestamp",
  "datetime",
  "date time",
  "date_time",
  "check time",
  "checktime",
  "tanggal waktu",
];
const DATE_HEADERS = ["tanggal", "date"];
const TIME_HEADERS = ["jam", "time"];
const VERIFY_HEADERS = ["verify", "verify mode", "verifymode", "verify_mode", "verifikasi"];
const STATE_HEADERS = ["state", "status", "in/out", "inout", "in_out"];

/** Every header a log's columns may have: the spreadsheet reader looks for them to find the header row. */
export const LOG_HEADERS = [
  ...PIN_HEADERS,
  ...STAMP_HEADERS,
  ...DATE_HEADERS,
  ...TIME_HEADERS,
  ...VERIFY_HEADERS,
  ...STATE_HEADERS,
] as const;

/** The headers (as written in the file) of a log's columns. */
export type LogColumns = {
  pin: string;
  stamp: string | null;
  date: string | null;
  time: string | null;
  verify: string | null;
  state: string | null;
};

/**
 * The one header lookup of CSV and spreadsheet logs: the first header (in file order) naming each column, compared
 * without case, spaces, "_", "." or "-". Null unless there is a PIN and a date-time (or a date and a time) column.
 */
export function findLogColumns(headers: readonly string[]): LogColumns | null {
  const find = (names: readonly string[]) => {
    const keys = new Set(names.map(headerKey));
    return headers.find((header) => keys.has(headerKey(header))) ?? null;
  };
  const pin = find(PIN_HEADERS);
  const stamp = find(STAMP_HEADERS);
  const date = find(DATE_HEADERS);
  const time = find(TIME_HEADERS);
  if (pin === null || (stamp === null && (date === null || time === null))) return null;
  return { pin, stamp, date, time, verify: find(VERIFY_HEADERS), state: find(STATE_HEADERS) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A time-of-day cell as "HH:mm:ss": an Excel time (a Date on 1899-12-30, or a day fraction) or text as written. */
function timeText(cell: SheetCell | undefined): string {
  if (cell instanceof Date)
    return `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:${pad(cell.getUTCSeconds())}`;
  if (typeof cell === "number" && cell >= 0 && cell < 1) {
    const seconds = Math.round(cell * 86_400);
    return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  }
  return cellText(cell);
}

/** A date-time cell as text: an Excel date at midnight keeps its time (cellText gives the day alone). */
function stampText(cell: SheetCell | undefined): string {
  const text = cellText(cell, "timestamp");
  return cell instanceof Date && text.length === 10 ? `${text} 00:00:00` : text;
}

/** One data row of a CSV or spreadsheet log: its line in the file and its non-empty cells by header. */
export type LogRow = { line: number; cells: Readonly<Record<string, SheetCell>> };

/**
 * Punches of a CSV or spreadsheet log's data rows (the same validation as the terminal's log, naming each line).
 * Cells may be text (CSV, text cells) or typed (.xlsx numbers and dates, whose wall-clock time is WIB).
 */
export function parseLogRows(headers: readonly string[], rows: Iterable<LogRow>, headerLine = 1): LogParseResult {
  const out: LogParseResult = { punches: [], errors: [] };
  const columns = findLogColumns(headers);
  if (!columns) {
    out.errors.push({
      line: headerLine,
      message: "Baris judul harus memuat kolom PIN dan waktu (atau tanggal dan jam).",
    });
    return out;
  }
  for (const { line, cells } of rows) {
    const cell = (header: string | null) => (header === null ? undefined : cells[header]);
    const stamp =
      columns.stamp !== null
        ? stampText(cell(columns.stamp))
        : `${cellText(cell(columns.date), "date")} ${timeText(cell(columns.time))}`;
    const optional = (header: string | null) => (header === null ? undefined : cellText(cells[header]));
    punchFrom(line, cellText(cell(columns.pin)), stamp, optional(columns.verify), optional(columns.state), out);
  }
  return out;
}

/** The vendor software's CSV export: a header row, then one punch a row (line numbers as in the file). */
export function parseCsvLog(text: string): LogParseResult {
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false }).data;
  const headers = (records[0] ?? []).map((header) => header.trim());
  const rows: LogRow[] = [];
  records.slice(1).forEach((record, index) => {
    const cells: Record<string, string> = {};
    headers.forEach((header, column) => {
      const value = record[column];
      if (header !== "" && !(header in cells) && value !== undefined && value.trim() !== "") cells[header] = value;
    });
    if (Object.keys(cells).length > 0) rows.push({ line: index + 2, cells });
  });
  return parseLogRows(headers, rows);
}

export function parseAttendanceLog(format: LogFormat, text: string): LogParseResult {
  return format === "tab" ? parseTabLog(text) : parseCsvLog(text);
}
