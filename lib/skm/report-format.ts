/** Pure helpers for the published report. */
import type { Questionnaire } from "./questionnaires";

type Distribution = { value: string; count: number }[];

/** "2026-10-09T17:00:00Z" → "10-10-2026" in WIB (dd-mm-yyyy, as official letters write dates). */
export function formatReportDate(instant: Date): string {
  const wib = new Date(instant.getTime() + 7 * 3_600_000);
  const dd = String(wib.getUTCDate()).padStart(2, "0");
  const mm = String(wib.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}-${mm}-${wib.getUTCFullYear()}`;
}

/** Profile tables in the questionnaire's option order, labelled in the reader's language. */
export function reportProfileRows(
  questionnaire: Questionnaire,
  profile: { sex: Distribution; education: Distribution; occupation: Distribution; age: Distribution },
  en: boolean,
): { key: "sex" | "education" | "occupation" | "age"; rows: [string, number][] }[] {
  const ordered = (options: Questionnaire["sexOptions"], dist: Distribution): [string, number][] =>
    options.map((o) => [en ? o.labelEn : o.labelId, dist.find((d) => d.value === o.value)?.count ?? 0]);
  return [
    { key: "sex", rows: ordered(questionnaire.sexOptions, profile.sex) },
    { key: "education", rows: ordered(questionnaire.educationOptions, profile.education) },
    { key: "occupation", rows: ordered(questionnaire.occupationOptions, profile.occupation) },
    { key: "age", rows: profile.age.map((d) => [d.value, d.count]) },
  ];
}
