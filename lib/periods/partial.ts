/**
 * Whether a period is still running: the current month, quarter, year or a range that ends after today holds only
 * the days up to today, so its counts are not comparable with a finished period (December's 21 completions on
 * 6 December are not a collapse). Charts and KPI cards mark such a period and say up to which day it counts.
 * Pure: `today` (a WIB date) is passed in.
 */
import { formatDate, MONTH_NAMES } from "../format/format";
import type { Locale } from "../i18n/locales";

export type PeriodCompleteness =
  | { status: "complete" }
  | { status: "future" }
  /** Counts days from `from` through `through` (= today), not to the period's end. */
  | { status: "partial"; through: string };

/**
 * complete: to < today. partial: from ≤ today ≤ to (a period ending today is partial too: the day is not over and
 * its figures are still coming in). future: from > today.
 */
export function periodCompleteness(period: { from: string; to: string }, today: string): PeriodCompleteness {
  if (period.from > today) return { status: "future" };
  if (period.to < today) return { status: "complete" };
  return { status: "partial", through: today };
}

export function isPartialPeriod(period: { from: string; to: string }, today: string): boolean {
  return periodCompleteness(period, today).status === "partial";
}

/** "s.d. 6 Desember" / "to 6 December" (with the year when it is not the year of the period's end). */
function throughText(through: string, periodTo: string, locale: Locale): string {
  const sameYear = through.slice(0, 4) === periodTo.slice(0, 4);
  const day = sameYear
    ? `${Number(through.slice(8, 10))} ${MONTH_NAMES[locale][Number(through.slice(5, 7)) - 1]}`
    : formatDate(through, locale);
  return locale === "id" ? `s.d. ${day}` : `to ${day}`;
}

/**
 * The note that follows a partial period's name: "(sebagian, s.d. 6 Desember)" / "(partial, to 6 December)"; ""
 * for a complete or future period.
 */
export function partialNote(period: { from: string; to: string }, today: string, locale: Locale): string {
  const completeness = periodCompleteness(period, today);
  if (completeness.status !== "partial") return "";
  const through = throughText(completeness.through, period.to, locale);
  return locale === "id" ? `(sebagian, ${through})` : `(partial, ${through})`;
}

/** A period's name with its partial note: "Desember 2026 (sebagian, s.d. 6 Desember)". */
export function labelWithPartial(
  label: string,
  period: { from: string; to: string },
  today: string,
  locale: Locale,
): string {
  const note = partialNote(period, today, locale);
  return note ? `${label} ${note}` : label;
}
