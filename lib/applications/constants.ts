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

/** Registration numbers travel in URLs (/api/v1/applications/{registrationNo}), so no slashes or spaces. */
export const REGISTRATION_NO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,39}$/;

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

export function isOpenStatus(status: string): boolean {
  return status === "in_process" || status === "returned";
}
