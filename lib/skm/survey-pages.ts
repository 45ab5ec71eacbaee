import "server-only";
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { getEnv } from "../env";
import { isAppError } from "../errors";
import { getLocale } from "../i18n/server";
import type { Locale } from "../i18n/locales";
import { createTranslator, type Translator } from "../i18n/translate";
import { listCounters, listLicenseTypes } from "../reference/queries";
import { checkRateLimit } from "../security/rate-limit";
import { SKM_2017_QUESTIONNAIRE } from "./questionnaires";
import { submissionFromForm } from "./submission";
import { listExtraQuestions } from "./extra-question-store";
import { getInvitationByToken, InvitationUnavailableError } from "./invitation-store";
import { submitSurveyResponse } from "./submit-response";
import { LOW_SCORE_TOKEN_TTL_MS, lowElements, signLowScoreOffer } from "./low-score-token";
import { pageOutcome, type SurveyBlock, type SurveyFormView, type SurveyOutcome } from "./survey-view";

/**
 * The respondent's survey flow (invitation link, public link, kiosk): which page to show with which status, or where
 * to redirect after a stored answer. It returns a SurveyOutcome; the route handler renders it (components/survey)
 * and answers HTTP (app/(public)/_survey/respond.tsx).
 */

/** Public link abuse protection: attempts per address per window, and the minimum time to fill the form. */
export const PUBLIC_RATE_LIMIT = 5;
export const PUBLIC_RATE_WINDOW_MS = 10 * 60 * 1000;
export const MIN_FILL_MS = 3000;
export const THANKS_PATH = "/survei/terima-kasih";

/** A survey page (form, thank-you, offers, messages) in the reader's language. */
export async function surveyPage(title: (t: Translator) => string, blocks: SurveyBlock[], status = 200) {
  const { locale, t } = await translator();
  return pageOutcome({ locale, title: title(t), officeName: getEnv().LENTERA_OFFICE_NAME, blocks }, status);
}

async function translator(): Promise<{ locale: Locale; t: Translator }> {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale, "survey") };
}

const formPage = (form: SurveyFormView, status: number) =>
  surveyPage((t) => t("title"), [{ kind: "form", form }], status);

// ------------------------------------------------------------------------------------------------ invitation link

async function invitationContext(
  licenseTypeId: number | null,
  counterId: number | null,
  locale: Locale,
  t: Translator,
) {
  const lines: string[] = [];
  if (licenseTypeId) {
    const l = (await listLicenseTypes()).find((row) => row.id === licenseTypeId);
    if (l) lines.push(t("serviceFor", { service: locale === "en" ? l.nameEn : l.name }));
  }
  if (counterId) {
    const c = (await listCounters()).find((row) => row.id === counterId);
    if (c) lines.push(t("counterAt", { counter: c.name }));
  }
  return lines;
}

async function invitationForm(
  token: string,
  values: Record<string, string>,
  fields: Record<string, string>,
  status: number,
) {
  const { locale, t } = await translator();
  const { invitation } = await getInvitationByToken(token, new Date());
  const context = invitation ? await invitationContext(invitation.licenseTypeId, invitation.counterId, locale, t) : [];
  const extraQuestions = await listExtraQuestions(SKM_2017_QUESTIONNAIRE.code, { activeOnly: true });
  return formPage(
    {
      action: `/s/${encodeURIComponent(token)}`,
      values,
      fields,
      context,
      hidden: { via: values.via === "qr" ? "qr" : "link", idem: values.idem || randomUUID() },
      extraQuestions,
    },
    status,
  );
}

async function invitationStateMessage(state: "used" | "expired" | "missing") {
  const { t } = await translator();
  const link = state === "used" ? undefined : { href: "/survei", label: t("publicLink") };
  const block: SurveyBlock = { kind: "message", title: t(`${state}Title`), paragraphs: [t(`${state}Body`)], link };
  return surveyPage((tr) => tr(`${state}Title`), [block], state === "missing" ? 404 : 409);
}

/** GET /s/{token}: the form, or why the invitation cannot be answered. `via`: the link was scanned from the QR. */
export async function invitationPageGet(token: string, via: "qr" | "link"): Promise<SurveyOutcome> {
  const { state } = await getInvitationByToken(token, new Date());
  if (state !== "open") return invitationStateMessage(state);
  return invitationForm(token, { via }, {}, 200);
}

/**
 * Stores a survey posted from an HTML form (invitation or public page) as an anonymous submission stamped with the
 * server's time: answers to inactive extra questions are dropped, and the form's one-time key is the idempotency
 * key, so a double submit or a retry stores one response.
 */
async function submitFormResponse(
  values: Record<string, string>,
  options: { token?: string; channel: "qr" | "link" | "web"; licenseType?: string },
): Promise<SurveyOutcome> {
  const input = submissionFromForm(values, SKM_2017_QUESTIONNAIRE, {
    ...options,
    idempotencyKey: /^[0-9a-f-]{36}$/.test(values.idem ?? "") ? `form-${values.idem}` : undefined,
  });
  const now = new Date();
  const result = await submitSurveyResponse(input, { now, caller: { kind: "public" }, extraAnswers: "filter" });
  return {
    kind: "redirect",
    location: thanksLocation(input.answers as Record<string, unknown>, result.licenseTypeId, now),
  };
}

/**
 * Where the respondent goes after submitting: the thank-you page, with a signed offer (issue 18) when an element
 * got 1 or 2 — the low element codes and the licence type only (lib/skm/low-score-token.ts). Nothing is stored.
 */
function thanksLocation(answers: Record<string, unknown>, licenseTypeId: number | null, now: Date): string {
  const elements = lowElements(
    answers,
    SKM_2017_QUESTIONNAIRE.elements.map((e) => e.code),
  );
  if (elements.length === 0) return THANKS_PATH;
  const token = signLowScoreOffer(
    {
      elements,
      licenseTypeId,
      nonce: randomBytes(16).toString("base64url"),
      expiresAt: now.getTime() + LOW_SCORE_TOKEN_TTL_MS,
    },
    surveySecret(),
  );
  return `${THANKS_PATH}?t=${encodeURIComponent(token)}#offer`;
}

/** POST /s/{token}: `values` are the posted form's string fields. */
export async function invitationPagePost(token: string, values: Record<string, string>): Promise<SurveyOutcome> {
  try {
    return await submitFormResponse(values, { token, channel: values.via === "qr" ? "qr" : "link" });
  } catch (error) {
    if (error instanceof InvitationUnavailableError) return invitationStateMessage(error.state);
    if (isAppError(error) && error.code === "VALIDATION") return invitationForm(token, values, error.fields ?? {}, 422);
    throw error;
  }
}

// ------------------------------------------------------------------------------------------------ public link

/** The key that signs the survey's hidden fields (form start time, low-score offer). */
export function surveySecret(): string {
  return getEnv().NEXTAUTH_SECRET ?? "lentera-survey-form";
}

/** A signed form start time, so the minimum fill time cannot be skipped by editing a hidden field. */
export function signStartedAt(ms: number): string {
  return `${ms}.${createHmac("sha256", surveySecret()).update(`survey-start:${ms}`).digest("base64url").slice(0, 16)}`;
}

export function verifyStartedAt(value: string | undefined): number | null {
  const [ms, mac] = (value ?? "").split(".");
  if (!ms || !mac || !/^\d+$/.test(ms)) return null;
  const expected = signStartedAt(Number(ms)).split(".")[1];
  const a = Buffer.from(mac);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? Number(ms) : null;
}

async function publicForm(
  values: Record<string, string>,
  fields: Record<string, string>,
  status: number,
  notice?: string,
) {
  const { locale } = await translator();
  const [licenseTypes, extraQuestions] = await Promise.all([
    listLicenseTypes({ activeOnly: true }),
    listExtraQuestions(SKM_2017_QUESTIONNAIRE.code, { activeOnly: true }),
  ]);
  licenseTypes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return formPage(
    {
      action: "/survei",
      values,
      fields,
      notice,
      hidden: { started: signStartedAt(Date.now()), idem: values.idem || randomUUID() },
      licenseTypes: licenseTypes.map((l) => ({ code: l.code, name: locale === "en" ? l.nameEn : l.name })),
      extraQuestions,
      withHoneypot: true,
    },
    status,
  );
}

export async function publicPageGet(): Promise<SurveyOutcome> {
  return publicForm({}, {}, 200);
}

/** POST /survei: `values` are the posted form's string fields, `address` the client's (the rate limit's key). */
export async function publicPagePost(values: Record<string, string>, address: string): Promise<SurveyOutcome> {
  const { t } = await translator();
  const limit = checkRateLimit("skm-public", address, PUBLIC_RATE_LIMIT, PUBLIC_RATE_WINDOW_MS);
  if (!limit.ok) {
    const notice = t("rateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    return { ...(await publicForm(values, {}, 429, notice)), retryAfterSeconds: limit.retryAfterSeconds };
  }
  if (values.website) {
    const link = { href: "/survei", label: t("publicLink") };
    return surveyPage(
      (tr) => tr("title"),
      [{ kind: "message", title: t("title"), paragraphs: [t("spamRejected")], link }],
      400,
    );
  }
  const started = verifyStartedAt(values.started);
  if (started === null || Date.now() - started < MIN_FILL_MS) return publicForm(values, {}, 422, t("tooFast"));
  try {
    return await submitFormResponse(values, { channel: "web", licenseType: values.licenseType || undefined });
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION") return publicForm(values, error.fields ?? {}, 422);
    throw error;
  }
}

// ------------------------------------------------------------------------------------------------ kiosk

export async function kioskPageGet(counterCode: string, nonce?: string): Promise<SurveyOutcome> {
  const { locale, t } = await translator();
  const counter = (await listCounters()).find((c) => c.code === counterCode);
  if (!counter || !counter.active) {
    const title = t("kiosk.counterMissingTitle");
    const paragraphs = [t("kiosk.counterMissing", { code: counterCode.slice(0, 40) })];
    return surveyPage(() => title, [{ kind: "message", title, paragraphs }], 404);
  }
  const officeName = getEnv().LENTERA_OFFICE_NAME;
  return { kind: "kiosk", kiosk: { locale, officeName, counter: { code: counter.code, name: counter.name }, nonce } };
}
