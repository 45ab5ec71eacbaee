/**
 * A CSV download that never holds all rows in memory: `pagedCsvStream` asks for one page of rows at a time
 * (keyset cursor from the last row of the previous page) only when the consumer pulls, and encodes each page to
 * one UTF-8 chunk. Memory is bounded by the page size whatever the export length, and the first bytes (the
 * header) go out before any query runs, so a large export starts immediately.
 * Cells go through `toCsvRow` (lib/csv/safe-cell): text neutralised against formula injection, numbers plain.
 */
import { CSV_LINE_BREAK, toCsvRow, type CsvValue } from "../csv/safe-cell";

export type CsvPage<Row, Cursor> = { rows: readonly Row[]; next: Cursor | null };

export type PagedCsvSource<Row, Cursor> = {
  header: readonly string[];
  /** Reads the page after `cursor` (null = the first page); `next` null means there are no more pages. */
  fetchPage: (cursor: Cursor | null) => Promise<CsvPage<Row, Cursor>>;
  toCells: (row: Row) => readonly CsvValue[];
  /** Called once after the last row, with the number of data rows written (e.g. for the audit log). */
  onComplete?: (rowCount: number) => void | Promise<void>;
  /** Called exactly once when the stream ends: completed, failed or cancelled by the reader (release resources). */
  onClose?: () => void;
};

/** Encodes rows to CSV lines (CRLF-terminated) as one string. */
export function csvLines<Row>(rows: readonly Row[], toCells: (row: Row) => readonly CsvValue[]): string {
  let text = "";
  for (const row of rows) text += toCsvRow(toCells(row)) + CSV_LINE_BREAK;
  return text;
}

/** A ReadableStream of a CSV document: header first, then one chunk per page, pulled on demand. */
export function pagedCsvStream<Row, Cursor>(source: PagedCsvSource<Row, Cursor>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
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
          controller.enqueue(encoder.encode(toCsvRow(source.header) + CSV_LINE_BREAK));
          return;
        }
        if (isDone) return;
        let page: CsvPage<Row, Cursor>;
        try {
          page = await source.fetchPage(cursor);
        } catch (error) {
          close();
          throw error;
        }
        rowCount += page.rows.length;
        if (page.rows.length > 0) controller.enqueue(encoder.encode(csvLines(page.rows, source.toCells)));
        if (page.next === null || page.rows.length === 0) {
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
