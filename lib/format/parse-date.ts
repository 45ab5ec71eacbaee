/**
 * Reading dates as office staff and programs write them (issue 17): ISO "2026-08-17" (optionally with a time and a
 * zone), Indonesian day-first "17/08/2026", "17-8-2026", "17.08.2026", and month names "17 Agustus 2026",
 * "17 Agu 2026", "17-Aug-2026", each optionally followed by a time "09:30" or "09.30" (Indonesian style). Day-first
 * only: "08/17/2026" is refused (there is no 17th month), never silently swapped. Two-digit years are refused.
 *
 * The result is canonical text that the import validators already read: "2026-08-17", "2026-08-17T09:30" (no zone =
 * WIB for timestamp columns) or the ISO text as given when it carries its own zone. Pure.
 */

export type ParsedDateText = { ok: true; value: string } | { ok: false; message: string };

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  february: 2,
  pebruari: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = String.raw`(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);
const MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[ -]+([a-z]+)\.?[ -]+(\d{4})${TIME}$`, "i");

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

const pad = (n: number) => String(n).padStart(2, "0");

function invalid(text: string): ParsedDateText {
  return { ok: false, message: `"${text}" bukan tanggal (contoh: 17/08/2026 atau 2026-08-17).` };
}

function build(
  text: string,
  year: number,
  month: number,
  day: number,
  time: readonly (string | undefined)[],
): ParsedDateText {
  if (!isCalendarDate(year, month, day)) return invalid(text);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const [hour, minute, second] = time;
  if (hour === undefined) return { ok: true, value: date };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return invalid(text);
  const seconds = second === undefined ? "" : `:${second}`;
  return { ok: true, value: `${date}T${pad(Number(hour))}:${minute}${seconds}` };
}

/** Parses one date (optionally with a time) into canonical ISO text, or explains why it is not a date. */
export function parseDateText(input: string): ParsedDateText {
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, message: "Tanggal kosong." };
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    if (!isCalendarDate(Number(year), Number(month), Number(day))) return invalid(text);
    if (Number(iso[4] ?? 0) > 23 || Number(iso[5] ?? 0) > 59 || Number(iso[6] ?? 0) > 59) return invalid(text);
    return { ok: true, value: text.replace(" ", "T") };
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day, , month, year, ...time] = dayFirst;
    return build(text, Number(year), Number(month), Number(day), time);
  }
  const named = MONTH_NAME.exec(text);
  if (named) {
    const [, day, monthName = "", year, ...time] = named;
    const month = MONTHS[monthName.toLowerCase()];
    if (month === undefined) return invalid(text);
    return build(text, Number(year), month, Number(day), time);
  }
  return invalid(text);
}

/**
 * The date of an Excel serial day number (1900 date system, as in .xlsx files): 1 = 1900-01-01, 60 is Excel's
 * non-existent 1900-02-29 (refused), 46251 = 2026-08-17. The fraction is the time of day. Returns canonical text
 * like parseDateText ("2026-08-17" or "2026-08-17T09:30"), or null for serials outside 1 … 2958465 (9999-12-31).
 */
export function dateTextOfExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466 || Math.floor(serial) === 60) return null;
  const days = Math.floor(serial);
  // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so later serials are one day ahead.
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  const minutes = Math.round((serial - days) * 24 * 60);
  const instant = new Date(epoch + days * 86_400_000 + minutes * 60_000);
  const date = instant.toISOString().slice(0, 10);
  return minutes === 0 ? date : `${date}T${instant.toISOString().slice(11, 16)}`;
}
