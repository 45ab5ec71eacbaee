import Papa from "papaparse";
import type { LogFormat } from "./schemas";

/**
 * Check-clock log parsing (pure). Two shapes:
 * - the terminal's own attendance log (e.g. `1_attlog.dat`): one punch a line, tab-separated
 *   `PIN  YYYY-MM-DD HH:mm:ss  verify mode  in/out state  [work code …]`; the PIN may be space-padded;
 * - CSV from the vendor's PC software, with a header naming the PIN and the time (either one date-time column
 *   or separate date and time columns).
 * The machine's clock is local office time (WIB, UTC+7); `at` is the UTC instant.
 */
export type LogPunch = { line: number; pin: string; at: Date; verifyMode: number | null; inOut: number | null };
export type LogParseResult = { punches: LogPunch[]; errors: { line: number; message: string }[] };

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-05-26 07:52:10" (WIB) → the UTC instant, or null when it is not a real date and time. */
export function parseWibTimestamp(text: string): Date | null {
  const m = STAMP.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(utc).getUTCDate() !== d) return null;
  return new Date(utc - WIB_OFFSET_MS);
}

/** A machine PIN in its canonical form: digits without leading zeros ("007" → "7"). */
export function normalisePin(text: string): string | null {
  const t = text.trim();
  return /^\d{1,12}$/.test(t) ? String(Number(t)) : null;
}

function optionalInt(text: string | undefined): number | null | "invalid" {
  const t = (text ?? "").trim();
  if (t === "") return null;
  return /^\d{1,3}$/.test(t) ? Number(t) : "invalid";
}

function punchFrom(
  line: number,
  pinText: string,
  stamp: string,
  verify: string | undefined,
  state: string | undefined,
  out: LogParseResult,
) {
  const pin = normalisePin(pinText);
  if (pin === null) return void out.errors.push({ line, message: `PIN "${pinText.trim()}" bukan angka.` });
  const at = parseWibTimestamp(stamp);
  if (at === null)
    return void out.errors.push({ line, message: `Waktu "${stamp.trim()}" tidak valid (harus TTTT-BB-HH JJ:MM:DD).` });
  const verifyMode = optionalInt(verify);
  const inOut = optionalInt(state);
  if (verifyMode === "invalid")
    return void out.errors.push({ line, message: `Mode verifikasi "${verify}" bukan angka.` });
  if (inOut === "invalid")
    return void out.errors.push({ line, message: `Status masuk/pulang "${state}" bukan angka.` });
  out.punches.push({ line, pin, at, verifyMode, inOut });
}

export function parseTabLog(text: string): LogParseResult {
  const out: LogParseResult = { punches: [], errors: [] };
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.trim() === "") return;
      const cols = raw.split("\t");
      if (cols.length < 2)
        return void out.errors.push({ line: index + 1, message: "Baris harus berisi PIN dan waktu dipisahkan tab." });
      punchFrom(index + 1, cols[0], cols[1], cols[2], cols[3], out);
    });
  return out;
}

const PIN_HEADERS = ["pin", "user id", "userid", "user_id", "ac-no", "ac-no.", "no. id", "id"];
const STAMP_HEADERS = [
  "waktu",
  "timestamp",
  "datetime",
  "date time",
  "date_time",
  "check time",
  "checktime",
  "tanggal waktu",
];
const DATE_HEADERS = ["tanggal", "date"];
const TIME_HEADERS = ["jam", "time"];
const VERIFY_HEADERS = ["verify", "verify mode", "verifymode", "verify_mode", "verifikasi"];
const STATE_HEADERS = ["state", "status", "in/out", "inout", "in_out"];

export function parseCsvLog(text: string): LogParseResult {
  const out: LogParseResult = { punches: [], errors: [] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const find = (names: string[]) => header.findIndex((h) => names.includes(h));
  const pinCol = find(PIN_HEADERS);
  const stampCol = find(STAMP_HEADERS);
  const dateCol = find(DATE_HEADERS);
  const timeCol = find(TIME_HEADERS);
  if (pinCol < 0 || (stampCol < 0 && (dateCol < 0 || timeCol < 0))) {
    out.errors.push({ line: 1, message: "Baris judul CSV harus memuat kolom PIN dan waktu (atau tanggal dan jam)." });
    return out;
  }
  const verifyCol = find(VERIFY_HEADERS);
  const stateCol = find(STATE_HEADERS);
  rows.slice(1).forEach((cols, index) => {
    const line = index + 2;
    if (cols.every((c) => c.trim() === "")) return;
    const stamp = stampCol >= 0 ? (cols[stampCol] ?? "") : `${cols[dateCol] ?? ""} ${cols[timeCol] ?? ""}`;
    punchFrom(
      line,
      cols[pinCol] ?? "",
      stamp,
      verifyCol >= 0 ? cols[verifyCol] : undefined,
      stateCol >= 0 ? cols[stateCol] : undefined,
      out,
    );
  });
  return out;
}

export function parseAttendanceLog(format: LogFormat, text: string): LogParseResult {
  return format === "tab" ? parseTabLog(text) : parseCsvLog(text);
}
