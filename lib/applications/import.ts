import "server-only";
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/audit";
import type { Actor } from "../users/users";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { mapHeaders, missingRequiredColumns, parseApplicationRows, prepareReferences, type RowError } from "./import-rows";
import { applicationRowData, eventRowsData } from "./row-data";
import { replaceApplicationsBulk } from "./bulk-store";

import { IMPORT_MODES, type ImportMode } from "./import-modes";
export { IMPORT_MODES, type ImportMode };

export type ImportResult = {
  mode: ImportMode;
  rows: number;
  imported: number;
  created: number;
  updated: number;
  invalidRows: number;
  /** The first errors (at most 500), each with line, column and reason. */
  errors: RowError[];
  errorCount: number;
  /** False when nothing was written because of errors in all-or-nothing mode. */
  committed: boolean;
};

const MAX_REPORTED_ERRORS = 500;

/**
 * Imports applications from CSV text (canonical headers, or others mapped through `mapping`). Every row is
 * validated first; in "all-or-nothing" mode (the default) any invalid row means nothing is written. Valid rows are
 * upserted by registration number in one transaction (an existing application keeps its id; its timeline is
 * replaced), so re-importing a file changes nothing. Each import is audit-logged.
 */
export async function importApplicationsCsv(
  csv: string,
  options: { mode?: ImportMode; mapping?: Record<string, string>; actor: Actor; now?: Date; db?: Db },
): Promise<ImportResult> {
  const mode = options.mode ?? "all-or-nothing";
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy" });
  const headers = parsed.meta.fields ?? [];
  const headerMap = mapHeaders(headers, options.mapping);
  const missing = missingRequiredColumns(headerMap);
  if (missing.length > 0) {
    throw new AppError("VALIDATION", `Kolom wajib tidak ada: ${missing.join(", ")}.`, {
      fields: Object.fromEntries(missing.map((column) => [column, "Kolom wajib tidak ditemukan pada baris judul."])),
    });
  }
  const mappedEntries = Object.entries(headerMap);
  const rows = parsed.data.map((raw) => {
    const row: Record<string, string> = {};
    for (const [header, column] of mappedEntries) {
      const value = raw[header];
      if (value !== undefined && value !== "") row[column] = value;
    }
    return row;
  });

  const [licenseTypes, kecamatan, kelurahan, counters, cal] = await Promise.all([
    db.licenseType.findMany({ select: { id: true, code: true, slaDays: true, tariff: true, isBusiness: true } }),
    db.kecamatan.findMany({ select: { code: true, name: true } }),
    db.kelurahan.findMany({ select: { code: true, name: true, kecamatanCode: true } }),
    db.counter.findMany({ select: { id: true, code: true } }),
    loadWorkCalendar(db),
  ]);
  const refs = prepareReferences({ licenseTypes, kecamatan, kelurahan, counters });
  const { valid, errors, invalidLines } = parseApplicationRows(rows, refs, cal, toWibDate(now));
  const result: ImportResult = {
    mode,
    rows: rows.length,
    imported: 0,
    created: 0,
    updated: 0,
    invalidRows: invalidLines,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorCount: errors.length,
    committed: false,
  };
  if ((errors.length > 0 && mode === "all-or-nothing") || valid.length === 0) {
    await recordAudit({ actorId: options.actor.id, actor: options.actor.label, action: "import.applications.rejected", detail: { rows: rows.length, invalidRows: invalidLines, mode } });
    return result;
  }

  const { updated } = await replaceApplicationsBulk(
    valid.map((row) => {
      const id = randomUUID();
      return { application: applicationRowData(id, row, row.figures), events: eventRowsData(id, row.licenseTypeId, row.events, row.figures, options.actor.id) };
    }),
    db,
  );
  result.updated = updated;
  result.imported = valid.length;
  result.created = valid.length - result.updated;
  result.committed = true;
  await recordAudit({
    actorId: options.actor.id,
    actor: options.actor.label,
    action: "import.applications",
    detail: { rows: rows.length, imported: result.imported, created: result.created, updated: result.updated, invalidRows: invalidLines, mode },
  });
  return result;
}
