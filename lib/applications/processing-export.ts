/**
 * The processing dashboard (/staf/waktu-proses) as tables for the Excel download and the PDF report (issue 16):
 * summary, per licence type, per stage, per month, distribution, open-file age, overdue files and fee differences.
 * Days stay numbers (working days, 2 decimals), rates fractions shown as %, rupiah numbers, due dates real dates.
 * Pure: the caller passes the dashboard's figures and translators of "applications" and "exports".
 */
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import { addCalendarDays, isIsoDate } from "../calendar/working-days";
import { periodKeyLabel } from "../periods/periods";
import { xlsxTable, type XlsxKind, type XlsxTable } from "../export/xlsx";
import type { ProcessingDashboard } from "./processing-dashboard-queries";

/** The dashboard's range: `to` defaults to today, `from` to two years before `to` (as the page shows it). */
export function resolveProcessingRange(query: { from?: string; to?: string }, today: string) {
  const to = query.to && isIsoDate(query.to) ? query.to : today;
  const from = query.from && isIsoDate(query.from) && query.from <= to ? query.from : addCalendarDays(to, -729);
  return { from, to };
}

type Measure = { label: string; kind: XlsxKind; value: number | null };
type Words = { t: Translator; ex: Translator };

export function processingTables(
  data: ProcessingDashboard,
  { t, ex }: Words,
  subtitle: string,
  locale: Locale,
): XlsxTable[] {
  const s = data.summary;
  const en = locale === "en";
  const days = { kind: "decimal" as const, decimals: 2 };
  const measures: Measure[] = [
    { label: t("dashboard.completed"), kind: "integer", value: s.completed },
    { label: ex("processing.onTime"), kind: "integer", value: s.onTime },
    { label: t("dashboard.onTimeRate"), kind: "percent", value: s.onTimeRate },
    { label: t("dashboard.median"), kind: "decimal", value: s.medianDays },
    { label: t("dashboard.p90"), kind: "decimal", value: s.p90Days },
    { label: t("dashboard.backlog"), kind: "integer", value: s.backlog },
    { label: t("dashboard.overdue"), kind: "integer", value: s.overdue },
  ];
  const stage = (key: string) => t(`stages.${key}`);
  return [
    xlsxTable<Measure>({
      sheet: ex("processing.summarySheet"),
      title: ex("processing.title"),
      subtitle,
      columns: [
        { header: ex("processing.measure"), kind: "text", value: (m) => m.label },
        { header: ex("processing.value"), kind: (m) => m.kind, decimals: 2, value: (m) => m.value },
      ],
      rows: measures,
    }),
    xlsxTable<(typeof s.byLicenseType)[number]>({
      sheet: ex("processing.typesSheet"),
      title: t("dashboard.byLicenseType"),
      subtitle,
      columns: [
        { header: t("list.licenseType"), kind: "text", value: (r) => r.licenseType },
        { header: ex("applications.licenseTypeName"), kind: "text", value: (r) => (en ? r.nameEn : r.name) },
        { header: t("dashboard.slaDays"), kind: "integer", value: (r) => r.slaDays },
        { header: t("dashboard.completed"), kind: "integer", value: (r) => r.completed },
        { header: ex("processing.onTime"), kind: "integer", value: (r) => r.onTime },
        { header: t("dashboard.onTimeRate"), kind: "percent", value: (r) => r.onTimeRate },
        { header: t("dashboard.median"), ...days, value: (r) => r.medianDays },
        { header: t("dashboard.p90"), ...days, value: (r) => r.p90Days },
      ],
      rows: s.byLicenseType,
      empty: t("dashboard.noData"),
    }),
    xlsxTable<(typeof s.byStage)[number]>({
      sheet: ex("processing.stagesSheet"),
      title: t("dashboard.byStage"),
      subtitle,
      columns: [
        { header: t("dashboard.stage"), kind: "text", value: (r) => stage(r.stage) },
        { header: t("dashboard.count"), kind: "integer", value: (r) => r.count },
        { header: t("dashboard.median"), ...days, value: (r) => r.medianDays },
        { header: t("dashboard.mean"), ...days, value: (r) => r.meanDays },
      ],
      rows: s.byStage,
    }),
    xlsxTable<(typeof data.throughput)[number]>({
      sheet: ex("processing.monthsSheet"),
      title: t("dashboard.throughput"),
      subtitle,
      columns: [
        { header: t("dashboard.month"), kind: "text", value: (m) => periodKeyLabel(m.month, locale) },
        { header: t("dashboard.completed"), kind: "integer", value: (m) => m.completed },
        { header: ex("processing.onTime"), kind: "integer", value: (m) => m.onTime },
        { header: t("dashboard.onTimeRate"), kind: "percent", value: (m) => m.onTimeRate },
      ],
      rows: data.throughput,
    }),
    xlsxTable<(typeof data.distribution)[number]>({
      sheet: ex("processing.distributionSheet"),
      title: t("dashboard.distribution"),
      subtitle,
      columns: [
        { header: t("dashboard.days"), kind: "text", value: (b) => b.key },
        { header: t("dashboard.count"), kind: "integer", value: (b) => b.count },
      ],
      rows: data.distribution,
    }),
    xlsxTable<(typeof data.aging.buckets)[number]>({
      sheet: ex("processing.agingSheet"),
      title: t("dashboard.aging"),
      subtitle,
      columns: [
        { header: t("dashboard.days"), kind: "text", value: (b) => b.key },
        { header: t("dashboard.count"), kind: "integer", value: (b) => b.count },
        { header: ex("processing.overdueOpen"), kind: "integer", value: (b) => b.overdueCount },
      ],
      rows: data.aging.buckets,
    }),
    xlsxTable<(typeof data.overdueList)[number]>({
      sheet: ex("processing.overdueSheet"),
      title: t("dashboard.overdueList"),
      subtitle,
      columns: [
        { header: t("list.registrationNo"), kind: "text", value: (a) => a.registrationNo },
        { header: t("list.licenseType"), kind: "text", value: (a) => a.licenseType },
        { header: t("list.stage"), kind: "text", value: (a) => stage(a.currentStage) },
        { header: t("list.dueDate"), kind: "date", value: (a) => a.dueDate },
      ],
      rows: data.overdueList,
      empty: t("dashboard.noOverdue"),
    }),
    xlsxTable<(typeof data.fees.items)[number]>({
      sheet: ex("processing.feesSheet"),
      title: t("dashboard.fees"),
      subtitle,
      columns: [
        { header: t("list.registrationNo"), kind: "text", value: (f) => f.registrationNo },
        { header: t("list.licenseType"), kind: "text", value: (f) => f.licenseType },
        { header: t("detail.fee"), kind: "rupiah", value: (f) => f.feeCharged },
        { header: t("detail.tariff"), kind: "rupiah", value: (f) => f.tariff },
        { header: ex("processing.finished"), kind: "date", value: (f) => f.finishedDay },
      ],
      rows: data.fees.items,
      empty: t("dashboard.noFees"),
    }),
  ];
}

type ProcessingFilter = { licenseType: { name: string; nameEn: string } | null; kecamatan: { name: string } | null };

/** "Jenis izin: PBG · Kecamatan: Semua" when the report is filtered, else null. */
export function processingFilterLine(filter: ProcessingFilter, words: Words, locale: Locale): string | null {
  if (!filter.licenseType && !filter.kecamatan) return null;
  const all = words.t("dashboard.all");
  const licenseType = filter.licenseType
    ? locale === "en"
      ? filter.licenseType.nameEn
      : filter.licenseType.name
    : all;
  return words.ex("processing.filter", { licenseType, kecamatan: filter.kecamatan?.name ?? all });
}

/** The line under a processing table's title: the period in words and, when filtered, the licence type and kecamatan. */
export function processingSubtitle(periodLine: string, filter: ProcessingFilter, words: Words, locale: Locale): string {
  const line = processingFilterLine(filter, words, locale);
  return line ? `${periodLine} · ${line}` : periodLine;
}
