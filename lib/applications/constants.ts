/**
 * The processing stages of a permit application and its outcomes (domain reference §5, "Typical stages").
 * The order is the order a file moves through the office; a stage may be skipped (not every licence needs a
 * field visit) but never revisited.
 */
export const STAGES = [
  "pendaftaran",
  "verifikasi",
  "tinjauan_lapangan",
  "rekomendasi_teknis",
  "penetapan",
  "penyerahan",
] as const;
export type Stage = (typeof STAGES)[number];

export const OUTCOMES = ["issued", "rejected", "withdrawn"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OPEN_STATUSES = ["in_process", "returned"] as const;
export const STATUSES = [...OPEN_STATUSES, ...OUTCOMES] as const;
export type ApplicationStatus = (typeof STATUSES)[number];

export const EVENT_KINDS = ["stage", "pause", "resume", "outcome"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const APPLICANT_KINDS = ["individual", "business"] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** Longest registration number kept (issue 13: office file numbers such as `503/0123/419.47/2026`). */
export const REGISTRATION_NO_MAX = 60;

/**
 * A registration number: segments of letters, digits, `.`, `_` or `-` separated by single `/` (an office file
 * number such as `503/0123/419.47/2026`), starting with a letter or digit, 3–60 characters. No segment is only
 * dots. In URL paths it travels percent-encoded (`503%2F0123%2F419.47%2F2026`).
 */
export const REGISTRATION_NO_PATTERN = /^(?=.{3,60}$)[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9._-]+)*$/;

export const REGISTRATION_NO_RULE =
  "Nomor registrasi 3–60 karakter: huruf, angka, titik, garis bawah, tanda hubung atau garis miring (mis. 503/0123/419.47/2026).";

/**
 * The registration number as stored: surrounding spaces trimmed and spaces around `/` removed
 * (" 503 / 0123 / 419.47 / 2026 " → "503/0123/419.47/2026"); null when the result is not a valid number.
 */
export function normalizeRegistrationNo(input: string): string | null {
  const value = input.trim().replace(/\s*\/\s*/g, "/");
  if (!REGISTRATION_NO_PATTERN.test(value)) return null;
  if (value.split("/").some((segment) => /^\.+$/.test(segment))) return null;
  return value;
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

export function isOpenStatus(status: string): boolean {
  return status === "in_process" || status === "returned";
}
