/**
 * Questionnaire definitions for the SKM (PermenPANRB 14/2017, 9 unsur) and the older IKM
 * (KEP/25/M.PAN/2/2004, 14 unsur) and respondent option sets; the unsur texts are in questionnaire-elements.ts,
 * the zod schemas that validate answers and respondent profiles in schemas.ts. Answers are stored keyed by unsur code (U1..Un), never by
 * question position: the 2017 sample form asks about sarana before pengaduan, the regulation
 * lists pengaduan as U8 and sarana as U9.
 */
import type { SkmMethod } from "./constants";
import { ELEMENTS_2004, ELEMENTS_2017 } from "./questionnaire-elements";

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

export const SEX_OPTIONS = [
  { value: "L", labelId: "Laki-laki", labelEn: "Male" },
  { value: "P", labelId: "Perempuan", labelEn: "Female" },
] as const satisfies readonly ProfileOption[];

/** Pendidikan, PermenPANRB 14/2017 sample form. */
export const EDUCATION_OPTIONS_2017 = [
  { value: "sd", labelId: "SD", labelEn: "Primary school" },
  { value: "smp", labelId: "SMP", labelEn: "Junior high school" },
  { value: "sma", labelId: "SMA", labelEn: "Senior high school" },
  { value: "d1_d3", labelId: "D1–D3", labelEn: "Diploma (D1–D3)" },
  { value: "d4", labelId: "D4", labelEn: "Applied bachelor (D4)" },
  { value: "s1", labelId: "S1", labelEn: "Bachelor (S1)" },
  { value: "s2", labelId: "S2", labelEn: "Master (S2)" },
  { value: "s3", labelId: "S3", labelEn: "Doctorate (S3)" },
] as const satisfies readonly ProfileOption[];

/** Pekerjaan, PermenPANRB 14/2017 sample form. */
export const OCCUPATION_OPTIONS_2017 = [
  { value: "pns", labelId: "PNS", labelEn: "Civil servant" },
  { value: "tni", labelId: "TNI", labelEn: "Armed forces" },
  { value: "polri", labelId: "POLRI", labelEn: "Police" },
  { value: "swasta", labelId: "Swasta", labelEn: "Private employee" },
  { value: "wirausaha", labelId: "Wirausaha", labelEn: "Entrepreneur" },
  { value: "lainnya", labelId: "Lainnya", labelEn: "Other" },
] as const satisfies readonly ProfileOption[];

/** Pendidikan, KEP/25/M.PAN/2/2004 sample questionnaire. */
export const EDUCATION_OPTIONS_2004 = [
  { value: "sd_ke_bawah", labelId: "SD ke bawah", labelEn: "Primary school or below" },
  { value: "sltp", labelId: "SLTP", labelEn: "Junior high school" },
  { value: "slta", labelId: "SLTA", labelEn: "Senior high school" },
  { value: "d1_d3_d4", labelId: "D1-D3-D4", labelEn: "Diploma (D1–D4)" },
  { value: "s1", labelId: "S1", labelEn: "Bachelor (S1)" },
  { value: "s2_ke_atas", labelId: "S2 ke atas", labelEn: "Master (S2) or above" },
] as const satisfies readonly ProfileOption[];

/** Pekerjaan, KEP/25/M.PAN/2/2004 sample questionnaire. */
export const OCCUPATION_OPTIONS_2004 = [
  { value: "pns_tni_polri", labelId: "PNS/TNI/Polri", labelEn: "Civil servant/armed forces/police" },
  { value: "pegawai_swasta", labelId: "Pegawai Swasta", labelEn: "Private employee" },
  { value: "wiraswasta_usahawan", labelId: "Wiraswasta/Usahawan", labelEn: "Self-employed/business owner" },
  { value: "pelajar_mahasiswa", labelId: "Pelajar/Mahasiswa", labelEn: "Student" },
  { value: "lainnya", labelId: "Lainnya", labelEn: "Other" },
] as const satisfies readonly ProfileOption[];

export const INFO_SOURCE_QUESTION = {
  questionId: "Dari mana Saudara pertama kali mengetahui layanan ini?",
  questionEn: "How did you first hear about this service?",
} as const;

export const INFO_SOURCE_OPTIONS = [
  { value: "radio", labelId: "Radio", labelEn: "Radio" },
  { value: "tv", labelId: "Televisi", labelEn: "Television" },
  { value: "billboard", labelId: "Baliho/papan reklame", labelEn: "Billboard" },
  { value: "forum", labelId: "Forum/sosialisasi", labelEn: "Public outreach forum (sosialisasi)" },
  { value: "website", labelId: "Situs web", labelEn: "Website" },
  { value: "social_media", labelId: "Media sosial", labelEn: "Social media" },
  { value: "family_friends", labelId: "Keluarga/teman", labelEn: "Family or friends" },
  { value: "at_office", labelId: "Langsung di kantor pelayanan", labelEn: "At the service office" },
  { value: "other", labelId: "Lainnya", labelEn: "Other" },
] as const satisfies readonly ProfileOption[];

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
