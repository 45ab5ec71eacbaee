/**
 * What a respondent's survey page shows, as data: the flow (lib/skm/survey-pages.ts, low-score-page.ts) decides
 * which page, status and values; the route handler renders it with the React components in components/survey and
 * turns it into an HTTP answer. Pure: types and small helpers only.
 */
import type { FieldErrors } from "../errors";
import type { Locale } from "../i18n/locales";

export type SurveyLink = { href: string; label: string };

export type ExtraQuestionView = {
  code: string;
  labelId: string;
  labelEn: string;
  options: { value: string; labelId: string; labelEn: string }[];
};

/** The survey form: the questionnaire is SKM 2017 (lib/skm/questionnaires.ts); texts come from the locale. */
export type SurveyFormView = {
  action: string;
  values: Record<string, string>;
  fields: FieldErrors;
  /** Plain message shown above the form (rate limit, too fast). */
  notice?: string;
  /** Lines under the title (the invitation's service and counter). */
  context?: string[];
  hidden: Record<string, string>;
  /** Public link: a licence type select; invitation links carry it already. */
  licenseTypes?: { code: string; name: string }[];
  extraQuestions?: ExtraQuestionView[];
  withHoneypot?: boolean;
};

export type LowScoreOfferView = {
  action: string;
  token: string;
  /** The low elements: code and name in the reader's language. */
  elements: { code: string; name: string }[];
  values: Record<string, string>;
  /** Field → translated message. */
  errors: Record<string, string>;
};

export type LowScoreFiledView = { ticketNo: string; checkCode: string; deadline: string; statusHref: string };

/** One block of a survey page, top to bottom. */
export type SurveyBlock =
  | { kind: "message"; title: string; paragraphs: string[]; link?: SurveyLink }
  | { kind: "notice"; text: string }
  | { kind: "form"; form: SurveyFormView }
  | { kind: "lowScoreOffer"; offer: LowScoreOfferView }
  | { kind: "lowScoreFiled"; filed: LowScoreFiledView };

export type SurveyPage = { locale: Locale; title: string; officeName: string; blocks: SurveyBlock[] };

export type KioskView = { locale: Locale; officeName: string; counter: { code: string; name: string }; nonce?: string };

/** What a survey request answers: a page with its status, a redirect (303 after a stored answer), or the kiosk. */
export type SurveyPageOutcome = { kind: "page"; status: number; page: SurveyPage; retryAfterSeconds?: number };
export type SurveyOutcome =
  SurveyPageOutcome | { kind: "redirect"; location: string } | { kind: "kiosk"; kiosk: KioskView };

export const pageOutcome = (page: SurveyPage, status = 200, retryAfterSeconds?: number): SurveyPageOutcome => ({
  kind: "page",
  status,
  page,
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});
