/**
 * Pure part of storing a survey response: the row every writer stores (validated against its questionnaire, with the
 * respondent's score and the WIB survey day) and the SkmDailyAggregate slice it counts in.
 */
import { AppError } from "../errors";
import { toWibDate } from "../calendar/working-days";
import { respondentScore } from "./aggregate-row";
import { getQuestionnaire } from "./questionnaires";

/** A validated response ready to store (channels validate and resolve codes to ids before calling). */
export type NewSurveyResponse = {
  questionnaire: string;
  submittedAt: Date;
  channel: string;
  licenseTypeId?: number | null;
  counterId?: number | null;
  kioskId?: string | null;
  invitationId?: string | null;
  age?: number | null;
  sex?: string | null;
  education?: string | null;
  occupation?: string | null;
  infoSource?: string | null;
  comment?: string | null;
  answers: Record<string, number | null>;
  extraAnswers?: Record<string, string> | null;
  idempotencyKey?: string | null;
  /** The ResponseImport that stores this row (CSV imports), so undoing the import removes exactly its rows. */
  importId?: string | null;
};

export type ResponseSlice = {
  day: string;
  questionnaire: string;
  licenseTypeId: number;
  counterId: number;
  channel: string;
};

/** The aggregate slice of a response: WIB day, questionnaire, licence type, counter, channel (0 = none). */
export function sliceOf(r: NewSurveyResponse): ResponseSlice {
  return {
    day: toWibDate(r.submittedAt),
    questionnaire: r.questionnaire,
    licenseTypeId: r.licenseTypeId ?? 0,
    counterId: r.counterId ?? 0,
    channel: r.channel,
  };
}

/** Validates a response against its questionnaire and returns the row to store (shared by every writer). */
export function prepareResponseRow(r: NewSurveyResponse) {
  const questionnaire = getQuestionnaire(r.questionnaire);
  if (!questionnaire)
    throw new AppError("VALIDATION", "Kuesioner tidak dikenal", {
      fields: { questionnaire: "Kuesioner tidak dikenal" },
    });
  const score = respondentScore(questionnaire, r.answers);
  if (score === null)
    throw new AppError("VALIDATION", "Tidak ada unsur yang dijawab", {
      fields: { answers: "Jawab minimal satu unsur" },
    });
  return {
    questionnaire,
    data: {
      questionnaire: r.questionnaire,
      submittedAt: r.submittedAt,
      surveyDate: toWibDate(r.submittedAt),
      channel: r.channel,
      licenseTypeId: r.licenseTypeId ?? null,
      counterId: r.counterId ?? null,
      kioskId: r.kioskId ?? null,
      invitationId: r.invitationId ?? null,
      age: r.age ?? null,
      sex: r.sex ?? null,
      education: r.education ?? null,
      occupation: r.occupation ?? null,
      infoSource: r.infoSource ?? null,
      comment: r.comment ?? null,
      answers: JSON.stringify(r.answers),
      extraAnswers: r.extraAnswers ? JSON.stringify(r.extraAnswers) : null,
      score,
      idempotencyKey: r.idempotencyKey ?? null,
      importId: r.importId ?? null,
    },
  };
}
