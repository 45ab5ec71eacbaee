import "server-only";
import { v7 as timeOrderedId } from "uuid";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { toWibDate, type WorkCalendar } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { loadKbliLists } from "../investment/kbli-store";
import { TouchedYears, calendarWarnings } from "../calendar/coverage";
import { openSpreadsheet, type SheetRow } from "../spreadsheet/read";
import { mapColumns, rowTexts, type ColumnMapping } from "../spreadsheet/columns";
import { spreadsheetInputOf, type ImportFile } from "../spreadsheet/input";
import { APPLICATION_IMPORT_COLUMNS } from "./import-columns";
import {
  createApplicationRowValidator,
  prepareReferences,
  type PreparedReferences,
  type RowValidationSummary,
} from "./import-rows";
import { applicationRowData, eventRowsData } from "./row-data";
import { withApplicationsBulkWriter, withApplicationsWriteTurn, type ApplicationWithEvents } from "./bulk-store";

import { IMPORT_MODES, type ImportMode } from "./import-modes";
import { listAreaCodes, listCounterCodes, listLicenseTypeImportFacts } from "../reference/queries";
export { IMPORT_MODES, type ImportMode };
import type { ImportResult } from "./import-row-types";
export type { ImportResult };

const MAX_REPORTED_ERRORS = 500;
/** Applications per write chunk (with ~6 events each) and rows validated between two turns of the event loop. */
const DEFAULT_CHUNK_SIZE = 2_000;
const ROWS_PER_TURN = 1_000;
const ROWS_PER_WRITE_TURN = 250;

export type ImportProgress = { phase: "validate" | "write"; rows: number };

/**
 * Imports applications from a CSV or .xlsx file (CSV text, or the file's bytes; canonical headers, or others mapped
 * through `mapping`; cells read by lib/spreadsheet, so Indonesian numbers and dates and typed Excel cells are
 * accepted). Memory stays bounded whatever the number of rows: the rows are streamed twice and never held at once.
 * 1. Validation: every row is checked (and duplicate registration numbers within the file found); only the first
 *    500 errors and the counts are kept. In "all-or-nothing" mode (the default) any invalid row means nothing is
 *    written.
 * 2. Writing: the records are read again and the valid rows written in chunks of `chunkSize` inside ONE
 *    transaction (withApplicationsBulkWriter), upserted by registration number (an existing application keeps its
 *    id; its timeline is replaced), so re-importing a file changes nothing and a failure anywhere leaves the
 *    database as it was.
 * `onProgress` is told the rows done after every validation step and every written chunk; if it throws, the import
 * stops and nothing is written. Each import is audit-logged.
 */
export async function importApplicationsCsv(
  file: ImportFile,
  options: {
    mode?: ImportMode;
    mapping?: Record<string, string>;
    actor: Actor;
    now?: Date;
    db?: Db;
    chunkSize?: number;
    onProgress?: (progress: ImportProgress) => void | Promise<void>;
  },
): Promise<ImportResult> {
  const mode = options.mode ?? "all-or-nothing";
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const sheet = await openSpreadsheet(spreadsheetInputOf(file), {
    expectedHeaders: APPLICATION_IMPORT_COLUMNS.map((column) => column.key),
  });
  const columns = mapColumns(sheet.headers, APPLICATION_IMPORT_COLUMNS, options.mapping);
  const missing = columns.missingRequired;
  if (missing.length > 0) {
    throw new AppError("VALIDATION", `Kolom wajib tidak ada: ${missing.join(", ")}.`, {
      fields: Object.fromEntries(missing.map((column) => [column, "Kolom wajib tidak ditemukan pada baris judul."])),
    });
  }
  const records = () => mappedRecords(sheet.rows(), columns);

  const [licenseTypes, { kecamatan, kelurahan }, counters, cal, kbliLists] = await Promise.all([
    listLicenseTypeImportFacts(db),
    listAreaCodes(db),
    listCounterCodes(db),
    loadWorkCalendar(db),
    loadKbliLists(db),
  ]);
  const refs = prepareReferences({ licenseTypes, kecamatan, kelurahan, counters, kbliLists });
  const today = toWibDate(now);

  const touched = new TouchedYears();
  const verdict = await validateAll(records, refs, cal, today, options.onProgress, touched);
  const result: ImportResult = {
    mode,
    rows: verdict.rows,
    imported: 0,
    created: 0,
    updated: 0,
    invalidRows: verdict.invalidRows,
    errors: verdict.errors,
    errorCount: verdict.errorCount,
    committed: false,
    calendarWarnings: calendarWarnings(cal, touched),
  };
  if ((verdict.errorCount > 0 && mode === "all-or-nothing") || verdict.validRows === 0) {
    await withApplicationsWriteTurn(() =>
      recordAudit({
        actorId: options.actor.id,
        actor: options.actor.label,
        action: "import.applications.rejected",
        detail: { rows: verdict.rows, invalidRows: verdict.invalidRows, mode },
      }),
    );
    return result;
  }
  return withApplicationsWriteTurn(() =>
    writeValidRows(records, {
      refs,
      cal,
      today,
      chunkSize,
      verdict,
      result,
      mode,
      db,
      actor: options.actor,
      onProgress: options.onProgress,
    }),
  );
}

/** Pass 1: validates every record and keeps nothing but the verdict (the validator is garbage afterwards). */
async function validateAll(
  records: () => AsyncGenerator<MappedRecord>,
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
  onProgress?: (progress: ImportProgress) => void | Promise<void>,
  touched?: TouchedYears,
): Promise<RowValidationSummary> {
  const validation = createApplicationRowValidator(refs, cal, today, { maxErrors: MAX_REPORTED_ERRORS });
  let rows = 0;
  for await (const { line, texts } of records()) {
    const parsed = validation.next(texts, line);
    if (parsed && touched) {
      const { clockStartDay, dueDate, finishedDay } = parsed.figures;
      touched.add(clockStartDay, dueDate, finishedDay ?? today);
    }
    rows += 1;
    if (rows % ROWS_PER_TURN === 0) {
      await onProgress?.({ phase: "validate", rows });
      await nextTurn();
    }
  }
  const verdict = validation.summary();
  await onProgress?.({ phase: "validate", rows: verdict.rows });
  return verdict;
}

/** Pass 2 and the audit record (one write turn: no other bulk session of this process can start in between). */
async function writeValidRows(
  records: () => AsyncGenerator<MappedRecord>,
  context: {
    refs: PreparedReferences;
    cal: WorkCalendar;
    today: string;
    chunkSize: number;
    verdict: RowValidationSummary;
    result: ImportResult;
    mode: ImportMode;
    db: Db;
    actor: Actor;
    onProgress?: (progress: ImportProgress) => void | Promise<void>;
  },
): Promise<ImportResult> {
  const { refs, cal, today, chunkSize, verdict, result, mode, db, actor, onProgress } = context;

  // Pass 2: read the records again; a fresh validator gives the same verdicts and yields the valid rows.
  const { imported, updated } = await withApplicationsBulkWriter(db, async (write) => {
    const rewrite = createApplicationRowValidator(refs, cal, today, { maxErrors: 0 });
    let chunk: ApplicationWithEvents[] = [];
    let written = 0;
    let replaced = 0;
    const flush = async () => {
      replaced += (await write(chunk)).updated;
      written += chunk.length;
      chunk = [];
      await onProgress?.({ phase: "write", rows: written });
    };
    let read = 0;
    for await (const { line, texts } of records()) {
      // Reading and checking a row is synchronous work too: requests get a turn every few hundred rows.
      if (++read % ROWS_PER_WRITE_TURN === 0) await nextTurn();
      const row = rewrite.next(texts, line);
      if (row) {
        // Time-ordered ids: a chunk's new rows land together at the end of the id index and of the events'
        // application index, instead of on thousands of random pages that each commit would write again.
        const id = timeOrderedId();
        chunk.push({
          application: applicationRowData(id, row, row.figures),
          events: eventRowsData(id, row.licenseTypeId, row.events, row.figures, actor.id),
        });
      }
      if (chunk.length >= chunkSize) await flush();
    }
    if (chunk.length > 0) await flush();
    if (written !== verdict.validRows)
      throw new Error(`import: pass 2 found ${written} valid rows, pass 1 ${verdict.validRows}`);
    return { imported: written, updated: replaced };
  });
  result.imported = imported;
  result.updated = updated;
  result.created = imported - updated;
  result.committed = true;
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "import.applications",
    detail: {
      rows: result.rows,
      imported: result.imported,
      created: result.created,
      updated: result.updated,
      invalidRows: result.invalidRows,
      mode,
    },
  });
  return result;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type MappedRecord = { line: number; texts: Record<string, string> };

/** The file's data rows one by one, as canonical text keyed by column (empty cells left out), with their lines. */
async function* mappedRecords(rows: AsyncGenerator<SheetRow>, columns: ColumnMapping): AsyncGenerator<MappedRecord> {
  for await (const row of rows)
    yield { line: row.line, texts: rowTexts(row.cells, columns, APPLICATION_IMPORT_COLUMNS) };
}
