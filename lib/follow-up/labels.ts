/** How a follow-up action's basis reads: "U3 Waktu Penyelesaian", "Pengaduan: Perilaku petugas", … Pure. */
import type { Locale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";
import { SKM_2017_QUESTIONNAIRE } from "../skm/questionnaires";

export function elementName(code: string, locale: Locale): string {
  const element = SKM_2017_QUESTIONNAIRE.elements.find((e) => e.code === code);
  return element ? (locale === "en" ? element.nameEn : element.nameId) : code;
}

export function basisLabel(kind: string, code: string, locale: Locale): string {
  if (kind === "element") return `${code} ${elementName(code, locale)}`;
  const t = createTranslator(locale, "followUp");
  if (kind === "complaint_category")
    return `${t("sourceKinds.complaint_category")}: ${createTranslator(locale, "complaints")(`categories.${code}`)}`;
  if (kind === "stage")
    return `${t("sourceKinds.stage")}: ${createTranslator(locale, "applications")(`stages.${code}`)}`;
  return code;
}
