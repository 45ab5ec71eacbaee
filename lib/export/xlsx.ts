/**
 * Excel workbooks for the dashboards and lists (issue 16): one sheet per table, typed cells (numbers are numbers with
 * a number format, dates real dates, rupiah numbers with a currency format, percentages fractions shown as %), a
 * title and period line above a bold, frozen, filterable header row in the reader's language, and column widths
 * fitted to the content. Pure apart from exceljs: the callers pass the rows and the words.
 */
import ExcelJS from "exceljs";
import { isIsoDate } from "../calendar/working-days";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * How a column's values are written. text: as given; integer: whole number "#,##0"; decimal: `decimals` places;
 * percent: a fraction (0.875) shown "87,5%"; rupiah: whole rupiah (number or bigint) shown "Rp 1.250.000"; days: a
 * number of days with one decimal; date: a WIB calendar day "YYYY-MM-DD" (or a Date) stored as an Excel date;
 * datetime: an instant (Date) stored as its WIB date and time (Excel has no time zones).
 * Excel itself picks the reader's separators (1.250.000 on an Indonesian machine).
 */
export type XlsxKind = "text" | "integer" | "decimal" | "percent" | "rupiah" | "date" | "datetime";

export type XlsxValue = string | number | bigint | Date | null | undefined;

export type XlsxColumn<Row> = {
  header: string;
  /** One kind for the column, or per row (a scorecard's value column holds an index, a percentage, rupiah …). */
  kind: XlsxKind | ((row: Row) => XlsxKind);
  /** Decimal places of decimal (default 2) and percent (default 1) cells. */
  decimals?: number | ((row: Row) => number);
  value: (row: Row) => XlsxValue;
};

export type XlsxTable<Row = unknown> = {
  /** Sheet tab name; cut to Excel's 31 characters, characters Excel refuses ([]:*?/\) replaced. */
  sheet: string;
  /** First line, bold, e.g. "Indeks Kepuasan Masyarakat per unsur". */
  title: string;
  /** Second line, e.g. "Periode: Triwulan II 2026 (1 April – 30 Juni 2026)". */
  subtitle?: string;
  columns: readonly XlsxColumn<Row>[];
  rows: readonly Row[];
  /** Shown under the header when there are no rows. */
  empty?: string;
};

/** The header row's number: title, subtitle, one blank line, then the header. Data start on the next row. */
export const XLSX_HEADER_ROW = 4;

/** WIB is UTC+7 all year (no daylight saving). */
const WIB_OFFSET_MS = 7 * 3_600_000;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function numberFormat(column: { kind: XlsxKind; decimals?: number }): string | undefined {
  const zeros = (n: number) => (n > 0 ? "." + "0".repeat(n) : "");
  switch (column.kind) {
    case "integer":
      return "#,##0";
    case "decimal":
      return `#,##0${zeros(column.decimals ?? 2)}`;
    case "percent":
      return `0${zeros(column.decimals ?? 1)}%`;
    case "rupiah":
      return '"Rp "#,##0';
    case "date":
      return "d mmmm yyyy";
    case "datetime":
      return "d mmmm yyyy hh:mm";
    default:
      return undefined;
  }
}

/** A calendar day "YYYY-MM-DD" as midnight UTC: Excel dates have no time zone, so the day stays the same day. */
function toExcelDate(value: string | Date): Date | string {
  if (value instanceof Date) return value;
  if (!isIsoDate(value)) return value;
  return new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))));
}

/** A value as the cell's typed content (null leaves the cell empty). */
export function cellValue(kind: XlsxKind, value: XlsxValue): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (kind === "text") return value instanceof Date ? value.toISOString() : String(value);
  if (kind === "datetime") return value instanceof Date ? new Date(value.getTime() + WIB_OFFSET_MS) : String(value);
  if (kind === "date") return typeof value === "string" || value instanceof Date ? toExcelDate(value) : String(value);
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) return value.toString();
    return Number(value);
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return String(value);
}

function displayLength(value: string | number | Date | null, format: string | undefined): number {
  if (value === null) return 0;
  if (value instanceof Date) return 18;
  if (typeof value === "number") {
    const grouped = Math.round(Math.abs(value)).toString().length * 1.34 + 1;
    return grouped + (format?.includes(".") ? 3 : 0) + (format?.startsWith('"Rp') ? 3 : 0);
  }
  return value.split("\n").reduce((longest, line) => Math.max(longest, line.length), 0);
}

/** Excel refuses these characters in a sheet name and names longer than 31 characters; names must be unique. */
function safeSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, "-")
      .slice(0, 31)
      .trimEnd() || "Data";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function addTable<Row>(workbook: ExcelJS.Workbook, table: XlsxTable<Row>, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(safeSheetName(table.sheet, taken), {
    views: [{ state: "frozen", ySplit: XLSX_HEADER_ROW }],
  });
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  if (table.subtitle) sheet.getCell(2, 1).value = table.subtitle;
  const header = sheet.getRow(XLSX_HEADER_ROW);
  const widths = table.columns.map((c) => c.header.length + 2);
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
    cell.alignment = { vertical: "top", wrapText: true };
  });
  table.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(XLSX_HEADER_ROW + 1 + r);
    table.columns.forEach((column, i) => {
      const kind = typeof column.kind === "function" ? column.kind(row) : column.kind;
      const decimals = typeof column.decimals === "function" ? column.decimals(row) : column.decimals;
      const value = cellValue(kind, column.value(row));
      const format = numberFormat({ kind, decimals });
      const cell = excelRow.getCell(i + 1);
      cell.value = value;
      if (format && (typeof value === "number" || value instanceof Date)) cell.numFmt = format;
      widths[i] = Math.max(widths[i], displayLength(value, format) + 2);
    });
  });
  if (table.rows.length === 0 && table.empty) sheet.getCell(XLSX_HEADER_ROW + 1, 1).value = table.empty;
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(width)));
  });
  if (table.columns.length > 0)
    sheet.autoFilter = {
      from: { row: XLSX_HEADER_ROW, column: 1 },
      to: { row: XLSX_HEADER_ROW + Math.max(table.rows.length, 1), column: table.columns.length },
    };
}

/**
 * A workbook of one sheet per table (in the given order). `created` is the export's instant (workbook properties);
 * `creator` e.g. the office's name.
 */
export async function writeXlsx(
  tables: readonly XlsxTable<unknown>[],
  meta: { created: Date; creator?: string; title?: string },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator ?? "Lentera";
  workbook.created = meta.created;
  workbook.modified = meta.created;
  if (meta.title) workbook.title = meta.title;
  const taken = new Set<string>();
  for (const table of tables) addTable(workbook, table, taken);
  if (tables.length === 0) workbook.addWorksheet("Data");
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Declares a table with its row type checked against its columns (a list of tables mixes row types). */
export function xlsxTable<Row>(table: XlsxTable<Row>): XlsxTable<unknown> {
  return table as unknown as XlsxTable<unknown>;
}
