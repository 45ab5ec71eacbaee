/**
 * Who may say when and how a survey response was collected (issue 12, item 1). Pure: the caller passes the
 * source of the request (resolved from its credentials), the office policy and `now`.
 *
 * - public (no credentials: the survey link, QR, public form, anonymous API): channels web/link/qr only; the
 *   response is stamped with the server's time and a client `submittedAt` is ignored.
 * - kiosk (a valid X-Kiosk-Key): channel kiosk only; a queued `submittedAt` is kept when it is not before the
 *   kiosk's enrolment, not more than KIOSK_CLOCK_SKEW_MS in the future and at most `kioskQueueDays` old.
 * - staff (API token or signed-in session): paper needs enterPaperSurveys, import needs importData; on those two
 *   channels the given date is kept; on online channels the server's time is used.
 * - import (the CSV import, already authorised with importData): every row's date is kept.
 * Every kept date must fall on or after the questionnaire version's validFrom day and on or before today (WIB).
 */
import { can, type Role } from "../auth/roles";
import { toWibDate } from "../calendar/working-days";
import type { Questionnaire } from "./questionnaires";

export const SURVEY_CHANNELS = ["link", "qr", "kiosk", "web", "paper", "import"] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];
/** Channels a respondent uses without credentials. */
export const PUBLIC_CHANNELS: readonly SurveyChannel[] = ["web", "link", "qr"];
/** Channels whose forms were filled in on paper (or elsewhere) and typed in or imported by staff. */
export const STAFF_CHANNELS: readonly SurveyChannel[] = ["paper", "import"];

/** How far a kiosk tablet's clock may run ahead of the server. */
export const KIOSK_CLOCK_SKEW_MS = 10 * 60 * 1000;
export const DEFAULT_KIOSK_QUEUE_DAYS = 7;

export type SubmissionSource =
  { kind: "public" } | { kind: "kiosk"; enrolledAt: Date } | { kind: "staff"; role: Role } | { kind: "import" };

export type CollectionPolicy = {
  /** Oldest queued kiosk response accepted, in days (office setting skm.kioskQueueDays). */
  kioskQueueDays: number;
  /** Paper sheets (typed in or imported) may leave unsur and profile boxes blank (office setting skm.allowIncompletePaper). */
  allowIncompletePaper: boolean;
};

export const DEFAULT_COLLECTION_POLICY: CollectionPolicy = {
  kioskQueueDays: DEFAULT_KIOSK_QUEUE_DAYS,
  allowIncompletePaper: false,
};

export type ChannelDenial = { code: "UNAUTHENTICATED" | "FORBIDDEN" | "VALIDATION"; message: string };

/** Whether `source` may submit on `channel`; null when it may. */
export function channelDenial(channel: SurveyChannel, source: SubmissionSource): ChannelDenial | null {
  if (source.kind === "import") return null;
  if (source.kind === "kiosk") {
    return channel === "kiosk" ? null : { code: "VALIDATION", message: "Perangkat kiosk mengirim dengan kanal kiosk." };
  }
  if (channel === "kiosk")
    return { code: "UNAUTHENTICATED", message: "Kanal kiosk memerlukan kunci perangkat kiosk yang terdaftar." };
  if (!STAFF_CHANNELS.includes(channel)) return null;
  if (source.kind === "public") {
    return { code: "UNAUTHENTICATED", message: `Kanal ${channel} hanya untuk petugas (token API atau sesi staf).` };
  }
  const capability = channel === "paper" ? "enterPaperSurveys" : "importData";
  return can(source.role, capability)
    ? null
    : { code: "FORBIDDEN", message: `Peran ${source.role} tidak boleh mengirim kanal ${channel}.` };
}

/** True when this source's own date for the response is believed (otherwise the server's time is stored). */
export function isClaimedDateTrusted(channel: SurveyChannel, source: SubmissionSource): boolean {
  if (source.kind === "import" || source.kind === "kiosk") return true;
  return source.kind === "staff" && STAFF_CHANNELS.includes(channel);
}

export type DateDecision = { ok: true; submittedAt: Date } | { ok: false; message: string };

/** The instant to store for a response: the server's `now` or a trusted, bounded client date. */
export function decideSubmittedAt(
  claimed: Date | undefined,
  channel: SurveyChannel,
  source: SubmissionSource,
  questionnaire: Questionnaire,
  policy: CollectionPolicy,
  now: Date,
): DateDecision {
  if (!claimed || !isClaimedDateTrusted(channel, source)) return { ok: true, submittedAt: now };
  const day = toWibDate(claimed);
  if (day < questionnaire.validFrom) {
    return {
      ok: false,
      message: `submittedAt ${day} sebelum kuesioner ${questionnaire.code} berlaku (${questionnaire.validFrom})`,
    };
  }
  if (source.kind === "kiosk") {
    if (claimed.getTime() > now.getTime() + KIOSK_CLOCK_SKEW_MS)
      return { ok: false, message: "submittedAt tidak boleh di masa depan" };
    if (claimed.getTime() < source.enrolledAt.getTime())
      return { ok: false, message: "submittedAt sebelum kiosk ini didaftarkan" };
    if (claimed.getTime() < now.getTime() - policy.kioskQueueDays * 86_400_000) {
      return {
        ok: false,
        message: `submittedAt lebih dari ${policy.kioskQueueDays} hari yang lalu (batas antrean kiosk)`,
      };
    }
    return { ok: true, submittedAt: claimed };
  }
  if (day > toWibDate(now)) return { ok: false, message: `submittedAt ${day} tidak boleh setelah hari ini` };
  return { ok: true, submittedAt: claimed };
}

/** Whether blank unsur and profile boxes are accepted: only paper sheets, and only when the office allows it. */
export function isIncompleteAllowed(
  channel: SurveyChannel,
  source: SubmissionSource,
  policy: CollectionPolicy,
): boolean {
  if (!policy.allowIncompletePaper) return false;
  return source.kind === "import" || (source.kind === "staff" && STAFF_CHANNELS.includes(channel));
}
