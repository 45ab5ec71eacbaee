/**
 * Server-rendered HTML for the respondent's survey pages (invitation link/QR and public link). These pages are
 * plain HTML forms with no client JavaScript at all: they work with JavaScript disabled, weigh a few KB, and a
 * validation error re-renders the form with every typed answer and a message per field. Pure: strings in, HTML out.
 */
import type { FieldErrors } from "../errors";
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import type { Questionnaire, ProfileOption } from "./questionnaires";

export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f6f8}
header{background:#0b5c7a;color:#fff;padding:.75rem 1rem}header p{margin:0}header a{color:#fff}
.wrap{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
fieldset{border:1px solid #d0d7de;border-radius:.5rem;margin:0 0 1rem;padding:.75rem;background:#fff;min-width:0}
legend{font-weight:600;padding:0 .25rem}
fieldset.invalid,.field.invalid input,.field.invalid select,.field.invalid textarea{border-color:#b3261e;border-width:2px}
.opt{display:flex;align-items:center;gap:.6rem;min-height:44px;padding:.25rem .5rem;border-radius:.375rem;cursor:pointer}
.opt:hover{background:#eef4f7}.opt input{width:1.25rem;height:1.25rem;flex:none;margin:0}
.field{margin:0 0 1rem}.field label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=number],input[type=text],input[type=tel],input[type=email],select,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #6b7280;border-radius:.375rem;background:#fff;color:inherit}
textarea{min-height:6rem}
.hint{color:#4b5563;font-size:.9rem;margin:.25rem 0}
.err{color:#b3261e;font-weight:600;margin:.25rem 0}
.summary{border:2px solid #b3261e;background:#fdecea;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
.summary a{color:#8c1d18}
.notice{border:2px solid #0b5c7a;background:#e6f1f5;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
button,.btn{display:inline-block;font:inherit;font-weight:600;min-height:48px;padding:.7rem 1.4rem;border:0;border-radius:.5rem;background:#0b5c7a;color:#fff;text-decoration:none;cursor:pointer;width:100%;text-align:center}
button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,.opt:focus-within{outline:3px solid #f59e0b;outline-offset:2px}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.muted{color:#4b5563}
@media (min-width:40rem){button,.btn{width:auto}}
`;

export type PageShell = {
  locale: Locale;
  title: string;
  officeName: string;
  languageHref: string;
  languageLabel: string;
  body: string;
};

export function renderShell(shell: PageShell): string {
  return `<!doctype html><html lang="${shell.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(shell.title)}</title><style>${CSS}</style></head><body><header><div class="wrap" style="padding:0;display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap"><p><strong>${escapeHtml(shell.officeName)}</strong></p><p><a href="${escapeHtml(shell.languageHref)}" lang="${shell.locale === "id" ? "en" : "id"}">${escapeHtml(shell.languageLabel)}</a></p></div></header><main class="wrap" id="content">${shell.body}</main></body></html>`;
}

export type SurveyFormOptions = {
  questionnaire: Questionnaire;
  locale: Locale;
  t: Translator;
  action: string;
  values: Record<string, string>;
  fields: FieldErrors;
  /** Plain message shown above the form (rate limit, too fast, spam). */
  notice?: string;
  context?: string[];
  hidden: Record<string, string>;
  /** Public link: a licence type select; invitation links carry it already. */
  licenseTypes?: { code: string; name: string }[];
  extraQuestions?: {
    code: string;
    labelId: string;
    labelEn: string;
    options: { value: string; labelId: string; labelEn: string }[];
  }[];
  withHoneypot?: boolean;
};

const label = (locale: Locale, o: { labelId: string; labelEn: string }) => (locale === "en" ? o.labelEn : o.labelId);

/** Maps a validation field ("answers.U3", "respondent.age") to the form control name and a translated message. */
export function formFieldErrors(fields: FieldErrors, t: Translator): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(fields)) {
    const [head, tail] = key.split(".");
    if (head === "answers" && tail) out[tail] = t("errors.answer");
    else if (head === "answers") out.U1 = t("errors.answer");
    else if (head === "respondent" && tail) out[tail] = t(`errors.${tail}`);
    else if (["infoSource", "comment", "licenseType"].includes(head)) out[head] = t(`errors.${head}`);
    else out[head] = t("errors.generic");
  }
  return out;
}

export function renderSurveyForm(o: SurveyFormOptions): string {
  const { questionnaire: q, locale, t, values } = o;
  const errors = formFieldErrors(o.fields, t);
  const errorOf = (name: string) =>
    errors[name] ? `<p class="err" id="err-${name}">${escapeHtml(errors[name])}</p>` : "";
  const described = (name: string) => (errors[name] ? ` aria-describedby="err-${name}" aria-invalid="true"` : "");
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(t("title"))}</h1>`);
  for (const line of o.context ?? []) parts.push(`<p class="muted">${escapeHtml(line)}</p>`);
  parts.push(`<p>${escapeHtml(t("intro"))}</p><p class="hint">${escapeHtml(t("privacy"))}</p>`);
  if (o.notice) parts.push(`<div class="notice" role="alert"><p>${escapeHtml(o.notice)}</p></div>`);
  const errorKeys = Object.keys(errors);
  if (errorKeys.length) {
    parts.push(
      `<div class="summary" role="alert" tabindex="-1" id="summary"><p><strong>${escapeHtml(t("errorSummary", { count: errorKeys.length }))}</strong></p><ul>${errorKeys
        .map(
          (k) =>
            `<li><a href="#f-${escapeHtml(k)}">${escapeHtml(fieldTitle(k, q, locale, t))}: ${escapeHtml(errors[k])}</a></li>`,
        )
        .join("")}</ul></div>`,
    );
  }
  parts.push(`<form method="post" action="${escapeHtml(o.action)}" novalidate>`);
  for (const [name, value] of Object.entries(o.hidden))
    parts.push(`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  if (o.withHoneypot) {
    parts.push(
      `<div class="hp" aria-hidden="true"><label for="website">${escapeHtml(t("honeypot"))}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value=""></div>`,
    );
  }
  if (o.licenseTypes) {
    parts.push(
      `<div class="field${errors.licenseType ? " invalid" : ""}"><label for="f-licenseType">${escapeHtml(t("licenseType"))} <span class="muted">(${escapeHtml(t("optional"))})</span></label>${errorOf("licenseType")}<select id="f-licenseType" name="licenseType"${described("licenseType")}><option value="">${escapeHtml(t("notGiven"))}</option>${o.licenseTypes
        .map(
          (l) =>
            `<option value="${escapeHtml(l.code)}"${values.licenseType === l.code ? " selected" : ""}>${escapeHtml(l.name)}</option>`,
        )
        .join("")}</select></div>`,
    );
  }
  parts.push(`<h2>${escapeHtml(t("sectionQuestions"))}</h2>`);
  q.elements.forEach((element, index) => {
    const name = element.code;
    const question = locale === "en" ? element.questionEn : element.questionId;
    parts.push(
      `<fieldset id="f-${name}"${errors[name] ? ` class="invalid" aria-describedby="err-${name}"` : ""}><legend>${escapeHtml(t("questionLabel", { n: index + 1, question }))}</legend>${errorOf(name)}${element.answerLabels
        .map(
          (a) =>
            `<label class="opt"><input type="radio" name="${name}" value="${a.value}"${values[name] === String(a.value) ? " checked" : ""}> <span>${escapeHtml(label(locale, a))}</span></label>`,
        )
        .join("")}</fieldset>`,
    );
  });
  for (const extra of o.extraQuestions ?? []) {
    const name = `x_${extra.code}`;
    parts.push(
      `<fieldset id="f-${name}"><legend>${escapeHtml(label(locale, extra))} <span class="muted">(${escapeHtml(t("optional"))})</span></legend>${extra.options
        .map(
          (a) =>
            `<label class="opt"><input type="radio" name="${escapeHtml(name)}" value="${escapeHtml(a.value)}"${values[name] === a.value ? " checked" : ""}> <span>${escapeHtml(label(locale, a))}</span></label>`,
        )
        .join("")}</fieldset>`,
    );
  }
  parts.push(`<h2>${escapeHtml(t("sectionProfile"))}</h2>`);
  parts.push(
    `<div class="field${errors.age ? " invalid" : ""}"><label for="f-age">${escapeHtml(t("age"))}</label>${errorOf("age")}<input type="number" inputmode="numeric" id="f-age" name="age" min="15" max="100" value="${escapeHtml(values.age ?? "")}"${described("age")}></div>`,
  );
  parts.push(radioGroup("sex", t("sex"), q.sexOptions, values, errors, locale));
  parts.push(selectField("education", t("education"), q.educationOptions, values, errors, locale, t));
  parts.push(selectField("occupation", t("occupation"), q.occupationOptions, values, errors, locale, t));
  parts.push(
    radioGroup("infoSource", `${t("infoSource")} (${t("optional")})`, q.infoSourceOptions, values, errors, locale),
  );
  parts.push(
    `<div class="field${errors.comment ? " invalid" : ""}"><label for="f-comment">${escapeHtml(t("comment"))}</label><p class="hint" id="hint-comment">${escapeHtml(t("commentHint"))}</p>${errorOf("comment")}<textarea id="f-comment" name="comment" maxlength="1000" aria-describedby="hint-comment${errors.comment ? " err-comment" : ""}">${escapeHtml(values.comment ?? "")}</textarea></div>`,
  );
  parts.push(`<button type="submit">${escapeHtml(t("submit"))}</button></form>`);
  return parts.join("");
}

function fieldTitle(name: string, q: Questionnaire, locale: Locale, t: Translator): string {
  const index = q.elements.findIndex((e) => e.code === name);
  if (index >= 0) return `${index + 1}. ${locale === "en" ? q.elements[index].nameEn : q.elements[index].nameId}`;
  if (["age", "sex", "education", "occupation", "infoSource", "comment", "licenseType"].includes(name)) return t(name);
  return name;
}

function radioGroup(
  name: string,
  title: string,
  options: readonly ProfileOption[],
  values: Record<string, string>,
  errors: Record<string, string>,
  locale: Locale,
) {
  return `<fieldset id="f-${name}"${errors[name] ? ` class="invalid" aria-describedby="err-${name}"` : ""}><legend>${escapeHtml(title)}</legend>${errors[name] ? `<p class="err" id="err-${name}">${escapeHtml(errors[name])}</p>` : ""}${options
    .map(
      (o) =>
        `<label class="opt"><input type="radio" name="${name}" value="${escapeHtml(o.value)}"${values[name] === o.value ? " checked" : ""}> <span>${escapeHtml(label(locale, o))}</span></label>`,
    )
    .join("")}</fieldset>`;
}

function selectField(
  name: string,
  title: string,
  options: readonly ProfileOption[],
  values: Record<string, string>,
  errors: Record<string, string>,
  locale: Locale,
  t: Translator,
) {
  return `<div class="field${errors[name] ? " invalid" : ""}"><label for="f-${name}">${escapeHtml(title)}</label>${errors[name] ? `<p class="err" id="err-${name}">${escapeHtml(errors[name])}</p>` : ""}<select id="f-${name}" name="${name}"${errors[name] ? ` aria-describedby="err-${name}" aria-invalid="true"` : ""}><option value="">${escapeHtml(t("choose"))}</option>${options
    .map(
      (o) =>
        `<option value="${escapeHtml(o.value)}"${values[name] === o.value ? " selected" : ""}>${escapeHtml(label(locale, o))}</option>`,
    )
    .join("")}</select></div>`;
}

/** A short message page (thank-you, invitation used/expired/missing, rejected). */
export function renderMessage(title: string, paragraphs: string[], link?: { href: string; label: string }): string {
  return `<div class="card"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}${link ? `<p><a class="btn" href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ""}</div>`;
}
