/**
 * The leadership scorecard as tables for the Excel download (issue 16): one row per KPI with its value, target,
 * status and the same period last year, and a trend sheet of the last six periods. Values keep their unit as a
 * cell format: percentages become fractions shown as %, rupiah whole rupiah, days one decimal. Pure.
 */
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import { formatPeriod } from "../format/format";
import { parsePeriodKey, periodKeyLabel, periodOf, type Period } from "../periods/periods";
import { xlsxTable, type XlsxKind, type XlsxTable } from "../export/xlsx";
import { KPI_DEFINITIONS, type KpiCode, type KpiUnit } from "./kpi-definitions";
import type { KpiStatus } from "./status";

export type ScorecardExportEntry = {
  code: KpiCode;
  value: number | null;
  target: number;
  status: KpiStatus;
  previous: number | null;
  change: { difference: number | null };
  trend: { key: string; value: number | null }[];
};

export type ScorecardExport = { period: Period; comparison: Period; entries: ScorecardExportEntry[] };

const KIND: Record<KpiUnit, XlsxKind> = {
  index: "decimal",
  percent: "percent",
  days: "decimal",
  count: "integer",
  people: "integer",
  rupiah: "rupiah",
};
const DECIMALS: Record<KpiUnit, number> = { index: 2, percent: 1, days: 1, count: 0, people: 0, rupiah: 0 };

/** A KPI value as the spreadsheet stores it: percentages (93.5) as fractions (0.935), the rest as they are. */
export function kpiCellValue(code: KpiCode, value: number | null): number | null {
  if (value === null) return null;
  return KPI_DEFINITIONS[code].unit === "percent" ? Math.round(value * 10) / 1000 : value;
}

/** The scorecard's sheets: "Kartu kinerja" (one row per KPI) and "Tren" (one column per period). */
export function scorecardTables(
  scorecard: ScorecardExport,
  words: { t: Translator; kpiName: (code: KpiCode) => string; statusName: (status: KpiStatus) => string },
  locale: Locale,
): XlsxTable[] {
  const { t, kpiName, statusName } = words;
  const subtitle = t("period", { period: formatPeriod(scorecard.period, locale) });
  const unit = (e: ScorecardExportEntry) => KPI_DEFINITIONS[e.code].unit;
  const kind = (e: ScorecardExportEntry) => KIND[unit(e)];
  const decimals = (e: ScorecardExportEntry) => DECIMALS[unit(e)];
  const main = xlsxTable<ScorecardExportEntry>({
    sheet: t("scorecard.sheet"),
    title: t("scorecard.title"),
    subtitle,
    columns: [
      { header: t("scorecard.kpi"), kind: "text", value: (e) => kpiName(e.code) },
      { header: t("scorecard.unit"), kind: "text", value: (e) => t(`scorecard.units.${unit(e)}`) },
      { header: t("scorecard.value"), kind, decimals, value: (e) => kpiCellValue(e.code, e.value) },
      { header: t("scorecard.target"), kind, decimals, value: (e) => kpiCellValue(e.code, e.target) },
      { header: t("scorecard.status"), kind: "text", value: (e) => statusName(e.status) },
      {
        header: t("scorecard.previous", { period: formatPeriod(scorecard.comparison, locale) }),
        kind,
        decimals,
        value: (e) => kpiCellValue(e.code, e.previous),
      },
      { header: t("scorecard.change"), kind, decimals, value: (e) => kpiCellValue(e.code, e.change.difference) },
    ],
    rows: scorecard.entries,
  });
  const keys = scorecard.entries[0]?.trend.map((p) => p.key) ?? [];
  const trend = xlsxTable<ScorecardExportEntry>({
    sheet: t("scorecard.trendSheet"),
    title: t("scorecard.trendTitle"),
    subtitle,
    columns: [
      { header: t("scorecard.kpi"), kind: "text", value: (e) => kpiName(e.code) },
      ...keys.map((key, i) => ({
        header: periodKeyLabel(key, locale),
        kind,
        decimals,
        value: (e: ScorecardExportEntry) => kpiCellValue(e.code, e.trend[i]?.value ?? null),
      })),
    ],
    rows: scorecard.entries,
  });
  return [main, trend];
}

/** The period a scorecard download asks for (`periode`, a calendar period key), else the year of `today` (WIB). */
export function scorecardPeriodOf(key: string | undefined, today: string): Period {
  const parsed = key ? parsePeriodKey(key) : null;
  return parsed && parsed.kind !== "custom" ? parsed : periodOf("year", today);
}
