import "server-only";
import { isXls, isXlsx, openSpreadsheet } from "../spreadsheet/read";
import { decodeLogFile } from "./decode";
import {
  LOG_HEADERS,
  parseAttendanceLog,
  parseLogRows,
  type LogParseResult,
  type LogPunch,
  type LogRow,
} from "./parse-log";
import type { LogFormat } from "./schemas";

export type AttendanceFile = {
  /** The format read: the one chosen, or "xlsx" when the bytes are an Excel workbook. */
  format: LogFormat | "xlsx";
  /** The text the import is fingerprinted by: the file's text, or for .xlsx its punches as read. */
  text: string;
  parsed: LogParseResult;
};

/**
 * An uploaded check-clock file read as punches. An .xlsx (told by its bytes, whatever format was chosen) is read
 * through the spreadsheet reader: first sheet, header row found below title rows, cells typed (Excel dates are
 * wall-clock WIB), line numbers as Excel shows them; an .xls gets the reader's refusal. Anything else is text
 * (UTF-8, or UTF-16 with a byte-order mark) parsed in the chosen format.
 */
export async function readAttendanceFile(format: LogFormat, bytes: Uint8Array): Promise<AttendanceFile> {
  if (!isXlsx(bytes) && !isXls(bytes)) {
    const text = decodeLogFile(bytes);
    return { format, text, parsed: parseAttendanceLog(format, text) };
  }
  const sheet = await openSpreadsheet({ bytes }, { expectedHeaders: LOG_HEADERS });
  const rows: LogRow[] = [];
  for await (const row of sheet.rows()) rows.push(row);
  const parsed = parseLogRows(sheet.headers, rows, sheet.headerLine);
  return { format: "xlsx", text: punchesText(parsed.punches), parsed };
}

/** The punches as a tab log (PIN, UTC instant, verify mode, state): an .xlsx's bytes change with every save. */
function punchesText(punches: readonly LogPunch[]): string {
  return punches.map((p) => [p.pin, p.at.toISOString(), p.verifyMode ?? "", p.inOut ?? ""].join("\t")).join("\n");
}
