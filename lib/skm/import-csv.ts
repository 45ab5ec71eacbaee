/**
 * Pure parsing of the survey response import (CSV or .xlsx, one row per respondent). Canonical headers:
 * submittedAt, questionnaire, licenseType, counter, channel, age, sex, education, occupation, infoSource, comment,
 * then one column per element code of the row's questionnaire (U1…U9 for SKM-2017, U1…U14 for IKM-2004).
 * All-or-nothing: every problem is reported with its line (header = line 1), column and reason.
 */
import Papa from "papaparse";
import { RESPONSE_PROFILE_COLUMNS } from "./constants";
import type { ImportColumn } from "../spreadsheet/columns";
import { cellText } from "../spreadsheet/cells";
import {
  EDUCATION_OPTIONS_2004,
  EDUCATION_OPTIONS_2017,
  getQuestionnaire,
  INFO_SOURCE_OPTIONS,
  OCCUPATION_OPTIONS_2004,
  OCCUPATION_OPTIONS_2017,
  QUESTIONNAIRE_CODES,
  SEX_OPTIONS,
} from "./questionnaires";
import { SURVEY_CHANNELS } from "./collection-rules";
import { DEFAULT_COLLECTION_POLICY, type CollectionPolicy } from "./collection-rules";
import { validateSubmission, type TValidatedSubmission } from "./submission";

export const CSV_BASE_HEADERS = [
  "submittedAt",
  "questionnaire",
  "licenseType",
  "counter",
  "channel",
  ...RESPONSE_PROFILE_COLUMNS,
] as const;
export const CSV_MAX_ROWS = 50_000;

export type CsvProblem = { line: number; column: string; message: string };
export type ParsedCsvRow = { line: number; submission: TValidatedSubmission };
export type CsvParseResult = { ok: true; rows: ParsedCsvRow[] } | { ok: false; problems: CsvProblem[] };

const ELEMENT_HEADER = /^U([1-9]|1[0-4])$/;

const optionValues = (...lists: readonly (readonly { value: string }[])[]) => [
  ...new Set(lists.flatMap((list) => list.map((option) => option.value))),
];

const describe = (id: string, en: string) => ({ description: { id, en } });

/** The columns of the response import (the template's header row and explanation), U1…U14 last. */
export const RESPONSE_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: "submittedAt",
    kind: "timestamp",
    required: true,
    example: "14/03/2016 10:00",
    ...describe(
      "Tanggal (dan jam, WIB) responden mengisi; tanggal saja = pukul 12.00 WIB.",
      "When the respondent answered (WIB).",
    ),
  },
  {
    key: "questionnaire",
    kind: "text",
    required: true,
    values: QUESTIONNAIRE_CODES,
    ...describe("Versi kuesioner: SKM-2017 (U1–U9) atau IKM-2004 (U1–U14).", "Questionnaire version."),
  },
  {
    key: "licenseType",
    kind: "text",
    valuesFrom: "licenseTypes",
    ...describe("Kode jenis layanan; boleh kosong.", "Licence type code; may be empty."),
  },
  { key: "counter", kind: "text", valuesFrom: "counters", ...describe("Kode loket; boleh kosong.", "Counter code.") },
  {
    key: "channel",
    kind: "text",
    values: SURVEY_CHANNELS,
    ...describe("Kanal pengumpulan; kosong = import.", "Collection channel; empty = import."),
  },
  { key: "age", kind: "number", example: "45", ...describe("Umur responden (15–100).", "Respondent's age.") },
  { key: "sex", kind: "text", values: optionValues(SEX_OPTIONS), ...describe("L atau P.", "L (male) or P (female).") },
  {
    key: "education",
    kind: "text",
    values: optionValues(EDUCATION_OPTIONS_2017, EDUCATION_OPTIONS_2004),
    ...describe("Pendidikan: kode atau label pada kuesioner (mis. SMA, S1).", "Education: code or printed label."),
  },
  {
    key: "occupation",
    kind: "text",
    values: optionValues(OCCUPATION_OPTIONS_2017, OCCUPATION_OPTIONS_2004),
    ...describe("Pekerjaan: kode atau label pada kuesioner (mis. Swasta).", "Occupation: code or printed label."),
  },
  {
    key: "infoSource",
    kind: "text",
    values: optionValues(INFO_SOURCE_OPTIONS),
    ...describe("Dari mana mengetahui layanan ini; boleh kosong.", "How they heard of the service."),
  },
  { key: "comment", kind: "text", ...describe("Saran/komentar; boleh kosong.", "Suggestion or comment.") },
  ...Array.from({ length: 14 }, (_, index): ImportColumn => ({
    key: `U${index + 1}`,
    kind: "number",
    values: ["1", "2", "3", "4"],
    ...describe(
      `Jawaban unsur U${index + 1} (1–4)${index >= 9 ? ", hanya IKM-2004" : ""}; kosong bila tidak dijawab (kuesioner kertas).`,
      `Answer to element U${index + 1} (1–4).`,
    ),
  })),
];

/**
 * A day ("2016-03-14") is stored at 12:00 WIB so it stays on that WIB date; a time without a zone is WIB; a full ISO
 * timestamp with its zone is kept.
 */
function parseSubmittedAt(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T12:00:00+07:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value))
    return `${value}${value.length === 16 ? ":00" : ""}+07:00`;
  if (!Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  return null;
}

export type KnownCodes = { licenseTypes: ReadonlySet<string>; counters: ReadonlySet<string> };

/** One data row of the file as canonical text by column (see lib/spreadsheet/columns.ts rowTexts). */
export type ResponseRowTexts = { line: number; texts: Readonly<Record<string, string>> };

/**
 * Parses CSV text (header on line 1) with the same rules as an uploaded file: tests and small callers. Cells are
 * read like the spreadsheet reader's (Indonesian dates and numbers accepted).
 */
export function parseResponsesCsv(
  text: string,
  now: Date,
  known?: KnownCodes,
  policy: CollectionPolicy = DEFAULT_COLLECTION_POLICY,
): CsvParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header = [], ...records] = parsed.data;
  const columns = header.map((h) => h.trim());
  const kinds = new Map(RESPONSE_IMPORT_COLUMNS.map((column) => [column.key, column.kind]));
  const rows = records.map((record, index) => ({
    line: index + 2,
    texts: Object.fromEntries(
      columns.map((column, i) => [column, cellText(record[i], kinds.get(column) ?? "text")] as const),
    ),
  }));
  return parseResponseRows(columns, rows, now, known, policy);
}

/**
 * Validates the rows of a response import: `columns` are the file's headers (each must be a known column: a typo
 * such as "U 3" is refused rather than ignored), `rows` their canonical texts. Every problem names its line and
 * column; nothing is valid unless everything is.
 */
export function parseResponseRows(
  columns: readonly string[],
  records: readonly ResponseRowTexts[],
  now: Date,
  known?: KnownCodes,
  policy: CollectionPolicy = DEFAULT_COLLECTION_POLICY,
): CsvParseResult {
  const problems: CsvProblem[] = [];
  if (columns.length === 0) return { ok: false, problems: [{ line: 1, column: "-", message: "File kosong" }] };
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
  records.forEach(({ line, texts }) => {
    const cell = (name: string) => texts[name] ?? "";
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
      problems.push({
        line,
        column: "submittedAt",
        message: "Tanggal harus mis. 14/03/2016, 14/03/2016 10:00 atau 2016-03-14",
      });
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
