/**
 * The respondent profile's day roll-up (issue 15, SkmProfileDayStat): which fields it counts and the age bands, and
 * the portable recount over the responses that the consistency check compares it with. The triggers of migration
 * 20261206073139_skm_profile_roll_up write the same dimensions and bands (change both together). Pure.
 */

/** The SKM dashboard's age bands: label, first and last age (inclusive); the roll-up stores the index as text. */
export const AGE_BANDS: readonly (readonly [string, number, number])[] = [
  ["< 25", 0, 24],
  ["25–34", 25, 34],
  ["35–44", 35, 44],
  ["45–54", 45, 54],
  ["≥ 55", 55, 200],
];

/** SQL: the age band index of `column` (NULL outside the bands or without an age). */
export function ageBandSql(column: string, asText = false): string {
  const value = (index: number) => (asText ? `'${index}'` : String(index));
  return `CASE ${AGE_BANDS.map(([, lo, hi], index) => `WHEN ${column} BETWEEN ${lo} AND ${hi} THEN ${value(index)}`).join(" ")} END`;
}

export const PROFILE_DIMENSIONS = ["sex", "education", "occupation", "infoSource", "ageBand"] as const;
export type ProfileDimension = (typeof PROFILE_DIMENSIONS)[number];

/** SELECT day, questionnaire, dimension, value, count: every response's non-blank profile fields, counted. */
export const PROFILE_RECOUNT_SQL = `SELECT p."day" AS "day", p."questionnaire" AS "questionnaire", p."dimension" AS "dimension",
    p."value" AS "value", COUNT(*) AS "count"
  FROM (${PROFILE_DIMENSIONS.map(
    (dimension) =>
      `SELECT "surveyDate" AS "day", "questionnaire" AS "questionnaire", '${dimension}' AS "dimension", ${
        dimension === "ageBand" ? ageBandSql(`"age"`, true) : `"${dimension}"`
      } AS "value" FROM "SurveyResponse"`,
  ).join(" UNION ALL ")}) p
  WHERE p."value" IS NOT NULL GROUP BY p."day", p."questionnaire", p."dimension", p."value"`;
