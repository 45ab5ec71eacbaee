import "server-only";
/**
 * Reads a whole (bounded) import file into canonical rows: for imports whose files are small enough to hold (SKM
 * responses, LKPM reports, holidays: at most some tens of thousands of rows). Large imports stream instead
 * (openSpreadsheet + rowTexts, as the applications and OSS imports do).
 */
import { createHash } from "node:crypto";
import { mapColumns, rowTexts, type ColumnMapping, type ImportColumn } from "./columns";
import { spreadsheetInputOf, type ImportFile } from "./input";
import { openSpreadsheet, type Spreadsheet } from "./read";

export type ImportRowTexts = { line: number; texts: Record<string, string> };

export type ImportRows = {
  sheet: Spreadsheet;
  mapping: ColumnMapping;
  /** The first `maxRows` data rows (canonical text by column key). */
  rows: ImportRowTexts[];
  /** True when the file has more than `maxRows` data rows (the rest were not read). */
  hasMore: boolean;
};

/** Opens the file, maps its headers to `columns` and reads up to `maxRows` data rows as canonical text. */
export async function readImportRows(
  file: ImportFile,
  columns: readonly ImportColumn[],
  options: { maxRows: number; mapping?: Readonly<Record<string, string>> },
): Promise<ImportRows> {
  const sheet = await openSpreadsheet(spreadsheetInputOf(file), {
    expectedHeaders: columns.map((column) => column.key),
  });
  const mapping = mapColumns(sheet.headers, columns, options.mapping);
  const rows: ImportRowTexts[] = [];
  let hasMore = false;
  for await (const row of sheet.rows()) {
    if (rows.length >= options.maxRows) {
      hasMore = true;
      break;
    }
    rows.push({ line: row.line, texts: rowTexts(row.cells, mapping, columns) });
  }
  return { sheet, mapping, rows, hasMore };
}

/**
 * SHA-256 (hex) of the rows as read (headers and canonical texts): the fingerprint of an .xlsx import, whose bytes
 * change with every save even when the data does not.
 */
export function importRowsHash(rows: ImportRows): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([...rows.mapping.byHeader.values()]));
  for (const row of rows.rows) hash.update(`\n${JSON.stringify(row.texts)}`);
  return hash.digest("hex");
}
