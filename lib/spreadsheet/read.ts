import "server-only";
/**
 * The one spreadsheet reader of Lentera (issue 17): every import (applications, SKM responses, LKPM reports,
 * holidays, OSS "Data Proyek", check-clock logs) reads its file through `openSpreadsheet`.
 *
 * - Input: the file's bytes (or a path, or CSV text). An .xlsx file (a zip: "PK\x03\x04") is read with exceljs'
 *   streaming worksheet reader, first sheet (in tab order) only; anything else is CSV read with papaparse (UTF-8, with or without a
 *   BOM; a file that is not UTF-8 is read as Windows-1252, what Excel's "CSV" saves; the delimiter , ; or tab is
 *   detected).
 * - Header row: among the first 20 non-empty rows, the one naming most of `expectedHeaders` (compared without case,
 *   spaces, "_" or "-"); without a match, the first non-empty row. Title rows above it are skipped; columns without a
 *   header and extra columns are simply there or not — the caller maps the headers it knows.
 * - Rows: `rows()` streams the data rows after the header, each with its line number as the spreadsheet or a text
 *   editor shows it (.xlsx row number; CSV physical line, counting line breaks inside quoted cells), and its
 *   non-empty cells keyed by header. Completely empty rows are skipped. Each call starts a fresh pass, so an import
 *   can validate everything first and write afterwards without holding the rows: memory stays bounded by the file's
 *   bytes (and, for .xlsx, its shared-strings table) whatever the number of rows.
 * - Cells keep their type in .xlsx (number, Date, boolean, text; formulas give their cached result); `cellText`
 *   (./cells.ts) turns a cell into canonical text for a column kind (number, date, timestamp, text).
 */
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import unzipper from "unzipper";
import { AppError } from "../errors";
import type { SheetCell } from "./cells";
import { headerKey } from "./columns";

export type SpreadsheetInput = { bytes: Uint8Array } | { path: string } | { text: string };

export type SheetRow = {
  /** 1-based line of the row in the file (the .xlsx row number or the CSV line where the record starts). */
  line: number;
  /** Non-empty cells by header (as written in the header row, trimmed). */
  cells: Record<string, SheetCell>;
};

export type Spreadsheet = {
  format: "xlsx" | "csv";
  /** The sheet read (.xlsx), null for CSV. */
  sheetName: string | null;
  /** The header row's non-empty cells, trimmed, in file order (a repeated header keeps its first column). */
  headers: string[];
  /** Line of the header row (1 unless title rows come first). */
  headerLine: number;
  /** A fresh pass over the data rows below the header. */
  rows(): AsyncGenerator<SheetRow>;
};

export type OpenSpreadsheetOptions = {
  /** Headers the caller knows; used to find the header row below title rows. */
  expectedHeaders?: readonly string[];
  /** How many non-empty rows to search for the header row (default 20). */
  headerSearchRows?: number;
};

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CSV_SLICE = 64 * 1024;

/** True when the bytes are a zip archive, as every .xlsx file is. */
export function isXlsx(bytes: Uint8Array): boolean {
  return XLSX_MAGIC.every((byte, index) => bytes[index] === byte);
}

/** Opens a spreadsheet and finds its header row; see the module comment. */
export async function openSpreadsheet(
  input: SpreadsheetInput,
  options: OpenSpreadsheetOptions = {},
): Promise<Spreadsheet> {
  const source =
    "text" in input
      ? ({ kind: "csv", text: input.text.replace(/^\uFEFF/, "") } as const)
      : classify("path" in input ? new Uint8Array(await readFile(input.path)) : input.bytes);
  const workbook = source.kind === "xlsx" ? await openWorkbook(source.bytes) : null;
  const rawRows = workbook ? workbook.rows : () => csvRows(source.kind === "csv" ? source.text : "");
  const sheetName = workbook?.sheetName ?? null;
  const header = await findHeader(rawRows(), options);
  const columns = header?.columns ?? [];
  const headerLine = header?.line ?? 1;
  return {
    format: source.kind,
    sheetName,
    headers: columns.filter((column): column is string => column !== null),
    headerLine,
    async *rows() {
      for await (const row of rawRows()) {
        if (row.line <= headerLine) continue;
        const cells: Record<string, SheetCell> = {};
        let isEmpty = true;
        row.values.forEach((value, index) => {
          const column = columns[index];
          if (value === undefined || column === null || column === undefined || column in cells) return;
          cells[column] = value;
          isEmpty = false;
        });
        if (!isEmpty) yield { line: row.line, cells };
      }
    },
  };
}

type RawRow = { line: number; values: (SheetCell | undefined)[] };
type Source = { kind: "xlsx"; bytes: Uint8Array } | { kind: "csv"; text: string };

const XLS_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** True when the bytes are an old binary Excel file (.xls, a compound document), which the reader refuses. */
export function isXls(bytes: Uint8Array): boolean {
  return XLS_MAGIC.every((byte, index) => bytes[index] === byte);
}

function classify(bytes: Uint8Array): Source {
  if (isXlsx(bytes)) return { kind: "xlsx", bytes };
  if (isXls(bytes))
    throw new AppError(
      "VALIDATION",
      "Format .xls (Excel 97–2003) tidak didukung: simpan berkas sebagai .xlsx atau CSV. / Save the file as .xlsx or CSV.",
      { fields: { file: "Format .xls tidak didukung." } },
    );
  return { kind: "csv", text: decodeText(bytes) };
}

/** UTF-8 (BOM removed); bytes that are not valid UTF-8 are read as Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

async function findHeader(
  rows: AsyncGenerator<RawRow>,
  options: OpenSpreadsheetOptions,
): Promise<{ line: number; columns: (string | null)[] } | null> {
  const expected = new Set((options.expectedHeaders ?? []).map(headerKey));
  const limit = options.headerSearchRows ?? 20;
  let first: { line: number; columns: (string | null)[] } | null = null;
  let best: { line: number; columns: (string | null)[]; score: number } | null = null;
  let seen = 0;
  for await (const row of rows) {
    const columns = row.values.map((value) => {
      const text = value === undefined ? "" : String(value instanceof Date ? "" : value).trim();
      return text === "" ? null : text;
    });
    if (columns.every((column) => column === null)) continue;
    first ??= { line: row.line, columns };
    const score = columns.filter((column) => column !== null && expected.has(headerKey(column))).length;
    if (score > 0 && (!best || score > best.score)) best = { line: row.line, columns, score };
    seen += 1;
    if (seen >= limit || expected.size === 0 || (best && best.score === expected.size)) break;
  }
  await rows.return(undefined);
  const chosen = best ?? first;
  if (!chosen) return null;
  // A repeated header keeps its first column only.
  const named = new Set<string>();
  return {
    line: chosen.line,
    columns: chosen.columns.map((column) => {
      if (column === null || named.has(column)) return null;
      named.add(column);
      return column;
    }),
  };
}

// ---------------------------------------------------------------- .xlsx
// exceljs' WorkbookReader reads the zip in one streaming pass, which on Node ≥ 18 intermittently loses entries (the
// workbook part, which exceljs itself writes last, and sometimes the shared strings): exceljs issue #3064. So the
// archive is opened through its central directory (unzipper.Open) and the reader's own part parsers are fed in the
// order they need: relationships, workbook, shared strings, styles, then the first sheet, streamed row by row.

type WorkbookParts = {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ eventType: string; value: ExcelWorksheet }>;
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
};

type ExcelWorksheet = AsyncIterable<{ number: number; values: unknown }> & { name?: string };

/**
 * An opened workbook: the parts every pass needs (relationships, workbook, shared strings, styles) parsed once, and
 * a function that starts a fresh stream over the first worksheet (in tab order). A damaged file is a 422.
 */
type OpenedWorkbook = { sheetName: string | null; rows: () => AsyncGenerator<RawRow> };

async function openWorkbook(bytes: Uint8Array): Promise<OpenedWorkbook> {
  try {
    return await openWorkbookOrThrow(bytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("VALIDATION", "Berkas .xlsx rusak atau tidak dapat dibaca. / The .xlsx file cannot be read.", {
      fields: { file: "Berkas .xlsx tidak dapat dibaca." },
    });
  }
}

async function openWorkbookOrThrow(bytes: Uint8Array): Promise<OpenedWorkbook> {
  const directory = await unzipper.Open.buffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const entries = new Map(directory.files.map((file) => [file.path.replace(/^\//, ""), file]));
  const stream = (path: string) => entries.get(path)?.stream() as Readable | undefined;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  }) as unknown as WorkbookParts;
  const rels = stream("xl/_rels/workbook.xml.rels");
  const workbook = stream("xl/workbook.xml");
  if (!rels || !workbook) throw new AppError("VALIDATION", "Berkas .xlsx rusak: bagian workbook tidak ditemukan.");
  await reader._parseRels(rels);
  await reader._parseWorkbook(workbook);
  const sharedStrings = stream("xl/sharedStrings.xml");
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(sharedStrings)) void _;
  const styles = stream("xl/styles.xml");
  if (styles) await reader._parseStyles(styles);

  const first = reader.model?.sheets?.[0];
  const target = reader.workbookRels?.find((rel) => rel.Id === first?.rId)?.Target ?? "worksheets/sheet1.xml";
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const sheetNo = /sheet(\d+)\.xml$/.exec(path)?.[1];
  const worksheet = () => {
    const sheet = stream(path);
    if (!sheet || !sheetNo) return null;
    for (const event of reader._parseWorksheet(sheet, sheetNo)) return event.value;
    return null;
  };
  return {
    sheetName: first?.name ?? worksheet()?.name ?? null,
    async *rows() {
      const sheet = worksheet();
      if (!sheet) return;
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
        yield { line: row.number, values: values.map(excelCell) };
      }
    },
  };
}

/** An exceljs cell value as a SheetCell: formulas give their result, rich text and links their text, errors text. */
function excelCell(value: unknown): SheetCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if ("result" in object || "formula" in object || "sharedFormula" in object) return excelCell(object.result);
    if (Array.isArray(object.richText))
      return excelCell((object.richText as { text?: string }[]).map((part) => part.text ?? "").join(""));
    if ("text" in object) return excelCell(object.text);
    if ("error" in object) return String(object.error);
  }
  return undefined;
}

// ---------------------------------------------------------------- CSV

async function* csvRows(text: string): AsyncGenerator<RawRow> {
  const head = Papa.parse<string[]>(text.slice(0, CSV_SLICE), { preview: 20 });
  const parser = Readable.from(slices(text)).pipe(
    Papa.parse(Papa.NODE_STREAM_INPUT, {
      delimiter: head.meta.delimiter,
      newline: head.meta.linebreak as "\n",
      skipEmptyLines: false,
    }),
  );
  const breaks = head.meta.linebreak === "\r" ? /\r/g : /\n/g;
  let line = 1;
  for await (const record of parser as AsyncIterable<string[]>) {
    const start = line;
    // A record spans one line plus the line breaks inside its quoted cells.
    line += 1;
    for (const cell of record) line += cell.match(breaks)?.length ?? 0;
    yield { line: start, values: record.map((cell) => (cell.trim() === "" ? undefined : cell)) };
  }
}

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += CSV_SLICE) yield text.slice(start, start + CSV_SLICE);
}
