import "server-only";
import { listCounterCodes, listLicenseTypeCodes } from "../reference/queries";
import { AppError, type FieldErrors } from "../errors";
import type { Actor } from "../users/user-store";
import type { NewSurveyResponse } from "./response-store";
import { storeResponseImport } from "./response-import-store";
import { CSV_MAX_ROWS, parseResponseRows, RESPONSE_IMPORT_COLUMNS } from "./import-csv";
import { readImportRows, importRowsHash } from "../spreadsheet/import-rows";
import { decodeText } from "../spreadsheet/read";
import type { ImportFile } from "../spreadsheet/input";
import { importContentHash } from "./import-hash";
import { getCollectionPolicy, toNewResponse } from "./submit-response";

/** Problems are reported to the importer at most this many at a time (line / column → reason). */
const MAX_REPORTED_PROBLEMS = 200;

/**
 * All-or-nothing import of survey responses from a CSV or .xlsx file (the caller has checked importData): problems come back as
 * "line N / column" → reason; nothing is stored unless every row is valid. Rows keep their own dates, bounded by
 * their questionnaire version and today; blanks only when the office allows incomplete paper sheets.
 */
export async function importResponsesCsv(
  file: ImportFile,
  actor: Actor,
  now: Date,
  options: { fileName?: string } = {},
): Promise<{ imported: number; importId: string }> {
  const [licenseTypes, counters, policy] = await Promise.all([
    listLicenseTypeCodes(),
    listCounterCodes(),
    getCollectionPolicy(),
  ]);
  const licenseIds = new Map(licenseTypes.map((l) => [l.code, l.id]));
  const counterIds = new Map(counters.map((c) => [c.code, c.id]));
  const read = await readImportRows(file, RESPONSE_IMPORT_COLUMNS, { maxRows: CSV_MAX_ROWS + 1 });
  const columns = [...read.mapping.byHeader.values(), ...read.mapping.ignored];
  const parsed = parseResponseRows(
    columns,
    read.rows,
    now,
    { licenseTypes: new Set(licenseIds.keys()), counters: new Set(counterIds.keys()) },
    policy,
  );
  if (!parsed.ok) {
    const fields: FieldErrors = {};
    for (const p of parsed.problems.slice(0, MAX_REPORTED_PROBLEMS)) fields[`line ${p.line} / ${p.column}`] = p.message;
    throw new AppError(
      "VALIDATION",
      `Impor dibatalkan: ${parsed.problems.length} masalah ditemukan, tidak ada baris yang disimpan.`,
      { fields },
    );
  }
  const rows: NewSurveyResponse[] = parsed.rows.map(({ submission }) =>
    toNewResponse(submission, {
      licenseTypeId: submission.licenseType ? licenseIds.get(submission.licenseType)! : null,
      counterId: submission.counter ? counterIds.get(submission.counter)! : null,
    }),
  );
  // Recorded with the file's hash: the same file twice is refused until the first import is undone.
  // CSV keeps the fingerprint of its text (as recorded before .xlsx was accepted); .xlsx that of its rows.
  const contentHash =
    read.sheet.format === "csv"
      ? importContentHash(typeof file === "string" ? file : decodeText(file))
      : importRowsHash(read);
  return storeResponseImport({ contentHash, rows, actor, now, fileName: options.fileName });
}
