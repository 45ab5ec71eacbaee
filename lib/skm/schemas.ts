/**
 * The zod input schemas of the SKM domain: a response's answers and respondent profile per questionnaire version, and
 * the envelope of a submission, an invitation, the summary/export query, and the staff forms of the report page
 * (report, population, weight mode, on-time publication).
 */
import { z } from "zod";
import { ANSWER_MAX, ANSWER_MIN } from "./constants";
import {
  EDUCATION_OPTIONS_2004,
  EDUCATION_OPTIONS_2017,
  IKM_2004_QUESTIONNAIRE,
  INFO_SOURCE_OPTIONS,
  OCCUPATION_OPTIONS_2004,
  OCCUPATION_OPTIONS_2017,
  QUESTIONNAIRE_CODES,
  SEX_OPTIONS,
  SKM_2017_QUESTIONNAIRE,
  type ProfileOption,
  type Questionnaire,
} from "./questionnaires";
import { integerRangeMessage, NUMBER_BOUNDS } from "../validation/bounds";
import { isIsoDate } from "../calendar/working-days";
import { SURVEY_CHANNELS } from "./collection-rules";
import { SKM_CHANNELS } from "./summary";

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

const ZPeriodKeyField = z.string().trim().min(1, { message: "Kunci periode wajib diisi" });

/** The report form: the follow-up plan, saved as a draft or published. */
export const ZSkmReportForm = z.object({
  periodKey: ZPeriodKeyField,
  followUpPlan: z.string().trim().max(10_000, { message: "Maksimal 10.000 karakter" }),
  intent: z.enum(["DRAFT", "PUBLISHED"]),
});

/** The admin-entered population of service users of a period (the N of Krejcie–Morgan). */
export const ZSkmPopulationForm = z.object({
  periodKey: ZPeriodKeyField,
  population: z.coerce
    .number({ message: "Isi angka" })
    .int({ message: "Bilangan bulat" })
    .min(0, { message: "Tidak boleh negatif" })
    .max(NUMBER_BOUNDS.skmPopulation.max, { message: integerRangeMessage("Populasi", NUMBER_BOUNDS.skmPopulation) }),
});

/** How the index weighs the unsur: as printed in the regulation's table, or exactly 1/n. */
export const ZSkmWeightModeForm = z.object({ weightMode: z.enum(["printed", "exact"]) });

/** A period to publish the on-time rate of. */
export const ZPeriodKeyForm = z.object({ periodKey: ZPeriodKeyField });

export const COMMENT_MAX = 1000;

/** The JSON body of POST /api/v1/responses (and what the kiosk queues). */
export const ZSurveySubmission = z.object({
  questionnaire: z
    .string({ error: "Kuesioner wajib diisi" })
    .refine((v) => (QUESTIONNAIRE_CODES as readonly string[]).includes(v), {
      message: `Kuesioner: pilih salah satu dari ${QUESTIONNAIRE_CODES.join(", ")}`,
    }),
  answers: z.record(z.string(), z.unknown(), { error: "Jawaban harus berupa objek dengan kunci kode unsur" }),
  respondent: z.record(z.string(), z.unknown(), { error: "Profil responden wajib diisi" }),
  licenseType: z.string().trim().max(40).optional(),
  counter: z.string().trim().max(20).optional(),
  token: z.string().trim().min(4).max(64).optional(),
  infoSource: z.string().optional(),
  comment: z
    .string()
    .max(COMMENT_MAX, { error: `Saran maksimal ${COMMENT_MAX} karakter` })
    .optional(),
  channel: z
    .enum(SURVEY_CHANNELS, { error: `Kanal: pilih salah satu dari ${SURVEY_CHANNELS.join(", ")}` })
    .default("web")
    .describe(
      "How the response was collected. Without credentials: web, link or qr (link/qr need the invitation token). kiosk: only with X-Kiosk-Key (and a kiosk key allows only kiosk). paper: a staff token or session with the enterPaperSurveys capability (ADMIN, OFFICER). import: importData (ADMIN). Otherwise 401/403 naming channel.",
    ),
  submittedAt: z.iso
    .datetime({ offset: true, error: "submittedAt harus tanggal-waktu ISO 8601" })
    .optional()
    .describe(
      "When the respondent answered. Ignored (the server's time is stored) for web/link/qr and for any caller without a kiosk key or a staff credential. Kept for kiosk (its offline queue: not before the kiosk's enrolment, at most 10 minutes ahead, at most skm.kioskQueueDays old, default 7) and for staff on paper/import (on or after the questionnaire version's first day — SKM-2017: 2017-01-01, IKM-2004: 2004-02-24 — and not after today, WIB). Out of bounds → 422 naming submittedAt. The stored instant is returned as submittedAt.",
    ),
  idempotencyKey: z.string().trim().min(8, { error: "idempotencyKey minimal 8 karakter" }).max(100).optional(),
  extraAnswers: z.record(z.string(), z.string().max(200)).optional(),
});
export type TSurveySubmission = z.infer<typeof ZSurveySubmission>;

const ZIsoDate = (name: string) =>
  z
    .string({ message: `${name} wajib diisi (YYYY-MM-DD)` })
    .refine(isIsoDate, { message: `${name} harus tanggal yang valid (YYYY-MM-DD)` });

const optionalCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .optional()
  .or(z.literal("").transform(() => undefined));

/** Query of GET /api/v1/skm/summary and the CSV exports. Invalid values name the parameter (422). */
export const ZSkmSummaryQuery = z
  .object({
    from: ZIsoDate("from"),
    to: ZIsoDate("to"),
    licenseType: optionalCode,
    counter: optionalCode,
    channel: z
      .enum(SKM_CHANNELS, { message: `channel harus salah satu dari ${SKM_CHANNELS.join(", ")}` })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    questionnaire: z
      .enum(QUESTIONNAIRE_CODES, { message: `questionnaire harus salah satu dari ${QUESTIONNAIRE_CODES.join(", ")}` })
      .default("SKM-2017"),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "to tidak boleh sebelum from" });
export type TSkmSummaryQuery = z.infer<typeof ZSkmSummaryQuery>;

/** The SKM dashboard's query parameter naming the element (unsur) shown in detail (issue 16 drill-down). */
export const ELEMENT_PARAM = "unsur";

/**
 * The `unsur` parameter for a questionnaire's element codes: absent or empty is no detail; an unknown code is
 * refused with the codes it may take.
 */
export function elementParamSchema(codes: readonly [string, ...string[]]) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value) || undefined,
    z.enum(codes, { error: `${ELEMENT_PARAM} harus salah satu dari ${codes.join(", ")}.` }).optional(),
  );
}
