import type { Locale } from "../i18n/locales";
import { formatCount, formatDecimal, formatPercent, formatRupiahShort } from "../format/format";
import { KPI_DEFINITIONS, type KpiCode } from "./kpi-definitions";

/**
 * A KPI value as shown on the scorecard, through the shared formatters: IKM with 2 decimals ("88,31"), percentages
 * with 1 ("93,5 %"), days with 1, counts whole ("12.345"), rupiah short ("Rp 1,2 miliar").
 */
export function formatKpiValue(code: KpiCode, value: number | null, locale: Locale): string {
  if (value === null) return "—";
  switch (KPI_DEFINITIONS[code].unit) {
    case "index":
      return formatDecimal(value, locale, 2);
    case "percent":
      return formatPercent(value / 100, locale, 1);
    case "days":
      return formatDecimal(value, locale, 1);
    case "rupiah":
      return formatRupiahShort(Math.round(value), locale);
    default:
      return formatCount(value, locale);
  }
}
