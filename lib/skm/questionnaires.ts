/**
 * Questionnaire definitions for the SKM (PermenPANRB 14/2017, 9 unsur) and the older IKM
 * (KEP/25/M.PAN/2/2004, 14 unsur) and respondent option sets; the unsur texts are in questionnaire-elements.ts,
 * the zod schemas that validate answers and respondent profiles in schemas.ts. Answers are stored keyed by unsur code (U1..Un), never by
 * question position: the 2017 sample form asks about sarana before pengaduan, the regulation
 * lists pengaduan as U8 and sarana as U9.
 */
import type { SkmMethod } from "./constants";
import { ELEMENTS_2004, ELEMENTS_2017 } from "./questionnaire-elements";
/** The respondent profile options of both sample forms (value, Indonesian and English label). */
import PROFILE_OPTIONS from "./profile-options.json";

export const QUESTIONNAIRE_CODES = ["SKM-2017", "IKM-2004"] as const;
export type QuestionnaireCode = (typeof QUESTIONNAIRE_CODES)[number];

export interface AnswerLabel {
  value: 1 | 2 | 3 | 4;
  labelId: string;
  labelEn: string;
}

export interface QuestionnaireElement {
  code: string;
  nameId: string;
  nameEn: string;
  questionId: string;
  questionEn: string;
  /** Labels for answers 1 (worst) to 4 (best). */
  answerLabels: readonly [AnswerLabel, AnswerLabel, AnswerLabel, AnswerLabel];
}

export interface ProfileOption<Value extends string = string> {
  value: Value;
  labelId: string;
  labelEn: string;
}

export interface Questionnaire {
  code: QuestionnaireCode;
  method: SkmMethod;
  regulation: string;
  /**
   * First WIB day a response on this version can have been collected (the regulation's year or date). A client-given
   * submittedAt (kiosk queue, paper entry, import) before it is refused; server-stamped responses never predate it.
   */
  validFrom: string;
  titleId: string;
  titleEn: string;
  /** In regulation order: U1..U9 (2017) or U1..U14 (2004). */
  elements: readonly QuestionnaireElement[];
  sexOptions: readonly ProfileOption[];
  educationOptions: readonly ProfileOption[];
  occupationOptions: readonly ProfileOption[];
  infoSourceOptions: readonly ProfileOption[];
}

export const SEX_OPTIONS: readonly ProfileOption[] = PROFILE_OPTIONS.sex;

/** Pendidikan, PermenPANRB 14/2017 sample form. */
export const EDUCATION_OPTIONS_2017: readonly ProfileOption[] = PROFILE_OPTIONS.education2017;

/** Pekerjaan, PermenPANRB 14/2017 sample form. */
export const OCCUPATION_OPTIONS_2017: readonly ProfileOption[] = PROFILE_OPTIONS.occupation2017;

/** Pendidikan, KEP/25/M.PAN/2/2004 sample questionnaire. */
export const EDUCATION_OPTIONS_2004: readonly ProfileOption[] = PROFILE_OPTIONS.education2004;

/** Pekerjaan, KEP/25/M.PAN/2/2004 sample questionnaire. */
export const OCCUPATION_OPTIONS_2004: readonly ProfileOption[] = PROFILE_OPTIONS.occupation2004;

export const INFO_SOURCE_QUESTION = {
  questionId: "Dari mana Saudara pertama kali mengetahui layanan ini?",
  questionEn: "How did you first hear about this service?",
} as const;

export const INFO_SOURCE_OPTIONS: readonly ProfileOption[] = PROFILE_OPTIONS.infoSource;

export const SKM_2017_QUESTIONNAIRE: Questionnaire = {
  code: "SKM-2017",
  method: "2017",
  regulation: "PermenPANRB No. 14 Tahun 2017",
  // The regulation's signing day is not in our reference; the start of its year is the conservative bound.
  validFrom: "2017-01-01",
  titleId: "Survei Kepuasan Masyarakat",
  titleEn: "Public Satisfaction Survey",
  elements: ELEMENTS_2017,
  sexOptions: SEX_OPTIONS,
  educationOptions: EDUCATION_OPTIONS_2017,
  occupationOptions: OCCUPATION_OPTIONS_2017,
  infoSourceOptions: INFO_SOURCE_OPTIONS,
};

export const IKM_2004_QUESTIONNAIRE: Questionnaire = {
  code: "IKM-2004",
  method: "2004",
  regulation: "Keputusan MENPAN No. KEP/25/M.PAN/2/2004",
  validFrom: "2004-02-24", // dated 24 February 2004 (reference §2)
  titleId: "Indeks Kepuasan Masyarakat",
  titleEn: "Public Satisfaction Index",
  elements: ELEMENTS_2004,
  sexOptions: SEX_OPTIONS,
  educationOptions: EDUCATION_OPTIONS_2004,
  occupationOptions: OCCUPATION_OPTIONS_2004,
  infoSourceOptions: INFO_SOURCE_OPTIONS,
};

export const QUESTIONNAIRES: Readonly<Record<QuestionnaireCode, Questionnaire>> = {
  "SKM-2017": SKM_2017_QUESTIONNAIRE,
  "IKM-2004": IKM_2004_QUESTIONNAIRE,
};

export function isQuestionnaireCode(code: string): code is QuestionnaireCode {
  return (QUESTIONNAIRE_CODES as readonly string[]).includes(code);
}

/** The questionnaire for a stored code ("SKM-2017", "IKM-2004"), or undefined when unknown. */
export function getQuestionnaire(code: string): Questionnaire | undefined {
  return isQuestionnaireCode(code) ? QUESTIONNAIRES[code] : undefined;
}
