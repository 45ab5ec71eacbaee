import { formatRupiahShort } from "../format/format";
import { intlTag, type Locale } from "../i18n/locales";
import { KPI_DEFINITIONS, type KpiCode } from "./kpi-definitions";

/** A KPI value as shown on the scorecard: IKM with 2 decimals, percentages, days, counts, rupiah the Indonesian way. */
export function formatKpiValue(code: KpiCode, value: number | null, locale: Locale): string {
  if (value === null) return "—";
  const num = (digits: number) =>
    new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      value,
    );
  switch (KPI_DEFINITIONS[code].unit) {
    case "index":
      return num(2);
    case "percent":
      return `${num(1)}%`;
    case "days":
      return num(1);
    case "rupiah":
      return formatRupiahShort(BigInt(Math.round(value)), locale);
    default:
      return num(0);
  }
}
