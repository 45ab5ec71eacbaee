/**
 * Reading numbers as office staff and programs write them (issue 17): Indonesian "1.250.000,50", "12,5", "1.250",
 * "Rp 350.000"; plain "1250000.50"; English grouping "1,250,000.50"; Excel's "1,25E+09". The result is exact decimal
 * text with "." as the decimal point and no grouping ("1250000.50"), so no value passes through floating point and
 * every existing validator (decimal text, bounded integers) reads it unchanged.
 *
 * Rules, in order (documented in the README's import section):
 * - both "." and "," present: the last one is the decimal mark, the other groups thousands (groups of three);
 * - only ",": one comma is the decimal mark ("12,5" = 12.5, "1,250" = 1.25: Indonesian usage); several commas group
 *   thousands ("1,250,000");
 * - only ".": several dots group thousands ("1.250.000"); one dot followed by exactly three digits after one to three
 *   leading digits that do not start with 0 groups thousands ("1.250" = 1250, "16.325" = 16325: how staff type a
 *   rupiah amount or an exchange rate); any other single dot is the decimal mark ("16325.75", "0.625", "1.5");
 * - spaces (also no-break spaces) may group thousands: "1 250 000".
 * Pure: used by the spreadsheet reader for CSV/Excel text cells and by form inputs.
 */

export type ParsedNumberText = { ok: true; value: string } | { ok: false; message: string };

const GROUPED = (separator: string) => new RegExp(`^\\d{1,3}(?:\\${separator}\\d{3})+$`);
const GROUPED_DOT = GROUPED(".");
const GROUPED_COMMA = GROUPED(",");
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+(?=[.,]\d+$|$)/;
const SCIENTIFIC = /^(\d+)(?:[.,](\d+))?[eE]([+-]?\d{1,3})$/;
const CURRENCY_PREFIX = /^(?:rp\.?|idr)\s*/i;

function invalid(text: string): ParsedNumberText {
  return { ok: false, message: `"${text}" bukan angka (contoh: 1.250.000,50 atau 1250000.50).` };
}

/** "007" → "7", "0" stays; a fraction keeps its digits as written ("50" stays "50"). */
function canonical(negative: boolean, whole: string, fraction: string): string {
  const digits = whole.replace(/^0+(?=\d)/, "");
  const body = fraction === "" ? digits : `${digits}.${fraction}`;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

// "1.25" × 10^9 → "1250000000", exactly (string shift, no floating point).
function expandScientific(whole: string, fraction: string, exponent: number): { whole: string; fraction: string } {
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return { whole: "0", fraction: "0".repeat(-point) + digits };
  if (point >= digits.length) return { whole: digits + "0".repeat(point - digits.length), fraction: "" };
  return { whole: digits.slice(0, point), fraction: digits.slice(point) };
}

/**
 * Parses one number written in any of the forms above into exact decimal text ("-1250000.50"), or explains why it
 * is not a number. Empty text is not a number (callers decide whether a blank cell is allowed).
 */
export function parseNumberText(input: string): ParsedNumberText {
  let text = input
    .trim()
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\u2212/g, "-");
  if (text === "") return { ok: false, message: "Angka kosong." };
  const negative = text.startsWith("-");
  if (negative || text.startsWith("+")) text = text.slice(1).trimStart();
  text = text.replace(CURRENCY_PREFIX, "");

  const grouped = GROUPED_SPACE.exec(text);
  if (grouped) text = grouped[0].replace(/ /g, "") + text.slice(grouped[0].length);
  if (!/^[\d.,]+(?:[eE][+-]?\d+)?$/.test(text)) return invalid(input.trim());

  const scientific = SCIENTIFIC.exec(text);
  if (scientific) {
    const [, whole = "", fraction = "", exponent = "0"] = scientific;
    const expanded = expandScientific(whole, fraction, Number(exponent));
    return { ok: true, value: canonical(negative, expanded.whole, expanded.fraction.replace(/0+$/, "")) };
  }
  if (/^\d+$/.test(text)) return { ok: true, value: canonical(negative, text, "") };

  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let whole: string;
  let fraction: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const group = decimalAt === lastDot ? "," : ".";
    whole = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
    if (!/^\d+$/.test(fraction) || !(group === "." ? GROUPED_DOT : GROUPED_COMMA).test(whole))
      return invalid(input.trim());
    whole = whole.split(group).join("");
  } else {
    const separator = lastDot >= 0 ? "." : ",";
    const parts = text.split(separator);
    const isThousands =
      parts.length > 2 || (separator === "." && parts.length === 2 && /^[1-9]\d{0,2}\.\d{3}$/.test(text));
    if (isThousands) {
      if (!(separator === "." ? GROUPED_DOT : GROUPED_COMMA).test(text)) return invalid(input.trim());
      whole = parts.join("");
      fraction = "";
    } else {
      [whole = "", fraction = ""] = parts;
      if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return invalid(input.trim());
    }
  }
  return { ok: true, value: canonical(negative, whole, fraction) };
}

/**
 * Plain decimal text for a number read from a typed spreadsheet cell (a double): the shortest text that reads back
 * as the same double, never in exponent form (1e21 → "1000000000000000000000", 1e-7 → "0.0000001").
 */
export function decimalTextOfNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Angka tidak valid: ${value}`);
  const shortest = String(value);
  const scientific = SCIENTIFIC.exec(shortest.replace(/^-/, ""));
  if (!scientific) return shortest;
  const [, whole = "", fraction = "", exponent = "0"] = scientific;
  const expanded = expandScientific(whole, fraction, Number(exponent));
  return canonical(value < 0, expanded.whole, expanded.fraction.replace(/0+$/, ""));
}
