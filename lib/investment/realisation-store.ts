import "server-only";
/**
 * Writes of LKPM realisation reports. The form, the JSON API and the CSV import all parse with
 * ZRealisationInput, resolve the project with resolveRealisation and store through `upsertRealisation`, so a
 * report re-sent for the same project and period replaces the earlier one (idempotent) and is audit-logged.
 */
import { getDb, type Db } from "../db/client";
import { AppError, fieldErrorsFromIssues, type FieldErrors } from "../errors";
import { recordAudit } from "../audit/store";
import { toWibDate, wibStartOfDay } from "../calendar/working-days";
import type { Actor } from "../users/user-store";
import { loadLkpmDeadlineOverrides } from "./lkpm-deadline-store";
import { readImportRows } from "../spreadsheet/import-rows";
import type { ImportFile } from "../spreadsheet/input";
import { REALISATION_IMPORT_COLUMNS } from "./realisation-columns";
import { withLkpmPeriodStats } from "./lkpm-period-stat-store";
import { lkpmPeriodKey, type LkpmPeriodWithBounds, type RealisationSource } from "./lkpm-schedule";
import {
  REALISATION_CSV_COLUMNS,
  REALISATION_FIELD_LABELS,
  REALISATION_INVALID_MESSAGE,
  ZRealisationInput,
  type TRealisationInput,
} from "./lkpm-schemas";
import { resolveRealisation, type RealisationProject } from "./realisation";
import { findProjectFactsByRegistrationNo } from "../applications/registration-queries";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function findProjects(db: Db | Tx, registrationNos: string[]): Promise<Map<string, RealisationProject>> {
  const rows = await findProjectFactsByRegistrationNo(registrationNos, db);
  return new Map(
    rows.map((row) => [
      row.registrationNo,
      {
        id: row.id,
        registrationNo: row.registrationNo,
        status: row.status,
        scale: row.scale,
        issuedDay: row.finishedDay,
        hasInvestment: row.investmentValue !== null,
      },
    ]),
  );
}

type Filing = { period: LkpmPeriodWithBounds; reportedDay: string; isOnTime: boolean };

/** Noon WIB of a given filing day (the day is what counts), or `now` when it was filed today. */
function reportedInstant(filing: Filing, now: Date): Date {
  return filing.reportedDay === toWibDate(now)
    ? now
    : new Date(wibStartOfDay(filing.reportedDay).getTime() + 12 * 3_600_000);
}

function realisationData(input: TRealisationInput, filing: Filing, source: RealisationSource, actor: Actor, now: Date) {
  const { period } = filing;
  return {
    year: period.year,
    periodKind: period.kind,
    periodNumber: period.number,
    periodFirstDay: period.firstDay,
    periodLastDay: period.lastDay,
    realisedInvestment: input.realisedRupiah,
    currency: input.currency,
    originalAmount: input.realisedInvestment,
    exchangeRate: input.exchangeRate,
    workersLocal: input.workersLocal,
    workersForeign: input.workersForeign,
    reportedAt: reportedInstant(filing, now),
    reportedDay: filing.reportedDay,
    isOnTime: filing.isOnTime,
    source,
    createdById: actor.id,
  };
}

/** Inserts or replaces the report of one project and period; true when an earlier report was replaced. */
async function upsertRealisation(
  tx: Tx,
  applicationId: string,
  data: ReturnType<typeof realisationData>,
): Promise<{ id: string; replaced: boolean }> {
  const key = { applicationId, year: data.year, periodKind: data.periodKind, periodNumber: data.periodNumber };
  const existing = await tx.investmentRealisation.findUnique({
    where: { applicationId_year_periodKind_periodNumber: key },
    select: { id: true },
  });
  const row = await tx.investmentRealisation.upsert({
    where: { applicationId_year_periodKind_periodNumber: key },
    create: { applicationId, ...data },
    update: data,
    select: { id: true },
  });
  return { id: row.id, replaced: existing !== null };
}

export type SavedRealisation = {
  id: string;
  registrationNo: string;
  period: string;
  periodFirstDay: string;
  periodLastDay: string;
  realisedInvestment: bigint;
  replaced: boolean;
};

/**
 * Stores one report (form or API). Unknown or unobligated projects and wrong periods are a 422 naming the field.
 */
export async function saveRealisation(
  raw: unknown,
  options: { actor: Actor; source: "form" | "api"; now?: Date; db?: Db },
): Promise<SavedRealisation> {
  const parsed = ZRealisationInput.safeParse(raw);
  if (!parsed.success)
    throw new AppError("VALIDATION", REALISATION_INVALID_MESSAGE, {
      fields: fieldErrorsFromIssues(parsed.error.issues),
    });
  return saveValidRealisation(parsed.data, options);
}

/** The same, for a report already validated with ZRealisationInput (the API's contract does that). */
export async function saveValidRealisation(
  input: TRealisationInput,
  options: { actor: Actor; source: "form" | "api"; now?: Date; db?: Db },
): Promise<SavedRealisation> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const [projects, overrides] = await Promise.all([
    findProjects(db, [input.registrationNo]),
    loadLkpmDeadlineOverrides(db),
  ]);
  const resolved = resolveRealisation(input, projects.get(input.registrationNo) ?? null, toWibDate(now), overrides);
  if (!resolved.ok) {
    throw new AppError("VALIDATION", resolved.error.message, {
      fields: { [resolved.error.field]: resolved.error.message },
    });
  }
  const saved = await db.$transaction((tx) =>
    withLkpmPeriodStats(tx, [resolved.applicationId], () =>
      upsertRealisation(
        tx,
        resolved.applicationId,
        realisationData(input, resolved, options.source, options.actor, now),
      ),
    ),
  );
  await recordAudit({
    actorId: options.actor.id,
    actor: options.actor.label,
    action: "investment.realisation.save",
    target: `${input.registrationNo}:${lkpmPeriodKey(resolved.period)}`,
    detail: {
      source: options.source,
      realisedInvestment: input.realisedRupiah.toString(),
      reportedDay: resolved.reportedDay,
      replaced: saved.replaced,
    },
  });
  return {
    id: saved.id,
    registrationNo: input.registrationNo,
    period: lkpmPeriodKey(resolved.period),
    periodFirstDay: resolved.period.firstDay,
    periodLastDay: resolved.period.lastDay,
    realisedInvestment: input.realisedRupiah,
    replaced: saved.replaced,
  };
}

export type RealisationRowError = { line: number; column: string; message: string };
export type RealisationImportResult = { rows: number; created: number; updated: number };

const MAX_REPORTED_ERRORS = 200;
const MAX_IMPORT_ROWS = 50_000;

/**
 * Imports LKPM reports from a CSV or .xlsx file (header: registrationNo, year, period, realisedInvestment, currency, exchangeRate,
 * workersLocal, workersForeign, and optionally reportedOn, the WIB day the business filed). All or nothing: every row is checked first and any error means nothing is
 * written — a 422 whose `rowErrors` name the line (the header is line 1), the column and the reason in Indonesian.
 * Valid files are upserted in one transaction, so importing the same file again changes nothing.
 */
export async function importRealisationsCsv(
  file: ImportFile,
  options: { actor: Actor; now?: Date; db?: Db },
): Promise<RealisationImportResult> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const read = await readImportRows(file, REALISATION_IMPORT_COLUMNS, { maxRows: MAX_IMPORT_ROWS + 1 });
  const missing = read.mapping.missingRequired;
  if (missing.length > 0) {
    throw new AppError(
      "VALIDATION",
      `Kolom wajib tidak ada: ${missing.join(", ")}. Baris judul harus: ${REALISATION_CSV_COLUMNS.join(",")}.`,
      {
        fields: Object.fromEntries(missing.map((column) => [column, "Kolom wajib tidak ditemukan pada baris judul."])),
      },
    );
  }
  if (read.rows.length === 0) throw new AppError("VALIDATION", "Berkas tidak berisi baris data.");
  if (read.hasMore) throw new AppError("VALIDATION", `Paling banyak ${MAX_IMPORT_ROWS} baris per berkas.`);

  const errors: RealisationRowError[] = [];
  const rows: Array<{ line: number; input: TRealisationInput }> = [];
  const present = [...read.mapping.byHeader.values()];
  read.rows.forEach(({ line, texts }) => {
    // A column present in the file but empty on this row reads as "" (what the schema's messages expect).
    const raw = Object.fromEntries(present.map((column) => [column, texts[column] ?? ""]));
    const result = ZRealisationInput.safeParse(raw);
    if (!result.success) {
      for (const [column, message] of Object.entries(fieldErrorsFromIssues(result.error.issues)))
        errors.push({ line, column, message });
    } else {
      rows.push({ line, input: result.data });
    }
  });

  const [projects, overrides] = await Promise.all([
    findProjects(db, [...new Set(rows.map((row) => row.input.registrationNo))]),
    loadLkpmDeadlineOverrides(db),
  ]);
  const today = toWibDate(now);
  const firstLineOf = new Map<string, number>();
  const valid: Array<{ applicationId: string; data: ReturnType<typeof realisationData> }> = [];
  for (const { line, input } of rows) {
    const resolved = resolveRealisation(input, projects.get(input.registrationNo) ?? null, today, overrides);
    if (!resolved.ok) {
      errors.push({ line, column: resolved.error.field, message: resolved.error.message });
      continue;
    }
    const key = `${resolved.applicationId}|${lkpmPeriodKey(resolved.period)}`;
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      errors.push({
        line,
        column: "period",
        message: `${input.registrationNo} ${lkpmPeriodKey(resolved.period)} sudah ada di baris ${earlier}; satu laporan per proyek dan periode.`,
      });
      continue;
    }
    firstLineOf.set(key, line);
    valid.push({
      applicationId: resolved.applicationId,
      data: realisationData(input, resolved, "import", options.actor, now),
    });
  }

  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    await recordAudit({
      actorId: options.actor.id,
      actor: options.actor.label,
      action: "import.realisations.rejected",
      detail: { rows: read.rows.length, errors: errors.length, format: read.sheet.format },
    });
    const fields: FieldErrors = {};
    for (const error of errors.slice(0, 50)) fields[`baris ${error.line} / ${error.column}`] ??= error.message;
    throw new RealisationImportError(errors.slice(0, MAX_REPORTED_ERRORS), errors.length, fields);
  }

  let updated = 0;
  await db.$transaction(
    async (tx) =>
      withLkpmPeriodStats(
        tx,
        valid.map((row) => row.applicationId),
        async () => {
          for (const row of valid) {
            if ((await upsertRealisation(tx, row.applicationId, row.data)).replaced) updated += 1;
          }
        },
      ),
    { timeout: 120_000 },
  );
  const result = { rows: valid.length, created: valid.length - updated, updated };
  await recordAudit({
    actorId: options.actor.id,
    actor: options.actor.label,
    action: "import.realisations",
    detail: result,
  });
  return result;
}

/** A rejected import: a 422 AppError that also carries every row error (line, column, message). */
export class RealisationImportError extends AppError {
  readonly rowErrors: RealisationRowError[];
  readonly errorCount: number;
  constructor(rowErrors: RealisationRowError[], errorCount: number, fields: FieldErrors) {
    super("VALIDATION", `${errorCount} kesalahan pada berkas LKPM; tidak ada data yang disimpan.`, { fields });
    this.rowErrors = rowErrors;
    this.errorCount = errorCount;
  }
}

export { REALISATION_FIELD_LABELS };
