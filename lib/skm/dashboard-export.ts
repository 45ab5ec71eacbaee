/**
 * The SKM dashboard as tables for the Excel download and the PDF report (issue 16): per element (NRR, weighted
 * NRR, priority), per licence type (IKM, grade) and the IKM trend. NRR and IKM stay numbers (3 and 2 decimals).
 * Pure: the caller passes the figures and a translator of the "skm" namespace plus one of "exports".
 */
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import { formatCount, formatDecimal, MISSING } from "../format/format";
import { xlsxTable, type XlsxTable } from "../export/xlsx";
import type { SkmSummary, SkmSummaryElement } from "./summary";

export type IkmByLicenseTypeRow = {
  code: string;
  name: string;
  nameEn: string;
  respondents: number;
  ikm: number | null;
  grade: string | null;
};

export type SkmTrendRow = {
  label: string;
  labelEn: string;
  respondents: number;
  ikm: number | null;
  grade: string | null;
};

export type SkmExportData = {
  summary: SkmSummary;
  byLicenseType: readonly IkmByLicenseTypeRow[];
  trend: readonly SkmTrendRow[];
};

/** "IKM 87,36 · mutu B · 2.922 responden" (the headline of both the workbook and the report). */
export function skmHeadline(summary: SkmSummary, ex: Translator, locale: Locale): string {
  return ex("skm.headline", {
    ikm: formatDecimal(summary.ikm, locale, 2),
    grade: summary.grade ?? MISSING,
    respondents: formatCount(summary.respondents, locale),
  });
}

/** The three sheets of the SKM dashboard's workbook; `periodLine` is e.g. "Periode: Triwulan II 2026 (…)". */
export function skmDashboardTables(
  data: SkmExportData,
  words: { t: Translator; ex: Translator },
  periodLine: string,
  locale: Locale,
): XlsxTable[] {
  const { t, ex } = words;
  const en = locale === "en";
  const subtitle = `${periodLine} · ${skmHeadline(data.summary, ex, locale)}`;
  const elements = xlsxTable<SkmSummaryElement>({
    sheet: ex("skm.elementsSheet"),
    title: ex("skm.elementsTitle"),
    subtitle,
    columns: [
      { header: t("colCode"), kind: "text", value: (e) => e.code },
      { header: t("colElement"), kind: "text", value: (e) => (en ? e.nameEn : e.name) },
      { header: ex("skm.respondentsAnswered"), kind: "integer", value: (e) => e.count },
      { header: t("colNrr"), kind: "decimal", decimals: 3, value: (e) => e.nrr },
      { header: t("colWeighted"), kind: "decimal", decimals: 3, value: (e) => e.weighted },
      { header: t("colPriority"), kind: "text", value: (e) => (e.isWeakest ? t("weakest") : "") },
    ],
    rows: data.summary.elements,
    empty: ex("noData"),
  });
  const types = xlsxTable<IkmByLicenseTypeRow>({
    sheet: ex("skm.typesSheet"),
    title: ex("skm.typesTitle"),
    subtitle,
    columns: [
      { header: t("colCode"), kind: "text", value: (r) => r.code },
      { header: t("licenseType"), kind: "text", value: (r) => (en ? r.nameEn : r.name) },
      { header: t("respondents"), kind: "integer", value: (r) => r.respondents },
      { header: t("ikm"), kind: "decimal", decimals: 2, value: (r) => r.ikm },
      { header: t("grade"), kind: "text", value: (r) => r.grade },
    ],
    rows: data.byLicenseType,
    empty: ex("noData"),
  });
  const trend = xlsxTable<SkmTrendRow>({
    sheet: ex("skm.trendSheet"),
    title: ex("skm.trendTitle"),
    subtitle,
    columns: [
      { header: t("colPeriod"), kind: "text", value: (p) => (en ? p.labelEn : p.label) },
      { header: t("respondents"), kind: "integer", value: (p) => p.respondents },
      { header: t("ikm"), kind: "decimal", decimals: 2, value: (p) => p.ikm },
      { header: t("grade"), kind: "text", value: (p) => p.grade },
    ],
    rows: data.trend,
  });
  return [elements, types, trend];
}
