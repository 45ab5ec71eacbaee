/**
 * Reads numbers the way Indonesians type them, for every fee, tariff, target and LKPM amount field (issue 16):
 * "1.250.000", "1.250.000,50", "Rp 1.250.000", "0,5" — and the plain machine form the API and CSV files use,
 * "1250000.50". The result is a plain decimal string ("1250000.50"), so amounts never pass through floating point.
 *
 * Rules (README "Numbers in forms"):
 * - An optional "Rp" or "IDR" in front, spaces around it, are ignored; so are spaces at the ends.
 * - The comma is the decimal mark; the dot groups thousands ("1.250.000": first group 1–3 digits, then groups of 3).
 * - With both marks, every dot comes before the one comma: "1.250.000,50".
 * - Without a comma, a dot that cannot be grouping — followed by 1, 2 or more than 3 digits, or after a leading
 *   "0" — is a decimal point, as computers write: "1250000.50", "0.625".
 * - One dot followed by exactly three digits ("1.250") reads as grouping (1 250) where the field takes fewer than three
 *   decimals (rupiah amounts, counts); where it takes three or more (exchange rates) both readings are possible and
 *   the input is refused as ambiguous, asking for "1.250" → "1250" or "1,25".
 * - Refused: English grouping "1,250,000" and "1,250,000.50" (a comma before a dot, or several commas), a minus sign,
 *   spaces inside the digits, and anything else.
 */

export type NumberProblem = "empty" | "format" | "english" | "ambiguous";
export type NumberReading = { ok: true; decimal: string } | { ok: false; problem: NumberProblem };

const GROUPED = /^[1-9][0-9]{0,2}(?:\.[0-9]{3})+$/;
const PLAIN = /^[0-9]+$/;

function plain(whole: string, fraction: string | undefined): NumberReading {
  const digits = whole.replace(/^0+(?=[0-9])/, "");
  return { ok: true, decimal: fraction === undefined || fraction === "" ? digits : `${digits}.${fraction}` };
}

/** The number in `text` as a plain decimal string, or why it cannot be read (see the rules above). */
export function readIndonesianNumber(text: string, options: { maxFractionDigits: number }): NumberReading {
  const body = text
    .replace(/\u00a0/g, " ")
    .trim()
    .replace(/^(?:rp\.?|idr)\s*/i, "")
    .trim();
  if (body === "") return { ok: false, problem: "empty" };
  if (!/^[0-9.,]+$/.test(body) || !/^[0-9]/.test(body) || !/[0-9]$/.test(body)) return { ok: false, problem: "format" };

  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  if (commas > 1) return { ok: false, problem: "english" };
  if (commas === 1) {
    const [whole = "", fraction = ""] = body.split(",");
    if (whole.includes(".") && !GROUPED.test(whole)) {
      // "1,250.50" never reaches here (the comma comes first and the dot is in the fraction).
      return { ok: false, problem: "format" };
    }
    if (!PLAIN.test(fraction)) return { ok: false, problem: "english" }; // "1,250.50"
    return plain(whole.replace(/\./g, ""), fraction);
  }
  if (dots === 0) return plain(body, undefined);
  if (dots > 1)
    return GROUPED.test(body) ? plain(body.replace(/\./g, ""), undefined) : { ok: false, problem: "format" };

  const [whole = "", fraction = ""] = body.split(".");
  const couldBeGrouping = GROUPED.test(body);
  if (!couldBeGrouping) return plain(whole, fraction); // "1250000.50", "0.625", "3.14159"
  if (options.maxFractionDigits >= 3) return { ok: false, problem: "ambiguous" }; // "1.250" as a rate
  return plain(`${whole}${fraction}`, undefined); // "1.250" = 1250
}

/** The sentence telling a user what went wrong with `label`, in Indonesian (the language of validation messages). */
export function numberProblemMessage(label: string, problem: NumberProblem): string {
  switch (problem) {
    case "empty":
      return `${label} wajib diisi.`;
    case "english":
      return `${label}: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.`;
    case "ambiguous":
      return `${label}: "1.250" bisa berarti seribu dua ratus lima puluh atau 1,25 — tulis 1250 atau 1,25.`;
    default:
      return `${label} harus angka, mis. 1.250.000 atau 1.250.000,50.`;
  }
}
