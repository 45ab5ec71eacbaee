/**
 * Calendar-date formatting for the UI. Month abbreviations are fixed tables rather than Intl: ICU's en-GB now
 * writes "Sept", and ICU data differs between Node and browsers, while reports must print the same text everywhere.
 */
import { intlTag, type Locale } from "../i18n/locales";

const MONTH_ABBREVIATIONS: Record<Locale, readonly string[]> = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Formats a calendar date "YYYY-MM-DD" as "05 Mar 2026" (day with two digits, month abbreviation, year), with
 * Indonesian (Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des) or English abbreviations. The string is read as a
 * calendar date, never through `Date`, so no time zone can shift the day. Throws RangeError for a malformed or
 * impossible date such as "2026-02-29".
 */
export function formatDateId(date: string, locale: Locale): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date);
  if (match === null) throw new RangeError(`Tanggal "${date}" harus berformat YYYY-MM-DD.`);
  const [, yearText = "", monthText = "", dayText = ""] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Tanggal "${date}" tidak ada dalam kalender.`);
  }
  return `${dayText} ${MONTH_ABBREVIATIONS[locale][month - 1]} ${yearText}`;
}

/** Formats an instant as its date and time in Asia/Jakarta (WIB) for the UI, e.g. "6 Des 2026, 08.31". */
export function formatDateTimeWib(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  }).format(instant);
}
