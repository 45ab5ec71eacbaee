// The JSON body of a survey submission (POST /api/v1/skm/responses) that integration tests send.

/** A body builder: questionnaire SKM-2017 on the web channel with these answers and respondent; `extra` adds fields. */
export function surveyBodyOf(answers: Record<string, number>, respondent: Record<string, unknown>) {
  return (extra: Record<string, unknown> = {}) => ({
    questionnaire: "SKM-2017",
    answers,
    respondent,
    channel: "web",
    ...extra,
  });
}
