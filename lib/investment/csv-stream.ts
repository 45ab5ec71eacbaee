/**
 * A CSV download that never holds all rows in memory: the stream asks for one page of rows at a time (keyset
 * cursor from the last row of the previous page) only when the consumer pulls, and encodes each page to one UTF-8
 * chunk. Memory is bounded by the page size whatever the export length, and the first bytes (the header) go out
 * before any query runs, so a large export starts immediately.
 * `pagedCsvStream` formats rows with `toCsvRow` (lib/csv/safe-cell: text neutralised against formula injection,
 * numbers plain); `csvTextStream` takes pages that a reader already formatted (see export-sqlite-queries.ts).
 */
import { CSV_LINE_BREAK, toCsvRow, type CsvValue } from "../csv/safe-cell";

export type CsvPage<Row, Cursor> = { rows: readonly Row[]; next: Cursor | null };

/** One page already formatted as CSV lines (each ended with CRLF), with its number of rows. */
export type CsvTextPage<Cursor> = { text: string; rowCount: number; next: Cursor | null };

type StreamHooks = {
  header: readonly string[];
  /** Called once after the last row, with the number of data rows written (e.g. for the audit log). */
  onComplete?: (rowCount: number) => void | Promise<void>;
  /** Called exactly once when the stream ends: completed, failed or cancelled by the reader (release resources). */
  onClose?: () => void;
};

export type PagedCsvSource<Row, Cursor> = StreamHooks & {
  /** Reads the page after `cursor` (null = the first page); `next` null means there are no more pages. */
  fetchPage: (cursor: Cursor | null) => Promise<CsvPage<Row, Cursor>>;
  toCells: (row: Row) => readonly CsvValue[];
};

export type CsvTextSource<Cursor> = StreamHooks & {
  fetchTextPage: (cursor: Cursor | null) => Promise<CsvTextPage<Cursor>>;
};

/** Encodes rows to CSV lines (CRLF-terminated) as one string. */
export function csvLines<Row>(rows: readonly Row[], toCells: (row: Row) => readonly CsvValue[]): string {
  let text = "";
  for (const row of rows) text += toCsvRow(toCells(row)) + CSV_LINE_BREAK;
  return text;
}

/** UTF-8 bytes of a text (Node's Buffer encodes a page measurably faster than TextEncoder; exports run on Node). */
function utf8(text: string): Uint8Array {
  return Buffer.from(text, "utf8");
}

/** A ReadableStream of a CSV document: header first, then one chunk per formatted page, pulled on demand. */
export function csvTextStream<Cursor>(source: CsvTextSource<Cursor>): ReadableStream<Uint8Array> {
  let cursor: Cursor | null = null;
  let rowCount = 0;
  let isHeaderSent = false;
  let isDone = false;
  let isClosed = false;
  const close = () => {
    if (isClosed) return;
    isClosed = true;
    source.onClose?.();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!isHeaderSent) {
          isHeaderSent = true;
          controller.enqueue(utf8(toCsvRow(source.header) + CSV_LINE_BREAK));
          return;
        }
        if (isDone) return;
        let page: CsvTextPage<Cursor>;
        try {
          page = await source.fetchTextPage(cursor);
        } catch (error) {
          close();
          throw error;
        }
        rowCount += page.rowCount;
        if (page.rowCount > 0) controller.enqueue(utf8(page.text));
        if (page.next === null || page.rowCount === 0) {
          isDone = true;
          close();
          await source.onComplete?.(rowCount);
          controller.close();
        } else {
          cursor = page.next;
        }
      },
      cancel() {
        close();
      },
    },
    { highWaterMark: 1 },
  );
}

/** A ReadableStream of a CSV document from pages of rows, each row formatted with `toCells` and `toCsvRow`. */
export function pagedCsvStream<Row, Cursor>(source: PagedCsvSource<Row, Cursor>): ReadableStream<Uint8Array> {
  const { fetchPage, toCells, ...hooks } = source;
  return csvTextStream<Cursor>({
    ...hooks,
    fetchTextPage: async (cursor) => {
      const page = await fetchPage(cursor);
      return { text: csvLines(page.rows, toCells), rowCount: page.rows.length, next: page.next };
    },
  });
}
