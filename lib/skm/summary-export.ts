/** Pure CSV shaping for SKM exports (formula-injection-safe through lib/csv/safe-cell.ts). */
import { toCsvRow, CSV_LINE_BREAK, type CsvValue } from "../csv/safe-cell";
import { RESPONSE_PROFILE_COLUMNS } from "./constants";
import type { Questionnaire } from "./questionnaires";
import type { SkmSummary } from "./summary";

/** Per-element summary: one row per unsur, then the index lines. */
export function elementSummaryCsv(summary: SkmSummary): string {
  const rows: CsvValue[][] = [["kode", "unsur", "jumlah_menjawab", "nrr", "nrr_tertimbang", "prioritas_perbaikan"]];
  for (const e of summary.elements) rows.push([e.code, e.name, e.count, e.nrr, e.weighted, e.isWeakest ? "ya" : ""]);
  rows.push([]);
  rows.push(["periode", `${summary.from} s.d. ${summary.to}`]);
  rows.push(["kuesioner", summary.questionnaire]);
  rows.push(["responden", summary.respondents]);
  rows.push(["bobot", `${summary.weight.mode} (${summary.weight.value})`]);
  rows.push(["unsur_terisi", summary.weight.answeredElements]);
  rows.push(["jumlah_bobot", summary.weight.sum]);
  rows.push([
    "laporan_lengkap",
    summary.isComplete ? "ya" : `tidak (tanpa jawaban: ${summary.unansweredElements.join(" ")})`,
  ]);
  rows.push(["indeks", summary.index]);
  rows.push(["ikm", summary.ikm]);
  rows.push(["mutu", summary.grade]);
  rows.push(["ci95_bawah", summary.ci95?.[0] ?? null]);
  rows.push(["ci95_atas", summary.ci95?.[1] ?? null]);
  return rows.map((r) => toCsvRow(r) + CSV_LINE_BREAK).join("");
}

export type AnonymisedResponseRow = {
  surveyDate: string;
  questionnaire: string;
  channel: string;
  licenseTypeCode: string | null;
  counterCode: string | null;
  age: number | null;
  sex: string | null;
  education: string | null;
  occupation: string | null;
  infoSource: string | null;
  comment: string | null;
  answers: string; // JSON keyed by element code
};

/** Header of the anonymised raw-response export: no ids, tokens, kiosks, timestamps finer than the day. */
export function responsesCsvHeader(questionnaire: Questionnaire): string {
  return (
    toCsvRow([
      "surveyDate",
      "questionnaire",
      "channel",
      "licenseType",
      "counter",
      ...RESPONSE_PROFILE_COLUMNS,
      ...questionnaire.elements.map((e) => e.code),
    ]) + CSV_LINE_BREAK
  );
}

/** One anonymised response as a CSV line. Age is kept in 5-year bands so a respondent cannot be singled out. */
export function responseCsvLine(questionnaire: Questionnaire, row: AnonymisedResponseRow): string {
  let answers: Record<string, number | null> = {};
  try {
    answers = JSON.parse(row.answers) as Record<string, number | null>;
  } catch {
    answers = {};
  }
  return (
    toCsvRow([
      row.surveyDate,
      row.questionnaire,
      row.channel,
      row.licenseTypeCode,
      row.counterCode,
      ageBand(row.age),
      row.sex,
      row.education,
      row.occupation,
      row.infoSource,
      anonymiseComment(row.comment),
      ...questionnaire.elements.map((e) => (typeof answers[e.code] === "number" ? answers[e.code]! : null)),
    ]) + CSV_LINE_BREAK
  );
}

/** 37 → "35-39"; null stays empty. */
export function ageBand(age: number | null): string | null {
  if (age === null) return null;
  const low = Math.floor(age / 5) * 5;
  return `${low}–${low + 4}`;
}

/**
 * Comments are free text typed by citizens: phone numbers, ID numbers (NIK) and e-mail addresses are masked before
 * staff see or export them, so the answers stay anonymous.
 */
export function anonymiseComment(comment: string | null): string | null {
  if (comment === null) return null;
  return comment
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email disamarkan]")
    .replace(/(\+?\d[\d\s.-]{5,}\d)/g, (m) => (m.replace(/\D/g, "").length >= 6 ? "[nomor disamarkan]" : m));
}
