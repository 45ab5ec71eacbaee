/**
 * A typed table cell (lib/export/xlsx.ts) as text in the reader's language, through the shared formatters: for the
 * PDF reports built from the same tables as the workbooks. Pure.
 */
import type { Locale } from "../i18n/locales";
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatPercent,
  formatRupiah,
  MISSING,
} from "../format/format";
import { isIsoDate } from "../calendar/working-days";
import type { XlsxColumn, XlsxKind, XlsxValue } from "./xlsx";

export function formatCell(kind: XlsxKind, value: XlsxValue, locale: Locale, decimals?: number): string {
  if (value === null || value === undefined || value === "") return kind === "text" ? "" : MISSING;
  if (value instanceof Date) return kind === "datetime" ? formatDateTime(value, locale) : formatDate(value, locale);
  if (kind === "date") return typeof value === "string" && isIsoDate(value) ? formatDate(value, locale) : String(value);
  if (kind === "text" || kind === "datetime" || typeof value === "string") return String(value);
  switch (kind) {
    case "integer":
      return formatCount(value, locale);
    case "decimal":
      return formatDecimal(Number(value), locale, decimals ?? 2);
    case "percent":
      return formatPercent(Number(value), locale, decimals ?? 1);
    case "rupiah":
      return formatRupiah(value, locale);
  }
}

/** One row's cell of a column, formatted. */
export function formatColumnCell<Row>(column: XlsxColumn<Row>, row: Row, locale: Locale): string {
  const kind = typeof column.kind === "function" ? column.kind(row) : column.kind;
  const decimals = typeof column.decimals === "function" ? column.decimals(row) : column.decimals;
  return formatCell(kind, column.value(row), locale, decimals);
}
