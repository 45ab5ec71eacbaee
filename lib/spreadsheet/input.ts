/**
 * What an import function accepts as its file: CSV text (tests, scripts, older callers) or the file's bytes as
 * uploaded (CSV in any of the reader's encodings, or .xlsx). Pure.
 */
import type { SpreadsheetInput } from "./read";

export type ImportFile = string | Uint8Array;

export function spreadsheetInputOf(file: ImportFile): SpreadsheetInput {
  return typeof file === "string" ? { text: file } : { bytes: file };
}
