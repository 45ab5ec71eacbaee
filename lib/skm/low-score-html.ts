/**
 * HTML of the thank-you step after a low score (issue 18): the optional offer to file a complaint or leave a
 * contact, and the receipt once filed. Plain forms, no JavaScript, the survey pages' styles. Pure: strings in, HTML
 * out. Kept apart from survey-html.ts so the survey form can move to React without touching this step.
 */
import { escapeHtml } from "./survey-html";
import type { Translator } from "../i18n/translate";

export type LowScoreOfferView = {
  t: Translator;
  action: string;
  token: string;
  /** The low elements: code and name in the reader's language. */
  elements: { code: string; name: string }[];
  values: Record<string, string>;
  /** Field → translated message. */
  errors: Record<string, string>;
};

function field(name: string, label: string, input: string, error?: string): string {
  return `<div class="field${error ? " invalid" : ""}"><label for="o-${name}">${escapeHtml(label)}</label>${error ? `<p class="err" id="err-o-${name}">${escapeHtml(error)}</p>` : ""}${input}</div>`;
}

const described = (name: string, error?: string) =>
  error ? ` aria-describedby="err-o-${name}" aria-invalid="true"` : "";

export function renderLowScoreOffer(o: LowScoreOfferView): string {
  const { t, values, errors } = o;
  const list = o.elements.map((e) => `${e.code} ${e.name}`).join(", ");
  const chosen = values.element ?? o.elements[0]?.code;
  const elementInput =
    o.elements.length === 1
      ? `<input type="hidden" name="element" value="${escapeHtml(o.elements[0]!.code)}">`
      : `<fieldset id="o-element"${errors.element ? ' class="invalid"' : ""}><legend>${escapeHtml(t("offer.element"))}</legend>${errors.element ? `<p class="err">${escapeHtml(errors.element)}</p>` : ""}${o.elements
          .map(
            (e) =>
              `<label class="opt"><input type="radio" name="element" value="${escapeHtml(e.code)}"${chosen === e.code ? " checked" : ""}> <span>${escapeHtml(`${e.code} ${e.name}`)}</span></label>`,
          )
          .join("")}</fieldset>`;
  const text = (name: string, type: string, autocomplete: string) =>
    field(
      name,
      t(`offer.${name}`),
      `<input type="${type}" id="o-${name}" name="${name}" autocomplete="${autocomplete}" value="${escapeHtml(values[name] ?? "")}"${described(name, errors[name])}>`,
      errors[name],
    );
  return `<section class="card" aria-labelledby="offer-title" id="offer"><h2 id="offer-title">${escapeHtml(t("offer.title"))}</h2><p>${escapeHtml(t("offer.intro", { elements: list }))}</p><p class="hint">${escapeHtml(t("offer.anonymity"))}</p><form method="post" action="${escapeHtml(o.action)}" novalidate><input type="hidden" name="t" value="${escapeHtml(o.token)}">${elementInput}${field(
    "text",
    t("offer.text"),
    `<textarea id="o-text" name="text" maxlength="2000"${described("text", errors.text)}>${escapeHtml(values.text ?? "")}</textarea>`,
    errors.text,
  )}${text("name", "text", "name")}${text("phone", "tel", "tel")}${text("email", "email", "email")}<div class="field${errors.consent ? " invalid" : ""}">${errors.consent ? `<p class="err" id="err-o-consent">${escapeHtml(errors.consent)}</p>` : ""}<label class="opt"><input type="checkbox" id="o-consent" name="consent" value="true"${values.consent === "true" ? " checked" : ""}${described("consent", errors.consent)}> <span>${escapeHtml(t("offer.consent"))}</span></label></div><p><button type="submit">${escapeHtml(t("offer.submit"))}</button></p><p><a href="/laporan">${escapeHtml(t("offer.decline"))}</a></p></form></section>`;
}

export function renderLowScoreFiled(o: {
  t: Translator;
  ticketNo: string;
  checkCode: string;
  deadline: string;
  statusHref: string;
}): string {
  return `<div class="card" role="status" data-testid="low-score-filed"><h1>${escapeHtml(o.t("offer.filedTitle"))}</h1><p>${escapeHtml(o.t("offer.filedBody", { ticket: o.ticketNo, code: o.checkCode, deadline: o.deadline }))}</p><p><a class="btn" href="${escapeHtml(o.statusHref)}">${escapeHtml(o.t("offer.filedLink"))}</a></p></div>`;
}
