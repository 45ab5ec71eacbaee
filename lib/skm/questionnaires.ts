/**
 * Questionnaire definitions for the SKM (PermenPANRB 14/2017, 9 unsur) and the older IKM
 * (KEP/25/M.PAN/2/2004, 14 unsur), respondent option sets, and the zod schemas that validate
 * answers and respondent profiles. Answers are stored keyed by unsur code (U1..Un), never by
 * question position: the 2017 sample form asks about sarana before pengaduan, the regulation
 * lists pengaduan as U8 and sarana as U9.
 */
import { z } from "zod";
import { ANSWER_MAX, ANSWER_MIN, type SkmMethod } from "./constants";

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

function answerLabels(
  labelsId: readonly [string, string, string, string],
  labelsEn: readonly [string, string, string, string],
): QuestionnaireElement["answerLabels"] {
  return [
    { value: 1, labelId: labelsId[0], labelEn: labelsEn[0] },
    { value: 2, labelId: labelsId[1], labelEn: labelsEn[1] },
    { value: 3, labelId: labelsId[2], labelEn: labelsEn[2] },
    { value: 4, labelId: labelsId[3], labelEn: labelsEn[3] },
  ];
}

const SUITABILITY_ID = ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] as const;
const SUITABILITY_EN = ["Not suitable", "Less suitable", "Suitable", "Very suitable"] as const;
const EASE_ID = ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"] as const;
const EASE_EN = ["Not easy", "Less easy", "Easy", "Very easy"] as const;
const SPEED_ID = ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"] as const;
const SPEED_EN = ["Not fast", "Less fast", "Fast", "Very fast"] as const;
const POLITENESS_ID = [
  "Tidak sopan dan ramah",
  "Kurang sopan dan ramah",
  "Sopan dan ramah",
  "Sangat sopan dan ramah",
] as const;
const POLITENESS_EN = [
  "Not polite and friendly",
  "Less polite and friendly",
  "Polite and friendly",
  "Very polite and friendly",
] as const;

/** Unsur SKM, PermenPANRB 14/2017 lampiran, in regulation order; labels as in the sample form. */
const ELEMENTS_2017: readonly QuestionnaireElement[] = [
  {
    code: "U1",
    nameId: "Persyaratan",
    nameEn: "Requirements",
    questionId: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    questionEn: "How well do the service requirements match the type of service?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U2",
    nameId: "Sistem, Mekanisme, dan Prosedur",
    nameEn: "Systems, mechanisms and procedures",
    questionId: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    questionEn: "How easy is the service procedure at this unit?",
    answerLabels: answerLabels(EASE_ID, EASE_EN),
  },
  {
    code: "U3",
    nameId: "Waktu Penyelesaian",
    nameEn: "Completion time",
    questionId: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    questionEn: "How fast was the service delivered?",
    answerLabels: answerLabels(SPEED_ID, SPEED_EN),
  },
  {
    code: "U4",
    nameId: "Biaya/Tarif",
    nameEn: "Cost/tariff",
    questionId: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    questionEn: "How reasonable is the fee/tariff for the service?",
    answerLabels: answerLabels(
      ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
      ["Very expensive", "Fairly expensive", "Cheap", "Free"],
    ),
  },
  {
    code: "U5",
    nameId: "Produk Spesifikasi Jenis Pelayanan",
    nameEn: "Service product specification",
    questionId:
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    questionEn: "How well does the service output match what the service standard promises?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U6",
    nameId: "Kompetensi Pelaksana",
    nameEn: "Staff competence",
    questionId: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    questionEn: "How competent were the staff who served you?",
    answerLabels: answerLabels(
      ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
      ["Not competent", "Less competent", "Competent", "Very competent"],
    ),
  },
  {
    code: "U7",
    nameId: "Perilaku Pelaksana",
    nameEn: "Staff behaviour",
    questionId: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    questionEn: "How polite and friendly were the staff?",
    answerLabels: answerLabels(POLITENESS_ID, POLITENESS_EN),
  },
  {
    code: "U8",
    nameId: "Penanganan Pengaduan, Saran dan Masukan",
    nameEn: "Handling of complaints, suggestions and feedback",
    questionId: "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan di unit ini?",
    questionEn: "How are complaints, suggestions and feedback handled at this unit?",
    answerLabels: answerLabels(
      ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
      ["None", "Exists but does not work", "Works but not optimally", "Well managed"],
    ),
  },
  {
    code: "U9",
    nameId: "Sarana dan prasarana",
    nameEn: "Facilities and infrastructure",
    questionId: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    questionEn: "How good are the facilities and infrastructure?",
    answerLabels: answerLabels(["Buruk", "Cukup", "Baik", "Sangat Baik"], ["Poor", "Fair", "Good", "Very good"]),
  },
];

/** The 14 unsur of KEP/25/M.PAN/2/2004 in the decree's order, with per-unsur 4-point wording. */
const ELEMENTS_2004: readonly QuestionnaireElement[] = [
  {
    code: "U1",
    nameId: "Prosedur pelayanan",
    nameEn: "Service procedure",
    questionId: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    questionEn: "How easy is the service procedure at this unit?",
    answerLabels: answerLabels(EASE_ID, EASE_EN),
  },
  {
    code: "U2",
    nameId: "Persyaratan pelayanan",
    nameEn: "Service requirements",
    questionId: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    questionEn: "How well do the service requirements match the type of service?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U3",
    nameId: "Kejelasan petugas pelayanan",
    nameEn: "Clarity of service staff",
    questionId: "Bagaimana pendapat Saudara tentang kejelasan dan kepastian petugas yang melayani?",
    questionEn: "How clear is it who serves you and what they are responsible for?",
    answerLabels: answerLabels(
      ["Tidak jelas", "Kurang jelas", "Jelas", "Sangat jelas"],
      ["Not clear", "Less clear", "Clear", "Very clear"],
    ),
  },
  {
    code: "U4",
    nameId: "Kedisiplinan petugas pelayanan",
    nameEn: "Discipline of service staff",
    questionId: "Bagaimana pendapat Saudara tentang kedisiplinan petugas dalam memberikan pelayanan?",
    questionEn: "How disciplined are the staff in delivering the service?",
    answerLabels: answerLabels(
      ["Tidak disiplin", "Kurang disiplin", "Disiplin", "Sangat disiplin"],
      ["Not disciplined", "Less disciplined", "Disciplined", "Very disciplined"],
    ),
  },
  {
    code: "U5",
    nameId: "Tanggung jawab petugas pelayanan",
    nameEn: "Responsibility of service staff",
    questionId: "Bagaimana pendapat Saudara tentang tanggung jawab petugas dalam memberikan pelayanan?",
    questionEn: "How responsible are the staff in delivering the service?",
    answerLabels: answerLabels(
      ["Tidak bertanggung jawab", "Kurang bertanggung jawab", "Bertanggung jawab", "Sangat bertanggung jawab"],
      ["Not responsible", "Less responsible", "Responsible", "Very responsible"],
    ),
  },
  {
    code: "U6",
    nameId: "Kemampuan petugas pelayanan",
    nameEn: "Ability of service staff",
    questionId: "Bagaimana pendapat Saudara tentang kemampuan petugas dalam memberikan pelayanan?",
    questionEn: "How capable are the staff in delivering the service?",
    answerLabels: answerLabels(
      ["Tidak mampu", "Kurang mampu", "Mampu", "Sangat mampu"],
      ["Not capable", "Less capable", "Capable", "Very capable"],
    ),
  },
  {
    code: "U7",
    nameId: "Kecepatan pelayanan",
    nameEn: "Speed of service",
    questionId: "Bagaimana pendapat Saudara tentang kecepatan pelayanan di unit ini?",
    questionEn: "How fast is the service at this unit?",
    answerLabels: answerLabels(SPEED_ID, SPEED_EN),
  },
  {
    code: "U8",
    nameId: "Keadilan mendapatkan pelayanan",
    nameEn: "Fairness in receiving service",
    questionId: "Bagaimana pendapat Saudara tentang keadilan untuk mendapatkan pelayanan di unit ini?",
    questionEn: "How fairly are applicants treated at this unit?",
    answerLabels: answerLabels(
      ["Tidak adil", "Kurang adil", "Adil", "Sangat adil"],
      ["Not fair", "Less fair", "Fair", "Very fair"],
    ),
  },
  {
    code: "U9",
    nameId: "Kesopanan dan keramahan petugas",
    nameEn: "Courtesy and friendliness of staff",
    questionId: "Bagaimana pendapat Saudara tentang kesopanan dan keramahan petugas dalam memberikan pelayanan?",
    questionEn: "How polite and friendly were the staff?",
    answerLabels: answerLabels(POLITENESS_ID, POLITENESS_EN),
  },
  {
    code: "U10",
    nameId: "Kewajaran biaya pelayanan",
    nameEn: "Reasonableness of service cost",
    questionId: "Bagaimana pendapat Saudara tentang kewajaran biaya untuk mendapatkan pelayanan?",
    questionEn: "How reasonable is the cost of obtaining the service?",
    answerLabels: answerLabels(
      ["Tidak wajar", "Kurang wajar", "Wajar", "Sangat wajar"],
      ["Not reasonable", "Less reasonable", "Reasonable", "Very reasonable"],
    ),
  },
  {
    code: "U11",
    nameId: "Kepastian biaya pelayanan",
    nameEn: "Certainty of service cost",
    questionId:
      "Bagaimana pendapat Saudara tentang kesesuaian antara biaya yang dibayarkan dengan biaya yang telah ditetapkan?",
    questionEn: "How well does the amount you paid match the officially set cost?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U12",
    nameId: "Kepastian jadwal pelayanan",
    nameEn: "Certainty of service schedule",
    questionId: "Bagaimana pendapat Saudara tentang ketepatan pelaksanaan terhadap jadwal waktu pelayanan?",
    questionEn: "How punctually does the service follow its published schedule?",
    answerLabels: answerLabels(
      ["Tidak tepat waktu", "Kurang tepat waktu", "Tepat waktu", "Sangat tepat waktu"],
      ["Not on time", "Rarely on time", "On time", "Always on time"],
    ),
  },
  {
    code: "U13",
    nameId: "Kenyamanan lingkungan",
    nameEn: "Comfort of the environment",
    questionId: "Bagaimana pendapat Saudara tentang kenyamanan di lingkungan unit pelayanan?",
    questionEn: "How comfortable are the surroundings of the service unit?",
    answerLabels: answerLabels(
      ["Tidak nyaman", "Kurang nyaman", "Nyaman", "Sangat nyaman"],
      ["Not comfortable", "Less comfortable", "Comfortable", "Very comfortable"],
    ),
  },
  {
    code: "U14",
    nameId: "Keamanan pelayanan",
    nameEn: "Security of service",
    questionId: "Bagaimana pendapat Saudara tentang keamanan pelayanan di unit ini?",
    questionEn: "How safe and secure is the service environment at this unit?",
    answerLabels: answerLabels(
      ["Tidak aman", "Kurang aman", "Aman", "Sangat aman"],
      ["Not secure", "Less secure", "Secure", "Very secure"],
    ),
  },
];

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

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** Validated answers, keyed by unsur code; null marks a blank on imported paper/historical data. */
export type TSurveyAnswers = Record<string, number>;
export type TSurveyAnswersWithBlanks = Record<string, number | null>;

export interface AnswersSchemaOptions {
  /**
   * Allow blank unsur (null, undefined or "") for imported paper/historical data.
   * Online channels leave this off: every unsur is required.
   */
  allowMissing?: boolean;
}

function answerSchema(code: string) {
  const rangeMessage = `${code}: jawaban harus ${ANSWER_MIN}–${ANSWER_MAX}`;
  return z
    .number({
      error: (issue) =>
        issue.input === undefined || issue.input === null || issue.input === ""
          ? `${code}: jawaban wajib diisi`
          : rangeMessage,
    })
    .int({ error: rangeMessage })
    .min(ANSWER_MIN, { error: rangeMessage })
    .max(ANSWER_MAX, { error: rangeMessage });
}

function blankableAnswerSchema(code: string) {
  return z.preprocess((value) => (value === undefined || value === "" ? null : value), answerSchema(code).nullable());
}

function answersObjectParams() {
  return {
    error: (issue: z.core.$ZodRawIssue) => {
      if (issue.code === "unrecognized_keys") return `Unsur tidak dikenal: ${issue.keys.join(", ")}`;
      if (issue.code === "invalid_type") return "Jawaban harus berupa objek dengan kunci kode unsur";
      return undefined;
    },
  };
}

/**
 * Schema for one response's answers to `questionnaire`: an object keyed by unsur code, each an
 * integer 1–4 (PermenPANRB 14/2017 / KEP/25/2004 scale). Unknown codes are rejected.
 */
export function answersSchemaFor(questionnaire: Questionnaire): z.ZodType<TSurveyAnswers>;
export function answersSchemaFor(
  questionnaire: Questionnaire,
  options: AnswersSchemaOptions & { allowMissing: true },
): z.ZodType<TSurveyAnswersWithBlanks>;
export function answersSchemaFor(
  questionnaire: Questionnaire,
  options?: AnswersSchemaOptions,
): z.ZodType<TSurveyAnswers | TSurveyAnswersWithBlanks>;
export function answersSchemaFor(
  questionnaire: Questionnaire,
  options: AnswersSchemaOptions = {},
): z.ZodType<TSurveyAnswers | TSurveyAnswersWithBlanks> {
  if (options.allowMissing) {
    const shape: Record<string, ReturnType<typeof blankableAnswerSchema>> = {};
    for (const element of questionnaire.elements) shape[element.code] = blankableAnswerSchema(element.code);
    return z.strictObject(shape, answersObjectParams());
  }
  const shape: Record<string, ReturnType<typeof answerSchema>> = {};
  for (const element of questionnaire.elements) shape[element.code] = answerSchema(element.code);
  return z.strictObject(shape, answersObjectParams());
}

export const ZSurveyAnswers2017 = answersSchemaFor(SKM_2017_QUESTIONNAIRE);
export const ZSurveyAnswers2004 = answersSchemaFor(IKM_2004_QUESTIONNAIRE);

type OptionValues<Options extends readonly ProfileOption[]> = [Options[number]["value"], ...Options[number]["value"][]];

function optionEnum<const Options extends readonly ProfileOption[]>(options: Options, field: string) {
  const values = options.map((option) => option.value) as OptionValues<Options>;
  return z.enum(values, { error: `${field}: pilih salah satu dari ${options.map((o) => o.labelId).join(", ")}` });
}

export const RESPONDENT_AGE_MIN = 15;
export const RESPONDENT_AGE_MAX = 100;

const ageMessage = `Umur: harus bilangan bulat ${RESPONDENT_AGE_MIN}–${RESPONDENT_AGE_MAX} tahun`;
const ZRespondentAge = z
  .number({ error: ageMessage })
  .int({ error: ageMessage })
  .min(RESPONDENT_AGE_MIN, { error: ageMessage })
  .max(RESPONDENT_AGE_MAX, { error: ageMessage });

const commonProfileShape = {
  age: ZRespondentAge,
  sex: optionEnum(SEX_OPTIONS, "Jenis kelamin"),
  /** "How did you first hear about this service?" — optional, not part of the regulation's form. */
  infoSource: optionEnum(INFO_SOURCE_OPTIONS, "Sumber informasi").optional(),
};

/** Respondent profile on the PermenPANRB 14/2017 form (umur, jenis kelamin, pendidikan, pekerjaan). */
export const ZRespondentProfile2017 = z.object({
  ...commonProfileShape,
  education: optionEnum(EDUCATION_OPTIONS_2017, "Pendidikan"),
  occupation: optionEnum(OCCUPATION_OPTIONS_2017, "Pekerjaan"),
});
export type TRespondentProfile2017 = z.infer<typeof ZRespondentProfile2017>;

/** Respondent profile on the KEP/25/M.PAN/2/2004 form. */
export const ZRespondentProfile2004 = z.object({
  ...commonProfileShape,
  education: optionEnum(EDUCATION_OPTIONS_2004, "Pendidikan"),
  occupation: optionEnum(OCCUPATION_OPTIONS_2004, "Pekerjaan"),
});
export type TRespondentProfile2004 = z.infer<typeof ZRespondentProfile2004>;

/** A respondent profile tagged with its questionnaire, so each code gets its own option sets. */
export const ZRespondentProfile = z.discriminatedUnion(
  "questionnaireCode",
  [
    ZRespondentProfile2017.extend({ questionnaireCode: z.literal("SKM-2017") }),
    ZRespondentProfile2004.extend({ questionnaireCode: z.literal("IKM-2004") }),
  ],
  { error: `Kuesioner: pilih salah satu dari ${QUESTIONNAIRE_CODES.join(", ")}` },
);
export type TRespondentProfile = z.infer<typeof ZRespondentProfile>;

/** The untagged profile schema matching `questionnaire`'s option sets. */
export function respondentProfileSchemaFor(
  questionnaire: Questionnaire,
): typeof ZRespondentProfile2017 | typeof ZRespondentProfile2004 {
  return questionnaire.method === "2017" ? ZRespondentProfile2017 : ZRespondentProfile2004;
}
