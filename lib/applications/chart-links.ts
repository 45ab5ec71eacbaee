/**
 * Drill-down links of the processing dashboard's charts (issue 16): a licence type's bar opens `/staf/waktu-proses`
 * for that licence type over the same days and kecamatan; a month's point opens the same page for that month's days
 * inside the range, keeping licence type and kecamatan. Same page, same capability: no link answers 403. A bar of
 * the duration distribution opens the applications list of its files, for readers who may open that list. Pure.
 */
import { drillHref, drillName, periodWithin, type ChartLink } from "../drilldown/chart-link";
import { formatCount, formatPercent } from "../format/format";
import type { Locale } from "../i18n/locales";
import type { DurationBucketKey } from "./duration-buckets";
import type { AgingBucketKey } from "./processing-stats";

export type ProcessingChartContext = {
  from: string;
  to: string;
  licenseType: string | null;
  kecamatan: string | null;
  locale: Locale;
};

const PAGE = "/staf/waktu-proses";
const APPLICATIONS = "/staf/permohonan";

function pageHref(range: { from: string; to: string }, licenseType: string | null, kecamatan: string | null): string {
  return drillHref(PAGE, [
    ["dari", range.from],
    ["sampai", range.to],
    ["licenseType", licenseType],
    ["kecamatan", kecamatan],
  ]);
}

/** "Tepat waktu per jenis izin": the bar of `row` → the dashboard filtered to that licence type. */
export function licenseTypeBarLink(
  context: ProcessingChartContext,
  row: { licenseType: string; name: string; onTimeRate: number | null },
  series: string,
): ChartLink {
  return {
    href: pageHref(context, row.licenseType, context.kecamatan),
    name: drillName(row.name, [[series, formatPercent(row.onTimeRate, context.locale)]], context.locale),
  };
}

/** The monthly trend: the point of `month` ("2026-03") → the dashboard for that month's days inside the range. */
export function monthPointLink(
  context: ProcessingChartContext,
  row: { month: string; label: string; completed: number; onTimeRate: number | null },
  series: { completed: string; onTime: string },
): ChartLink | undefined {
  const days = periodWithin(row.month, context);
  if (!days) return undefined;
  return {
    href: pageHref(days, context.licenseType, context.kecamatan),
    name: drillName(
      row.label,
      [
        [series.completed, formatCount(row.completed, context.locale)],
        [series.onTime, formatPercent(row.onTimeRate, context.locale)],
      ],
      context.locale,
    ),
  };
}

/**
 * The duration distribution: the bar of a bucket → the applications list of the files finished in the same days
 * in that many working days, keeping licence type and kecamatan: the list counts exactly the bar's files. The list
 * needs the `viewApplications` capability: the page passes `canOpenFiles` and a reader without it gets no link.
 */
export function durationBarLink(
  context: ProcessingChartContext,
  bar: { key: DurationBucketKey; count: number },
  series: string,
  canOpenFiles: boolean,
): ChartLink | undefined {
  if (!canOpenFiles || bar.count === 0) return undefined;
  return {
    href: drillHref(APPLICATIONS, [
      ["selesaiDari", context.from],
      ["selesaiSampai", context.to],
      ["hari", bar.key],
      ["licenseType", context.licenseType],
      ["kecamatan", context.kecamatan],
    ]),
    name: drillName(
      bucketLabel(bar.key, context.locale),
      [[series, formatCount(bar.count, context.locale)]],
      context.locale,
    ),
  };
}

/**
 * The aging chart of open files: the bar of a bucket → the applications list of the open files that old today,
 * keeping licence type and kecamatan (`umur`, lib/applications/aging-drilldown-queries.ts). The bar is drawn as two
 * columns (not yet late, overdue); one link per bucket opens all its files, and its name gives both figures:
 * "6–10 hari kerja: Berkas berjalan 12, Terlambat 3 — buka rincian". Only for readers who may open the list.
 */
export function agingBarLink(
  context: Pick<ProcessingChartContext, "licenseType" | "kecamatan" | "locale">,
  bar: { key: AgingBucketKey; count: number; overdueCount: number },
  series: { backlog: string; overdue: string },
  canOpenFiles: boolean,
): ChartLink | undefined {
  if (!canOpenFiles || bar.count === 0) return undefined;
  return {
    href: drillHref(APPLICATIONS, [
      ["umur", bar.key],
      ["licenseType", context.licenseType],
      ["kecamatan", context.kecamatan],
    ]),
    name: drillName(
      bucketLabel(bar.key, context.locale),
      [
        [series.backlog, formatCount(bar.count, context.locale)],
        [series.overdue, formatCount(bar.overdueCount, context.locale)],
      ],
      context.locale,
    ),
  };
}

/** The links of every aging bar, or none for a reader who may not open the applications list. */
export function agingBarLinks(
  context: Parameters<typeof agingBarLink>[0],
  bars: readonly Parameters<typeof agingBarLink>[1][],
  series: Parameters<typeof agingBarLink>[2],
  canOpenFiles: boolean,
): (ChartLink | undefined)[] | undefined {
  return canOpenFiles ? bars.map((bar) => agingBarLink(context, bar, series, true)) : undefined;
}

/**
 * "Lihat semua 123 berkas terlambat" under the dashboard's short overdue list → the applications list of every open
 * file overdue today (`terlambat=1`, lib/applications/overdue-filter.ts), keeping licence type and kecamatan: the
 * list counts the dashboard's overdue figure. None for a reader who may not open the list, nor when none is overdue.
 */
export function overdueListHref(
  context: Pick<ProcessingChartContext, "licenseType" | "kecamatan">,
  overdue: number,
  canOpenFiles: boolean,
): string | undefined {
  if (!canOpenFiles || overdue === 0) return undefined;
  return drillHref(APPLICATIONS, [
    ["terlambat", "1"],
    ["licenseType", context.licenseType],
    ["kecamatan", context.kecamatan],
  ]);
}

/**
 * "Lihat semua 12 berkas dengan selisih tarif" under the dashboard's short fee list → the applications list of every
 * file finished in the dashboard's period whose fee differs from the tariff (`selisihTarif=1` with `selesaiDari`/
 * `selesaiSampai`, lib/applications/fee-discrepancy-filter.ts), keeping licence type and kecamatan: the list counts
 * the dashboard's fee-discrepancy figure. None for a reader who may not open the list, nor when there is none.
 */
export function feeDiscrepancyListHref(
  context: Pick<ProcessingChartContext, "from" | "to" | "licenseType" | "kecamatan">,
  count: number,
  canOpenFiles: boolean,
): string | undefined {
  if (!canOpenFiles || count === 0) return undefined;
  return drillHref(APPLICATIONS, [
    ["selisihTarif", "1"],
    ["selesaiDari", context.from],
    ["selesaiSampai", context.to],
    ["licenseType", context.licenseType],
    ["kecamatan", context.kecamatan],
  ]);
}

/** "6–10 hari kerja", "> 30 working days": a bucket in words. */
export function bucketLabel(key: DurationBucketKey | AgingBucketKey, locale: Locale): string {
  const unit = locale === "en" ? "working days" : "hari kerja";
  return `${key.replace("-", "–").replace(">", "> ")} ${unit}`;
}

/** Every link of the dashboard's two linked charts, in the order of their rows. */
export function processingChartLinks(
  context: ProcessingChartContext,
  rows: {
    types: readonly Parameters<typeof licenseTypeBarLink>[1][];
    months: readonly Parameters<typeof monthPointLink>[1][];
  },
  series: { completed: string; onTime: string },
): { types: ChartLink[]; months: (ChartLink | undefined)[] } {
  return {
    types: rows.types.map((row) => licenseTypeBarLink(context, row, series.onTime)),
    months: rows.months.map((row) => monthPointLink(context, row, series)),
  };
}
