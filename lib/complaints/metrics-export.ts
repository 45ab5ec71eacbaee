/**
 * The complaint metrics (/staf/pengaduan/metrik) as tables for the Excel download (issue 16): summary, per handling
 * category, per category, per status and the monthly trend. Percentages become fractions shown as %, working days
 * decimals with one place, counts integers. Pure: the caller passes the figures and translators of "complaints" and
 * "exports".
 */
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import { addCalendarDays } from "../calendar/working-days";
import { periodKeyLabel } from "../periods/periods";
import { xlsxTable, type XlsxKind, type XlsxTable } from "../export/xlsx";
import { CATEGORY_SKM_ELEMENT, COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "./complaint-rules";
import type { ComplaintSummary, ComplaintTrendPoint } from "./metrics";

type Category = { code: string; name: string; nameEn: string; deadlineDays: number };
type Figures = ComplaintSummary["byHandlingCategory"][string];

/** The page's period: the range asked for, else the first day of the same month a year earlier through today. */
export function complaintMetricsRange(range: { from: string; to: string } | undefined, today: string) {
  return range ?? { from: `${addCalendarDays(`${today.slice(0, 7)}-01`, -335).slice(0, 7)}-01`, to: today };
}

/** The handling categories with figures, in the admin's order; codes no longer configured (e.g. "none") last. */
export function handlingCategoryRows(summary: Pick<ComplaintSummary, "byHandlingCategory">, categories: Category[]) {
  const known = categories.map((c) => c.code);
  const codes = [...known, ...Object.keys(summary.byHandlingCategory).filter((code) => !known.includes(code))];
  return codes
    .filter((code) => summary.byHandlingCategory[code])
    .map((code) => ({
      code,
      category: categories.find((c) => c.code === code) ?? null,
      figures: summary.byHandlingCategory[code]!,
    }));
}

/** A percentage 0–100 (one decimal) as the fraction Excel shows with a % format. */
const fraction = (percent: number | null) => (percent === null ? null : Math.round(percent * 10) / 1000);

type Measure = { label: string; kind: XlsxKind; value: number | null };
type TierRow = { category: Category | null; figures: Figures };

export function complaintMetricsTables(
  summary: ComplaintSummary & { trend: ComplaintTrendPoint[] },
  overdueNow: number,
  categories: Category[],
  { t, ex }: { t: Translator; ex: Translator },
  subtitle: string,
  locale: Locale,
): XlsxTable[] {
  const days = { kind: "decimal" as const, decimals: 1 };
  const measures: Measure[] = [
    { label: t("metrics.received"), kind: "integer", value: summary.received },
    { label: t("metrics.resolvedPercent"), kind: "percent", value: fraction(summary.resolvedWithinDeadlinePercent) },
    { label: t("metrics.medianAnswer"), ...days, value: summary.medianWorkingDaysToFirstAnswer },
    { label: t("metrics.medianResolution"), ...days, value: summary.medianWorkingDaysToResolution },
    { label: t("metrics.overdue"), kind: "integer", value: overdueNow },
    { label: t("metrics.extended"), kind: "integer", value: summary.extended },
    { label: t("metrics.notOurService"), kind: "integer", value: summary.notOurService },
  ];
  const count = t("metrics.count");
  return [
    xlsxTable<Measure>({
      sheet: ex("complaints.summarySheet"),
      title: t("metrics.title"),
      subtitle,
      columns: [
        { header: ex("processing.measure"), kind: "text", value: (m) => m.label },
        { header: ex("processing.value"), kind: (m) => m.kind, decimals: 1, value: (m) => m.value },
      ],
      rows: measures,
    }),
    xlsxTable<TierRow>({
      sheet: t("staff.handlingCategory"),
      title: t("metrics.byHandlingCategory"),
      subtitle,
      columns: [
        {
          header: t("staff.handlingCategory"),
          kind: "text",
          value: (r) =>
            r.category ? (locale === "en" ? r.category.nameEn : r.category.name) : t("metrics.noCategory"),
        },
        { header: t("metrics.deadlineDays"), kind: "integer", value: (r) => r.category?.deadlineDays },
        { header: t("metrics.received"), kind: "integer", value: (r) => r.figures.received },
        { header: ex("complaints.resolvedOnTime"), kind: "integer", value: (r) => r.figures.resolvedWithinDeadline },
        {
          header: t("metrics.resolvedPercent"),
          kind: "percent",
          value: (r) => fraction(r.figures.resolvedWithinDeadlinePercent),
        },
      ],
      rows: handlingCategoryRows(summary, categories),
      empty: t("staff.none"),
    }),
    xlsxTable<(typeof COMPLAINT_CATEGORIES)[number]>({
      sheet: t("staff.category"),
      title: t("metrics.byCategory"),
      subtitle,
      columns: [
        { header: t("staff.category"), kind: "text", value: (c) => t(`categories.${c}`) },
        { header: t("metrics.element"), kind: "text", value: (c) => CATEGORY_SKM_ELEMENT[c] },
        { header: count, kind: "integer", value: (c) => summary.byCategory[c] },
      ],
      rows: COMPLAINT_CATEGORIES,
    }),
    xlsxTable<(typeof COMPLAINT_STATUSES)[number]>({
      sheet: t("staff.status"),
      title: t("metrics.byStatus"),
      subtitle,
      columns: [
        { header: t("staff.status"), kind: "text", value: (s) => t(`statuses.${s}`) },
        { header: count, kind: "integer", value: (s) => summary.byStatus[s] },
      ],
      rows: COMPLAINT_STATUSES,
    }),
    xlsxTable<ComplaintTrendPoint>({
      sheet: ex("complaints.trendSheet"),
      title: t("metrics.trend"),
      subtitle,
      columns: [
        { header: t("metrics.month"), kind: "text", value: (p) => periodKeyLabel(p.month, locale) },
        { header: t("metrics.received"), kind: "integer", value: (p) => p.received },
        { header: t("metrics.medianResolution"), ...days, value: (p) => p.medianWorkingDaysToResolution },
        {
          header: t("metrics.resolvedPercent"),
          kind: "percent",
          value: (p) => fraction(p.resolvedWithinDeadlinePercent),
        },
      ],
      rows: summary.trend,
      empty: t("staff.none"),
    }),
  ];
}
