/**
 * Pure validation of survey submissions from every channel (API/kiosk JSON, the plain HTML form, paper entry,
 * CSV import). One schema for the envelope (ZSurveySubmission, in schemas.ts); the answers and profile are then checked
 * against the questionnaire version the respondent answered (answersSchemaFor / respondentProfileSchemaFor).
 * Field errors are keyed "answers.U3", "respondent.age", "licenseType", … so every entry point can name them.
 */
import { fieldErrorsFromIssues, type FieldErrors } from "../errors";
import { LONE_SURROGATE_MESSAGE, loneSurrogatePath } from "../validation/bounds";
import {
  channelDenial,
  decideSubmittedAt,
  isIncompleteAllowed,
  type ChannelDenial,
  type CollectionPolicy,
  type SubmissionSource,
} from "./collection-rules";
import { getQuestionnaire, INFO_SOURCE_OPTIONS, type Questionnaire, type ProfileOption } from "./questionnaires";
import {
  answersSchemaFor,
  respondentProfileSchemaFor,
  ZSurveySubmission,
  type TSurveyAnswersWithBlanks,
  type TSurveySubmission,
} from "./schemas";

export { SURVEY_CHANNELS, type SurveyChannel } from "./collection-rules";

/** A submission whose answers and profile passed the questionnaire's own schemas. */
export type TValidatedSubmission = Omit<TSurveySubmission, "answers" | "respondent" | "submittedAt" | "infoSource"> & {
  questionnaireDef: Questionnaire;
  answers: TSurveyAnswersWithBlanks;
  respondent: { age?: number; sex?: string; education?: string; occupation?: string };
  infoSource?: string;
  /** The instant to store: the server's time unless the source may date the response (collection-rules). */
  submittedAt: Date;
};

export type ValidationResult<T> =
  | { ok: true; value: T }
  | { ok: false; fields: FieldErrors; denial?: undefined }
  | { ok: false; fields: FieldErrors; denial: ChannelDenial };

export type ExtraOption = { value: string; labelId: string; labelEn: string };
export type ExtraQuestionDef = { code: string; options: ExtraOption[] };

export type SubmissionRules = {
  now: Date;
  source: SubmissionSource;
  policy: CollectionPolicy;
  /** The version's active extra questions; "filter" (HTML forms) drops other answers, "check" (API) refuses them. */
  extraQuestions?: { questions: readonly ExtraQuestionDef[]; mode: "check" | "filter" };
};

/**
 * The one validation of a survey submission, for every channel: the envelope, who may use the channel
 * (collection-rules), the answers and profile against the questionnaire version (complete unless the office allows
 * incomplete paper sheets; then at least one unsur), the date to store, and the extra answers.
 */
export function validateSubmission(input: unknown, rules: SubmissionRules): ValidationResult<TValidatedSubmission> {
  // Who may use the channel is answered first (401/403), whatever else is wrong with the body.
  const channel = ZSurveySubmission.shape.channel.safeParse((input as { channel?: unknown } | null)?.channel);
  const denial = channel.success ? channelDenial(channel.data, rules.source) : null;
  if (denial) return { ok: false, fields: { channel: denial.message }, denial };
  const illFormed = loneSurrogatePath(input);
  if (illFormed) return { ok: false, fields: { [illFormed]: LONE_SURROGATE_MESSAGE } };
  const envelope = ZSurveySubmission.safeParse(input);
  if (!envelope.success) return { ok: false, fields: fieldErrorsFromIssues(envelope.error.issues) };
  const body = envelope.data;
  const questionnaire = getQuestionnaire(body.questionnaire)!;
  const fields: FieldErrors = {};
  const allowMissing = isIncompleteAllowed(body.channel, rules.source, rules.policy);
  const schemas = schemasFor(questionnaire, allowMissing);
  const answers = schemas.answers.safeParse(body.answers);
  if (!answers.success) Object.assign(fields, prefixed("answers", fieldErrorsFromIssues(answers.error.issues)));
  else if (Object.values(answers.data).every((v) => v === null)) fields.answers = "Jawab minimal satu unsur";
  const { infoSource: nestedInfoSource, ...rawProfile } = body.respondent;
  const profileInput = {
    ...rawProfile,
    sex: normalizeOption(questionnaire.sexOptions, rawProfile.sex),
    education: normalizeOption(questionnaire.educationOptions, rawProfile.education),
    occupation: normalizeOption(questionnaire.occupationOptions, rawProfile.occupation),
  };
  // Paper sheets and historical imports often leave profile boxes empty: validate what is there.
  const profile = schemas.profile.safeParse(
    allowMissing
      ? Object.fromEntries(Object.entries(profileInput).filter(([, v]) => v !== undefined && v !== null && v !== ""))
      : profileInput,
  );
  if (!profile.success) Object.assign(fields, prefixed("respondent", fieldErrorsFromIssues(profile.error.issues)));
  const infoSourceRaw = body.infoSource ?? (typeof nestedInfoSource === "string" ? nestedInfoSource : undefined);
  const infoSource =
    infoSourceRaw === undefined ? undefined : (normalizeOption(INFO_SOURCE_OPTIONS, infoSourceRaw) as string);
  if (infoSource !== undefined && !INFO_SOURCE_OPTIONS.some((o) => o.value === infoSource)) {
    fields.infoSource = `Sumber informasi: pilih salah satu dari ${INFO_SOURCE_OPTIONS.map((o) => o.value).join(", ")}`;
  }
  const date = decideSubmittedAt(
    body.submittedAt ? new Date(body.submittedAt) : undefined,
    body.channel,
    rules.source,
    questionnaire,
    rules.policy,
    rules.now,
  );
  if (!date.ok) fields.submittedAt = date.message;
  if (rules.source.kind !== "import" && (body.channel === "link" || body.channel === "qr") && !body.token)
    fields.token = "Token undangan wajib untuk kanal link/qr";
  let extraAnswers = body.extraAnswers;
  if (extraAnswers && rules.extraQuestions) {
    const { questions, mode } = rules.extraQuestions;
    if (mode === "filter") extraAnswers = filterExtraAnswers(extraAnswers, questions);
    else Object.assign(fields, extraAnswerErrors(questionnaire.code, extraAnswers, questions));
  }
  if (Object.keys(fields).length > 0 || !answers.success || !profile.success || !date.ok) return { ok: false, fields };
  return {
    ok: true,
    value: {
      ...body,
      questionnaireDef: questionnaire,
      answers: answers.data,
      respondent: profile.data,
      infoSource,
      submittedAt: date.submittedAt,
      extraAnswers,
      comment: body.comment?.trim() ? body.comment.trim() : undefined,
    },
  };
}

/**
 * The answers and profile schemas of a questionnaire version, built once per version and mode: zod compiles a
 * schema on its first parse, which costs more than the parse itself when repeated for every submission.
 */
const schemaMemo = new Map<string, ReturnType<typeof buildSchemas>>();

function buildSchemas(questionnaire: Questionnaire, allowMissing: boolean) {
  const profile = respondentProfileSchemaFor(questionnaire).omit({ infoSource: true });
  return {
    answers: answersSchemaFor(questionnaire, { allowMissing }),
    profile: allowMissing ? profile.partial() : profile,
  };
}

function schemasFor(questionnaire: Questionnaire, allowMissing: boolean) {
  const key = `${questionnaire.code}|${allowMissing}`;
  let schemas = schemaMemo.get(key);
  if (!schemas) {
    schemas = buildSchemas(questionnaire, allowMissing);
    schemaMemo.set(key, schemas);
  }
  return schemas;
}

/** Keeps only answers to active extra questions with a listed option value. */
export function filterExtraAnswers(
  answers: Record<string, string> | undefined,
  questions: readonly ExtraQuestionDef[],
) {
  if (!answers) return undefined;
  const out: Record<string, string> = {};
  for (const q of questions) {
    const v = answers[q.code];
    if (v && q.options.some((o) => o.value === v)) out[q.code] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Extra answers must name an active extra question of the version and one of its option values. */
function extraAnswerErrors(
  questionnaire: string,
  answers: Record<string, string>,
  questions: readonly ExtraQuestionDef[],
): FieldErrors {
  const fields: FieldErrors = {};
  for (const [code, value] of Object.entries(answers)) {
    const question = questions.find((q) => q.code === code);
    if (!question) fields[`extraAnswers.${code}`] = `Pertanyaan tambahan "${code}" tidak aktif pada ${questionnaire}`;
    else if (!question.options.some((o) => o.value === value))
      fields[`extraAnswers.${code}`] = `Pilihan "${value}" tidak dikenal untuk ${code}`;
  }
  return fields;
}

const squash = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\u2013\u2014_\s]+/g, "-");

/**
 * Accepts an option by its stored value ("d1_d3") or its printed label ("D1-D3", "D1–D3", "Swasta"), case-insensitive,
 * so CSV files and paper-entry tools can use the labels on the form. Unknown input is passed through for the schema to reject.
 */
export function normalizeOption(options: readonly ProfileOption[], raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  const key = squash(raw);
  const hit = options.find((o) => squash(o.value) === key || squash(o.labelId) === key || squash(o.labelEn) === key);
  return hit ? hit.value : raw;
}

function prefixed(prefix: string, fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(fields)) out[key === "_" ? prefix : `${prefix}.${key}`] = message;
  return out;
}

/** Form field names used by the HTML survey form and paper entry: U1..Un, age, sex, education, occupation, infoSource, comment. */
export function submissionFromForm(
  form: Record<string, string | undefined>,
  questionnaire: Questionnaire,
  extra: Partial<TSurveySubmission> = {},
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const element of questionnaire.elements) {
    const raw = form[element.code]?.trim();
    answers[element.code] = raw ? (/^\d+$/.test(raw) ? Number(raw) : raw) : undefined;
  }
  const age = form.age?.trim();
  const extraAnswers: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key.startsWith("x_") && value) extraAnswers[key.slice(2)] = value;
  }
  return {
    questionnaire: questionnaire.code,
    answers,
    respondent: {
      age: age ? (/^\d+$/.test(age) ? Number(age) : age) : undefined,
      sex: form.sex || undefined,
      education: form.education || undefined,
      occupation: form.occupation || undefined,
    },
    infoSource: form.infoSource || undefined,
    comment: form.comment || undefined,
    ...(Object.keys(extraAnswers).length ? { extraAnswers } : {}),
    ...extra,
  };
}
