/** Pure helpers for the published report. */
import type { Questionnaire } from "./questionnaires";

type Distribution = { value: string; count: number }[];

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
