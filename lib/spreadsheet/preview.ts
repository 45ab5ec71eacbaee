import "server-only";
import { cellText } from "./cells";
import { spreadsheetInputOf, type ImportFile } from "./input";
import { openSpreadsheet } from "./read";

export type SpreadsheetPreview = {
  format: "xlsx" | "csv";
  sheetName: string | null;
  headerLine: number;
  headers: string[];
  /** The first data rows as text, one cell per header. */
  rows: { line: number; cells: string[] }[];
};

/** The header row and the first `count` data rows of a file, as the import forms show them before uploading. */
export async function previewSpreadsheet(
  file: ImportFile,
  options: { expectedHeaders?: readonly string[]; count?: number } = {},
): Promise<SpreadsheetPreview> {
  const sheet = await openSpreadsheet(spreadsheetInputOf(file), { expectedHeaders: options.expectedHeaders });
  const rows: SpreadsheetPreview["rows"] = [];
  for await (const row of sheet.rows()) {
    const text = (header: string) => {
      const cell = row.cells[header];
      return cellText(cell, cell instanceof Date ? "timestamp" : "text");
    };
    rows.push({ line: row.line, cells: sheet.headers.map(text) });
    if (rows.length >= (options.count ?? 5)) break;
  }
  return {
    format: sheet.format,
    sheetName: sheet.sheetName,
    headerLine: sheet.headerLine,
    headers: sheet.headers,
    rows,
  };
}
