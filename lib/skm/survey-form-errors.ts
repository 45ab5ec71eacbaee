/** Validation fields of a survey submission mapped to the form's controls and translated messages. Pure. */
import type { FieldErrors } from "../errors";
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import type { Questionnaire } from "./questionnaires";

const PROFILE_FIELDS = ["age", "sex", "education", "occupation", "infoSource", "comment", "licenseType"];

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

/** The name a field has in the error summary: "3. Waktu Penyelesaian" for an element, the label for the rest. */
export function fieldTitle(name: string, q: Questionnaire, locale: Locale, t: Translator): string {
  const index = q.elements.findIndex((e) => e.code === name);
  if (index >= 0) return `${index + 1}. ${locale === "en" ? q.elements[index].nameEn : q.elements[index].nameId}`;
  if (PROFILE_FIELDS.includes(name)) return t(name);
  return name;
}

export const optionLabel = (locale: Locale, o: { labelId: string; labelEn: string }) =>
  locale === "en" ? o.labelEn : o.labelId;
