import "server-only";
import { getLocale } from "../i18n/server";
import { createTranslator, type Translator } from "../i18n/translate";
import { isAppError } from "../errors";
import { checkRateLimit, clientAddress } from "../security/rate-limit";
import { complaintStatusPath } from "../complaints/complaint-rules";
import { ZLowScoreComplaint } from "../complaints/schemas";
import { fileLowScoreComplaint } from "../complaints/survey-intake";
import { formatDate } from "../format/format";
import { elementName } from "../follow-up/labels";
import { escapeHtml, renderMessage } from "./survey-html";
import { renderLowScoreFiled, renderLowScoreOffer } from "./low-score-html";
import { verifyLowScoreOffer, type LowScoreOffer } from "./low-score-token";
import { formValues, surveyPageResponse, surveySecret, THANKS_PATH } from "./survey-pages";

/** Complaints filed from thank-you screens per address and window (the offer itself is signed and expires). */
const OFFER_RATE_LIMIT = 5;
const OFFER_RATE_WINDOW_MS = 10 * 60 * 1000;
const ERROR_KEYS: Record<string, string> = {
  consent: "offer.errors.consent",
  text: "offer.errors.textOrContact",
  element: "offer.errors.element",
  phone: "offer.errors.phone",
  email: "offer.errors.email",
  name: "offer.errors.tooLong",
};

async function translators() {
  const locale = await getLocale();
  return { locale, ts: createTranslator(locale, "survey"), tf: createTranslator(locale, "followUp") };
}

function thanksCard(ts: Translator): string {
  return renderMessage(ts("thanksTitle"), [ts("thanksBody")], { href: "/laporan", label: ts("thanksReports") });
}

async function offerPage(
  offer: LowScoreOffer,
  token: string,
  values: Record<string, string>,
  fields: Record<string, string>,
  status: number,
  notice?: string,
) {
  const { locale, ts, tf } = await translators();
  const errors = Object.fromEntries(Object.keys(fields).map((k) => [k, tf(ERROR_KEYS[k] ?? "offer.errors.tooLong")]));
  const body =
    thanksCard(ts) +
    (notice ? `<div class="notice" role="alert"><p>${escapeHtml(notice)}</p></div>` : "") +
    renderLowScoreOffer({
      t: tf,
      action: THANKS_PATH,
      token,
      elements: offer.elements.map((code) => ({ code, name: elementName(code, locale) })),
      values,
      errors,
    });
  return surveyPageResponse(ts("thanksTitle"), body, status);
}

async function expiredPage(status: number) {
  const { ts, tf } = await translators();
  const body =
    thanksCard(ts) +
    renderMessage(tf("offer.title"), [tf("offer.expired")], { href: "/pengaduan", label: tf("offer.complaintForm") });
  return surveyPageResponse(ts("thanksTitle"), body, status);
}

/**
 * GET /survei/terima-kasih: the thank-you page; with a valid low-score offer (?t=…) it also offers, never forces,
 * a complaint or a contact about the low element. An expired or altered offer shows the complaint form's link.
 */
export async function thanksPageGet(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("t");
  if (!token) {
    const { ts } = await translators();
    return surveyPageResponse(ts("thanksTitle"), thanksCard(ts));
  }
  const offer = verifyLowScoreOffer(token, surveySecret(), Date.now());
  return offer ? offerPage(offer, token, {}, {}, 200) : expiredPage(200);
}

/**
 * POST /survei/terima-kasih: files the offered complaint (lib/complaints/survey-intake.ts). Invalid fields re-render
 * the form with every value kept (422); a repeated post of the same offer shows the same ticket.
 */
export async function thanksPagePost(request: Request): Promise<Response> {
  const values = await formValues(request);
  const offer = verifyLowScoreOffer(values.t, surveySecret(), Date.now());
  if (!offer) return expiredPage(422);
  const limit = checkRateLimit("skm-low-score", clientAddress(request.headers), OFFER_RATE_LIMIT, OFFER_RATE_WINDOW_MS);
  if (!limit.ok) {
    const { ts } = await translators();
    const notice = ts("rateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const response = await offerPage(offer, values.t!, values, {}, 429, notice);
    response.headers.set("Retry-After", String(limit.retryAfterSeconds));
    return response;
  }
  const parsed = ZLowScoreComplaint.safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "_"), i.message]));
    return offerPage(offer, values.t!, values, fields, 422);
  }
  try {
    const created = await fileLowScoreComplaint(parsed.data, offer, new Date());
    const { locale, ts, tf } = await translators();
    const body = renderLowScoreFiled({
      t: tf,
      ticketNo: created.ticketNo,
      checkCode: created.checkCode ?? "",
      deadline: formatDate(created.deadlineOn, locale),
      statusHref: complaintStatusPath(created.ticketNo, created.checkCode),
    });
    return surveyPageResponse(ts("thanksTitle"), body, created.isDuplicate ? 200 : 201);
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION")
      return offerPage(offer, values.t!, values, error.fields ?? {}, 422);
    throw error;
  }
}
