/**
 * Reporting periods for dashboards and published reports: month, quarter (triwulan), semester, year and a custom
 * date range. Every period is an inclusive range of WIB calendar dates ("YYYY-MM-DD") with a stable key for URLs
 * and grouping, and labels in Indonesian and English.
 *
 * Keys: month "2026-03", quarter "2026-Q1", semester "2026-S1", year "2026", custom "2026-03-05..2026-04-10".
 */
import { addCalendarDays, calendarDaysBetween, isIsoDate } from "../calendar/working-days";
import { formatDateRange, formatPeriod, MONTH_NAMES } from "../format/format";
import type { Locale } from "../i18n/locales";

export const PERIOD_KINDS = ["month", "quarter", "semester", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
/** The kinds with fixed calendar boundaries (everything but custom). */
export type CalendarPeriodKind = Exclude<PeriodKind, "custom">;

export type Period = {
  kind: PeriodKind;
  key: string;
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  labelId: string;
  labelEn: string;
};

const ROMAN_NUMERALS = ["I", "II", "III", "IV"] as const;
/** Months per period for the calendar kinds. */
const PERIOD_MONTHS: Record<CalendarPeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };
const CUSTOM_KEY_SEPARATOR = "..";
const KEY_PATTERNS: Array<[CalendarPeriodKind, RegExp]> = [
  ["month", /^(\d{4})-(\d{2})$/],
  ["quarter", /^(\d{4})-Q([1-4])$/],
  ["semester", /^(\d{4})-S([12])$/],
  ["year", /^(\d{4})$/],
];

function assertIsoDate(date: string, field: string): void {
  if (!isIsoDate(date)) {
    throw new RangeError(`${field} must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function lastDayOfMonth(year: number, month: number): string {
  const nextMonthStart = month === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(month + 1, 2)}-01`;
  return addCalendarDays(nextMonthStart, -1);
}

/** The period of `kind` with this 1-based index in its year (month 1–12, quarter 1–4, semester 1–2, year 1). */
function buildCalendarPeriod(kind: CalendarPeriodKind, year: number, index: number): Period {
  const months = PERIOD_MONTHS[kind];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const yearText = pad(year, 4);
  const from = `${yearText}-${pad(firstMonth, 2)}-01`;
  const to = lastDayOfMonth(year, lastMonth);
  switch (kind) {
    case "month":
      return {
        kind,
        key: `${yearText}-${pad(index, 2)}`,
        from,
        to,
        labelId: `${MONTH_NAMES.id[index - 1]} ${yearText}`,
        labelEn: `${MONTH_NAMES.en[index - 1]} ${yearText}`,
      };
    case "quarter":
      return {
        kind,
        key: `${yearText}-Q${index}`,
        from,
        to,
        labelId: `Triwulan ${ROMAN_NUMERALS[index - 1]} ${yearText}`,
        labelEn: `Q${index} ${yearText}`,
      };
    case "semester":
      return {
        kind,
        key: `${yearText}-S${index}`,
        from,
        to,
        labelId: `Semester ${ROMAN_NUMERALS[index - 1]} ${yearText}`,
        labelEn: `H${index} ${yearText}`,
      };
    case "year":
      return { kind, key: yearText, from, to, labelId: `Tahun ${yearText}`, labelEn: yearText };
  }
}

function indexOfMonth(kind: CalendarPeriodKind, month: number): number {
  return Math.floor((month - 1) / PERIOD_MONTHS[kind]) + 1;
}

/**
 * A custom period covering `from` … `to` inclusive, labelled "5 Maret – 10 April 2026" / "5 March – 10 April 2026"
 * (a single date when from = to). Throws RangeError when from > to.
 */
export function customPeriod(from: string, to: string): Period {
  assertIsoDate(from, "from");
  assertIsoDate(to, "to");
  if (from > to) throw new RangeError(`from (${from}) must not be after to (${to})`);
  return {
    kind: "custom",
    key: `${from}${CUSTOM_KEY_SEPARATOR}${to}`,
    from,
    to,
    labelId: formatDateRange(from, to, "id"),
    labelEn: formatDateRange(from, to, "en"),
  };
}

/** The month, quarter, semester or year containing `date`: periodOf("quarter", "2026-05-31") is 2026-Q2. */
export function periodOf(kind: CalendarPeriodKind, date: string): Period {
  assertIsoDate(date, "date");
  return buildCalendarPeriod(kind, Number(date.slice(0, 4)), indexOfMonth(kind, Number(date.slice(5, 7))));
}

/**
 * The grouping key of the period of `kind` containing `date` (same as periodOf(kind, date).key, without building
 * the period): bucketKey("quarter", "2026-03-31") → "2026-Q1".
 */
export function bucketKey(kind: CalendarPeriodKind, date: string): string {
  assertIsoDate(date, "date");
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${year}-Q${indexOfMonth(kind, month)}`;
    case "semester":
      return `${year}-S${indexOfMonth(kind, month)}`;
    case "year":
      return year;
  }
}

/** The name of the period with this key in the reader's language ("2026-Q2" → "Triwulan II 2026" / "Q2 2026"); an
 * unknown key is shown as it is. */
export function periodKeyLabel(key: string, locale: Locale): string {
  const period = parsePeriodKey(key);
  return period ? formatPeriod(period, locale) : key;
}

/** Parses a period key ("2026-03", "2026-Q1", "2026-S1", "2026", "2026-03-05..2026-04-10"); null when invalid. */
export function parsePeriodKey(key: string): Period | null {
  const separatorIndex = key.indexOf(CUSTOM_KEY_SEPARATOR);
  if (separatorIndex !== -1) {
    const from = key.slice(0, separatorIndex);
    const to = key.slice(separatorIndex + CUSTOM_KEY_SEPARATOR.length);
    return isIsoDate(from) && isIsoDate(to) && from <= to ? customPeriod(from, to) : null;
  }
  for (const [kind, pattern] of KEY_PATTERNS) {
    const match = pattern.exec(key);
    if (match === null) continue;
    const year = Number(match[1]);
    const index = kind === "year" ? 1 : Number(match[2]);
    if (kind === "month" && (index < 1 || index > 12)) return null;
    return buildCalendarPeriod(kind, year, index);
  }
  return null;
}

function shiftCalendarPeriod(period: Period, kind: CalendarPeriodKind, steps: number): Period {
  const months = PERIOD_MONTHS[kind];
  const count = 12 / months;
  const position = Number(period.from.slice(0, 4)) * count + indexOfMonth(kind, Number(period.from.slice(5, 7))) - 1;
  const shifted = position + steps;
  return buildCalendarPeriod(kind, Math.floor(shifted / count), (shifted % count) + 1);
}

/** Shifts a date by whole years; 29 February becomes 28 February in a common year. */
function shiftYears(date: string, years: number): string {
  const year = pad(Number(date.slice(0, 4)) + years, 4);
  const monthDay = date.slice(5);
  const shifted = `${year}-${monthDay}`;
  return isIsoDate(shifted) ? shifted : `${year}-02-28`;
}

/**
 * The period just before `period`: the previous month/quarter/semester/year, or for a custom range the range of
 * the same number of days ending the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  if (period.kind === "custom") {
    const length = calendarDaysBetween(period.from, period.to) + 1;
    return customPeriod(addCalendarDays(period.from, -length), addCalendarDays(period.from, -1));
  }
  return shiftCalendarPeriod(period, period.kind, -1);
}

/**
 * The period `from` … `to` covers: the month, quarter, semester or year with exactly these bounds (the longest kind
 * first), else a custom range. periodCovering("2026-07-01", "2026-09-30") is 2026-Q3.
 */
export function periodCovering(from: string, to: string): Period {
  for (const kind of ["year", "semester", "quarter", "month"] as const) {
    const period = periodOf(kind, from);
    if (period.from === from && period.to === to) return period;
  }
  return customPeriod(from, to);
}

/**
 * The range to compare `from` … `to` with: the previous calendar period when the range is one (Q3 2026 →
 * 1 April – 30 June 2026, not the 92 days before 1 July, which would start on 31 March), else the range of the same
 * length just before it.
 */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const previous = previousPeriod(periodCovering(from, to));
  return { from: previous.from, to: previous.to };
}

/** The same period one year earlier (year-on-year comparison); a custom range ending 29 Feb ends 28 Feb. */
export function samePeriodLastYear(period: Period): Period {
  if (period.kind === "custom") return customPeriod(shiftYears(period.from, -1), shiftYears(period.to, -1));
  const count = 12 / PERIOD_MONTHS[period.kind];
  return shiftCalendarPeriod(period, period.kind, -count);
}

/**
 * The periods of `kind` that overlap `from` … `to` inclusive, in order: periodsBetween("quarter", "2025-11-15",
 * "2026-02-01") → 2025-Q4, 2026-Q1. Empty when from > to.
 */
export function periodsBetween(kind: CalendarPeriodKind, from: string, to: string): Period[] {
  assertIsoDate(from, "from");
  assertIsoDate(to, "to");
  const periods: Period[] = [];
  if (from > to) return periods;
  for (let period = periodOf(kind, from); period.from <= to; period = shiftCalendarPeriod(period, kind, 1)) {
    periods.push(period);
  }
  return periods;
}
