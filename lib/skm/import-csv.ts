/**
 * Pure parsing of the survey CSV import (one row per respondent). Canonical headers:
 * submittedAt, questionnaire, licenseType, counter, channel, age, sex, education, occupation, infoSource, comment,
 * then one column per element code of the row's questionnaire (U1…U9 for SKM-2017, U1…U14 for IKM-2004).
 * All-or-nothing: every problem is reported with its line (header = line 1), column and reason.
 */
import Papa from "papaparse";
import { getQuestionnaire } from "./questionnaires";
import { DEFAULT_COLLECTION_POLICY, type CollectionPolicy } from "./collection-rules";
import { validateSubmission, type TValidatedSubmission } from "./submission";

export const CSV_BASE_HEADERS = [
  "submittedAt",
  "questionnaire",
  "licenseType",
  "counter",
  "channel",
  "age",
  "sex",
  "education",
  "occupation",
  "infoSource",
  "comment",
] as const;
export const CSV_MAX_ROWS = 50_000;

export type CsvProblem = { line: number; column: string; message: string };
export type ParsedCsvRow = { line: number; submission: TValidatedSubmission };
export type CsvParseResult = { ok: true; rows: ParsedCsvRow[] } | { ok: false; problems: CsvProblem[] };

const ELEMENT_HEADER = /^U([1-9]|1[0-4])$/;

/** A day ("2016-03-14") is stored at 12:00 WIB so it stays on that WIB date; a full ISO timestamp is kept. */
function parseSubmittedAt(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T12:00:00+07:00`;
  if (!Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  return null;
}

export type KnownCodes = { licenseTypes: ReadonlySet<string>; counters: ReadonlySet<string> };

export function parseResponsesCsv(
  text: string,
  now: Date,
  known?: KnownCodes,
  policy: CollectionPolicy = DEFAULT_COLLECTION_POLICY,
): CsvParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const problems: CsvProblem[] = [];
  const [header, ...records] = parsed.data;
  if (!header) return { ok: false, problems: [{ line: 1, column: "-", message: "File CSV kosong" }] };
  const columns = header.map((h) => h.trim());
  for (const required of ["submittedAt", "questionnaire"]) {
    if (!columns.includes(required)) problems.push({ line: 1, column: required, message: "Kolom wajib tidak ada" });
  }
  for (const column of columns) {
    if (!(CSV_BASE_HEADERS as readonly string[]).includes(column) && !ELEMENT_HEADER.test(column)) {
      problems.push({ line: 1, column, message: "Kolom tidak dikenal" });
    }
  }
  if (records.length === 0) problems.push({ line: 2, column: "-", message: "Tidak ada baris data" });
  if (records.length > CSV_MAX_ROWS)
    problems.push({ line: 1, column: "-", message: `Maksimal ${CSV_MAX_ROWS} baris per impor` });
  if (problems.length) return { ok: false, problems };

  const rows: ParsedCsvRow[] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i >= 0 ? (record[i] ?? "").trim() : "";
    };
    const questionnaire = getQuestionnaire(cell("questionnaire"));
    if (!questionnaire) {
      problems.push({ line, column: "questionnaire", message: "Kuesioner tidak dikenal (SKM-2017 atau IKM-2004)" });
      return;
    }
    const answers: Record<string, unknown> = {};
    for (const element of questionnaire.elements) {
      const raw = cell(element.code);
      answers[element.code] = raw === "" ? null : /^-?\d+$/.test(raw) ? Number(raw) : raw;
    }
    for (const column of columns) {
      if (
        ELEMENT_HEADER.test(column) &&
        !questionnaire.elements.some((e) => e.code === column) &&
        cell(column) !== ""
      ) {
        problems.push({ line, column, message: `Unsur ${column} tidak ada pada ${questionnaire.code}` });
      }
    }
    const submittedAtRaw = cell("submittedAt");
    const submittedAt = parseSubmittedAt(submittedAtRaw);
    if (!submittedAt) {
      problems.push({ line, column: "submittedAt", message: "Tanggal harus YYYY-MM-DD atau ISO 8601" });
      return;
    }
    if (known && cell("licenseType") && !known.licenseTypes.has(cell("licenseType"))) {
      problems.push({ line, column: "licenseType", message: `Jenis layanan "${cell("licenseType")}" tidak dikenal` });
    }
    if (known && cell("counter") && !known.counters.has(cell("counter"))) {
      problems.push({ line, column: "counter", message: `Loket "${cell("counter")}" tidak dikenal` });
    }
    const age = cell("age");
    const input = {
      questionnaire: questionnaire.code,
      answers,
      respondent: {
        age: age === "" ? undefined : /^\d+$/.test(age) ? Number(age) : age,
        sex: cell("sex") || undefined,
        education: cell("education") || undefined,
        occupation: cell("occupation") || undefined,
      },
      licenseType: cell("licenseType") || undefined,
      counter: cell("counter") || undefined,
      channel: cell("channel") || "import",
      infoSource: cell("infoSource") || undefined,
      comment: cell("comment") || undefined,
      submittedAt,
    };
    const result = validateSubmission(input, { now, source: { kind: "import" }, policy });
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fields)) {
        problems.push({ line, column: columnOfField(field), message });
      }
      return;
    }
    rows.push({ line, submission: result.value });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** "answers.U3" → "U3", "respondent.age" → "age". */
function columnOfField(field: string): string {
  const [head, tail] = field.split(".");
  return tail && (head === "answers" || head === "respondent") ? tail : head;
}
