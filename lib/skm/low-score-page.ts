import "server-only";
import { getLocale } from "../i18n/server";
import { createTranslator } from "../i18n/translate";
import { isAppError } from "../errors";
import { checkRateLimit } from "../security/rate-limit";
import { complaintStatusPath } from "../complaints/complaint-rules";
import { ZLowScoreComplaint } from "../complaints/schemas";
import { fileLowScoreComplaint } from "../complaints/survey-intake";
import { formatDate } from "../format/format";
import { elementName } from "../follow-up/labels";
import { verifyLowScoreOffer, type LowScoreOffer } from "./low-score-token";
import { surveyPage, surveySecret, THANKS_PATH } from "./survey-pages";
import type { SurveyBlock, SurveyOutcome } from "./survey-view";

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

async function thanksCard(): Promise<SurveyBlock> {
  const { ts } = await translators();
  const link = { href: "/laporan", label: ts("thanksReports") };
  return { kind: "message", title: ts("thanksTitle"), paragraphs: [ts("thanksBody")], link };
}

const thanksPage = async (blocks: SurveyBlock[], status = 200) =>
  surveyPage((t) => t("thanksTitle"), [await thanksCard(), ...blocks], status);

async function offerPage(
  offer: LowScoreOffer,
  token: string,
  values: Record<string, string>,
  fields: Record<string, string>,
  status: number,
  notice?: string,
) {
  const { locale, tf } = await translators();
  const errors = Object.fromEntries(Object.keys(fields).map((k) => [k, tf(ERROR_KEYS[k] ?? "offer.errors.tooLong")]));
  const elements = offer.elements.map((code) => ({ code, name: elementName(code, locale) }));
  const blocks: SurveyBlock[] = notice ? [{ kind: "notice", text: notice }] : [];
  blocks.push({ kind: "lowScoreOffer", offer: { action: THANKS_PATH, token, elements, values, errors } });
  return thanksPage(blocks, status);
}

async function expiredPage(status: number) {
  const { tf } = await translators();
  const link = { href: "/pengaduan", label: tf("offer.complaintForm") };
  return thanksPage([{ kind: "message", title: tf("offer.title"), paragraphs: [tf("offer.expired")], link }], status);
}

/**
 * GET /survei/terima-kasih: the thank-you page; with a valid low-score offer (?t=…) it also offers, never forces,
 * a complaint or a contact about the low element. An expired or altered offer shows the complaint form's link.
 */
export async function thanksPageGet(token: string | null): Promise<SurveyOutcome> {
  if (!token) return thanksPage([]);
  const offer = verifyLowScoreOffer(token, surveySecret(), Date.now());
  return offer ? offerPage(offer, token, {}, {}, 200) : expiredPage(200);
}

/**
 * POST /survei/terima-kasih: files the offered complaint (lib/complaints/survey-intake.ts). Invalid fields re-render
 * the form with every value kept (422); a repeated post of the same offer shows the same ticket.
 */
export async function thanksPagePost(values: Record<string, string>, address: string): Promise<SurveyOutcome> {
  const offer = verifyLowScoreOffer(values.t, surveySecret(), Date.now());
  if (!offer) return expiredPage(422);
  const limit = checkRateLimit("skm-low-score", address, OFFER_RATE_LIMIT, OFFER_RATE_WINDOW_MS);
  if (!limit.ok) {
    const { ts } = await translators();
    const notice = ts("rateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const page = await offerPage(offer, values.t!, values, {}, 429, notice);
    return { ...page, retryAfterSeconds: limit.retryAfterSeconds };
  }
  const parsed = ZLowScoreComplaint.safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "_"), i.message]));
    return offerPage(offer, values.t!, values, fields, 422);
  }
  try {
    const created = await fileLowScoreComplaint(parsed.data, offer, new Date());
    const { locale } = await translators();
    const filed = {
      ticketNo: created.ticketNo,
      checkCode: created.checkCode ?? "",
      deadline: formatDate(created.deadlineOn, locale),
      statusHref: complaintStatusPath(created.ticketNo, created.checkCode),
    };
    return surveyPage((t) => t("thanksTitle"), [{ kind: "lowScoreFiled", filed }], created.isDuplicate ? 200 : 201);
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION")
      return offerPage(offer, values.t!, values, error.fields ?? {}, 422);
    throw error;
  }
}
