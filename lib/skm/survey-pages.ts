import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { getDb } from "../db/client";
import { getEnv } from "../env";
import { isAppError } from "../errors";
import { getLocale } from "../i18n/server";
import { createTranslator } from "../i18n/translate";
import { checkRateLimit, clientAddress } from "../security/rate-limit";
import { SKM_2017_QUESTIONNAIRE } from "./questionnaires";
import { submissionFromForm } from "./submission";
import { listExtraQuestions } from "./extra-questions";
import { getInvitationByToken, InvitationUnavailableError } from "./invitations";
import { submitSurveyResponse } from "./submit-response";
import { renderMessage, renderShell, renderSurveyForm } from "./survey-html";
import { renderKioskPage } from "./kiosk-html";

/** Public link abuse protection: attempts per address per window, and the minimum time to fill the form. */
export const PUBLIC_RATE_LIMIT = 5;
export const PUBLIC_RATE_WINDOW_MS = 10 * 60 * 1000;
export const MIN_FILL_MS = 3000;
export const THANKS_PATH = "/survei/terima-kasih";

async function shell(title: string, body: string, status = 200): Promise<Response> {
  const locale = await getLocale();
  const t = createTranslator(locale, "survey");
  const html = renderShell({
    locale,
    title,
    officeName: getEnv().LENTERA_OFFICE_NAME,
    languageHref: `/bahasa?ke=${locale === "id" ? "en" : "id"}`,
    languageLabel: t("languageSwitch"),
    body,
  });
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}

async function translator() {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale, "survey") };
}

async function formValues(request: Request): Promise<Record<string, string>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.includes("application/x-www-form-urlencoded") && !contentType.includes("multipart/form-data"))
    return {};
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 2000);
  return values;
}

// ------------------------------------------------------------------------------------------------ invitation link

async function invitationContext(
  licenseTypeId: number | null,
  counterId: number | null,
  locale: string,
  t: ReturnType<typeof createTranslator>,
) {
  const db = getDb();
  const lines: string[] = [];
  if (licenseTypeId) {
    const l = await db.licenseType.findUnique({ where: { id: licenseTypeId } });
    if (l) lines.push(t("serviceFor", { service: locale === "en" ? l.nameEn : l.name }));
  }
  if (counterId) {
    const c = await db.counter.findUnique({ where: { id: counterId } });
    if (c) lines.push(t("counterAt", { counter: c.name }));
  }
  return lines;
}

async function invitationForm(
  token: string,
  values: Record<string, string>,
  fields: Record<string, string>,
  status: number,
  notice?: string,
) {
  const { locale, t } = await translator();
  const { invitation } = await getInvitationByToken(token, new Date());
  const context = invitation ? await invitationContext(invitation.licenseTypeId, invitation.counterId, locale, t) : [];
  const extraQuestions = await listExtraQuestions(SKM_2017_QUESTIONNAIRE.code, { activeOnly: true });
  const body = renderSurveyForm({
    questionnaire: SKM_2017_QUESTIONNAIRE,
    locale,
    t,
    action: `/s/${encodeURIComponent(token)}`,
    values,
    fields,
    notice,
    context,
    hidden: { via: values.via === "qr" ? "qr" : "link", idem: values.idem || randomUUID() },
    extraQuestions,
  });
  return shell(t("title"), body, status);
}

async function invitationStateMessage(state: "used" | "expired" | "missing") {
  const { t } = await translator();
  const status = state === "missing" ? 404 : 409;
  return shell(
    t(`${state}Title`),
    renderMessage(
      t(`${state}Title`),
      [t(`${state}Body`)],
      state === "used" ? undefined : { href: "/survei", label: t("publicLink") },
    ),
    status,
  );
}

export async function invitationPageGet(request: Request, token: string): Promise<Response> {
  const { state } = await getInvitationByToken(token, new Date());
  if (state !== "open") return invitationStateMessage(state);
  const via = new URL(request.url).searchParams.get("qr") === "1" ? "qr" : "link";
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
): Promise<void> {
  const input = submissionFromForm(values, SKM_2017_QUESTIONNAIRE, {
    ...options,
    idempotencyKey: /^[0-9a-f-]{36}$/.test(values.idem ?? "") ? `form-${values.idem}` : undefined,
  });
  await submitSurveyResponse(input, { now: new Date(), caller: { kind: "public" }, extraAnswers: "filter" });
}

export async function invitationPagePost(request: Request, token: string): Promise<Response> {
  const values = await formValues(request);
  try {
    await submitFormResponse(values, { token, channel: values.via === "qr" ? "qr" : "link" });
    return redirect(THANKS_PATH);
  } catch (error) {
    if (error instanceof InvitationUnavailableError) return invitationStateMessage(error.state);
    if (isAppError(error) && error.code === "VALIDATION") return invitationForm(token, values, error.fields ?? {}, 422);
    throw error;
  }
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

// ------------------------------------------------------------------------------------------------ public link

function secret(): string {
  return getEnv().NEXTAUTH_SECRET ?? "lentera-survey-form";
}

/** A signed form start time, so the minimum fill time cannot be skipped by editing a hidden field. */
export function signStartedAt(ms: number): string {
  return `${ms}.${createHmac("sha256", secret()).update(`survey-start:${ms}`).digest("base64url").slice(0, 16)}`;
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
  const { locale, t } = await translator();
  const [licenseTypes, extraQuestions] = await Promise.all([
    getDb().licenseType.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { code: true, name: true, nameEn: true },
    }),
    listExtraQuestions(SKM_2017_QUESTIONNAIRE.code, { activeOnly: true }),
  ]);
  const body = renderSurveyForm({
    questionnaire: SKM_2017_QUESTIONNAIRE,
    locale,
    t,
    action: "/survei",
    values,
    fields,
    notice,
    hidden: { started: signStartedAt(Date.now()), idem: values.idem || randomUUID() },
    licenseTypes: licenseTypes.map((l) => ({ code: l.code, name: locale === "en" ? l.nameEn : l.name })),
    extraQuestions,
    withHoneypot: true,
  });
  return shell(t("title"), body, status);
}

export async function publicPageGet(): Promise<Response> {
  return publicForm({}, {}, 200);
}

export async function publicPagePost(request: Request): Promise<Response> {
  const { t } = await translator();
  const values = await formValues(request);
  const limit = checkRateLimit("skm-public", clientAddress(request.headers), PUBLIC_RATE_LIMIT, PUBLIC_RATE_WINDOW_MS);
  if (!limit.ok) {
    const response = await publicForm(
      values,
      {},
      429,
      t("rateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }),
    );
    response.headers.set("Retry-After", String(limit.retryAfterSeconds));
    return response;
  }
  if (values.website)
    return shell(
      t("title"),
      renderMessage(t("title"), [t("spamRejected")], { href: "/survei", label: t("publicLink") }),
      400,
    );
  const started = verifyStartedAt(values.started);
  if (started === null || Date.now() - started < MIN_FILL_MS) return publicForm(values, {}, 422, t("tooFast"));
  try {
    await submitFormResponse(values, { channel: "web", licenseType: values.licenseType || undefined });
    return redirect(THANKS_PATH);
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION") return publicForm(values, error.fields ?? {}, 422);
    throw error;
  }
}

export async function thanksPage(): Promise<Response> {
  const { t } = await translator();
  return shell(
    t("thanksTitle"),
    renderMessage(t("thanksTitle"), [t("thanksBody")], { href: "/laporan", label: t("thanksReports") }),
  );
}

// ------------------------------------------------------------------------------------------------ kiosk

export async function kioskPageGet(counterCode: string, nonce?: string): Promise<Response> {
  const { locale, t } = await translator();
  const counter = await getDb().counter.findUnique({ where: { code: counterCode } });
  if (!counter || !counter.active)
    return shell(
      t("kiosk.counterMissingTitle"),
      renderMessage(t("kiosk.counterMissingTitle"), [t("kiosk.counterMissing", { code: counterCode.slice(0, 40) })]),
      404,
    );
  const html = renderKioskPage({
    questionnaire: SKM_2017_QUESTIONNAIRE,
    counter,
    locale,
    t,
    officeName: getEnv().LENTERA_OFFICE_NAME,
    nonce,
  });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
