/**
 * The timeline of one application as a small state machine, and the SLA figures derived from it with the
 * working-day clock (lib/calendar/working-days.ts). Pure: events and "today" are passed in.
 *
 * Events: `stage` (entering a stage), `pause` (file returned to the applicant: the clock stops), `resume` (the file
 * came back), `outcome` (issued, rejected, withdrawn: the application is finished).
 */
import {
  addCalendarDays,
  computeSlaClock,
  countWorkingDays,
  toWibDate,
  type SlaPause,
  type WorkCalendar,
} from "../calendar/working-days";
import { STAGES, isOutcome, isStage, type ApplicationStatus, type EventKind, type Stage } from "./constants";

export type TimelineEvent = { kind: EventKind; stage: string; at: Date; note?: string | null };

export type TimelineState = {
  status: ApplicationStatus;
  currentStage: Stage;
  lastAt: Date;
};

/** Why an event cannot follow the current state (Indonesian, user-facing), or null when it can. */
export function checkNextEvent(state: TimelineState, event: TimelineEvent): string | null {
  if (Number.isNaN(event.at.getTime())) return "Waktu kejadian tidak valid.";
  if (event.at.getTime() < state.lastAt.getTime()) {
    return `Urutan tahap salah: ${labelOf(event)} (${event.at.toISOString()}) lebih awal dari kejadian sebelumnya (${state.lastAt.toISOString()}).`;
  }
  if (state.status !== "in_process" && state.status !== "returned") {
    return "Permohonan sudah selesai; tidak ada tahap lagi yang dapat dicatat.";
  }
  switch (event.kind) {
    case "stage": {
      if (!isStage(event.stage)) return `Tahap tidak dikenal: ${event.stage}.`;
      if (state.status === "returned") return "Berkas sedang dikembalikan ke pemohon; catat berkas kembali dulu.";
      const from = STAGES.indexOf(state.currentStage);
      const to = STAGES.indexOf(event.stage);
      if (to <= from) {
        return `Urutan tahap salah: ${event.stage} tidak boleh dicatat setelah ${state.currentStage}.`;
      }
      if (event.stage === "penyerahan" && state.currentStage !== "penetapan") {
        return "Penyerahan hanya setelah penetapan.";
      }
      return null;
    }
    case "pause":
      if (state.status === "returned") return "Berkas sudah dikembalikan ke pemohon.";
      return null;
    case "resume":
      if (state.status !== "returned") return "Berkas tidak sedang dikembalikan ke pemohon.";
      return null;
    case "outcome": {
      if (!isOutcome(event.stage)) return `Hasil tidak dikenal: ${event.stage}.`;
      if (event.stage === "issued" && state.currentStage !== "penyerahan") {
        return "Izin terbit dicatat saat penyerahan (setelah penetapan).";
      }
      if (event.stage === "issued" && state.status === "returned") return "Berkas sedang dikembalikan ke pemohon.";
      return null;
    }
  }
}

function labelOf(event: TimelineEvent): string {
  return event.kind === "stage" || event.kind === "outcome" ? event.stage : event.kind;
}

/** Applies one event (assumed checked) to the state. */
export function applyEvent(state: TimelineState, event: TimelineEvent): TimelineState {
  switch (event.kind) {
    case "stage":
      return { status: "in_process", currentStage: event.stage as Stage, lastAt: event.at };
    case "pause":
      return { ...state, status: "returned", lastAt: event.at };
    case "resume":
      return { ...state, status: "in_process", lastAt: event.at };
    case "outcome":
      return { ...state, status: event.stage as ApplicationStatus, lastAt: event.at };
  }
}

/**
 * Replays a whole timeline from registration. The first event must be the `pendaftaran` stage. Returns the final
 * state, or the index and reason of the first event that breaks the order.
 */
export function replayTimeline(
  events: readonly TimelineEvent[],
): { ok: true; state: TimelineState } | { ok: false; index: number; message: string } {
  const first = events[0];
  if (!first || first.kind !== "stage" || first.stage !== "pendaftaran") {
    return { ok: false, index: 0, message: "Kejadian pertama harus tahap pendaftaran." };
  }
  let state: TimelineState = { status: "in_process", currentStage: "pendaftaran", lastAt: first.at };
  for (let index = 1; index < events.length; index += 1) {
    const problem = checkNextEvent(state, events[index]);
    if (problem) return { ok: false, index, message: problem };
    state = applyEvent(state, events[index]);
  }
  return { ok: true, state };
}

/** Return-to-applicant pauses as WIB day ranges for the SLA clock (`to` null while the file is still out). */
export function pausesOf(events: readonly TimelineEvent[]): SlaPause[] {
  const pauses: SlaPause[] = [];
  let openFrom: string | null = null;
  for (const event of events) {
    if (event.kind === "pause" && openFrom === null) openFrom = toWibDate(event.at);
    else if (event.kind === "resume" && openFrom !== null) {
      pauses.push({ from: openFrom, to: toWibDate(event.at) });
      openFrom = null;
    }
  }
  if (openFrom !== null) pauses.push({ from: openFrom, to: null });
  return pauses;
}

/** Paused working days d with fromExclusive < d ≤ toInclusive (each pause covers [from, to)). */
function pausedWorkingDaysIn(
  cal: WorkCalendar,
  pauses: readonly SlaPause[],
  fromExclusive: string,
  toInclusive: string,
) {
  let total = 0;
  for (const pause of pauses) {
    if (pause.to === null) continue;
    // Pause days are from ≤ d < to, i.e. (from − 1, to − 1] intersected with (fromExclusive, toInclusive].
    const start = dayBefore(pause.from) > fromExclusive ? dayBefore(pause.from) : fromExclusive;
    const end = dayBefore(pause.to) < toInclusive ? dayBefore(pause.to) : toInclusive;
    total += countWorkingDays(cal, start, end);
  }
  return total;
}

function dayBefore(day: string): string {
  return addCalendarDays(day, -1);
}

export type ApplicationFiguresInput = {
  fileCompleteAt: Date;
  slaDays: number;
  feeCharged: number | null;
  tariff: number | null;
  /** The whole timeline in order (as accepted by `replayTimeline`). */
  events: readonly TimelineEvent[];
};

/** The denormalised columns stored on Application, plus each event's `durationDays`. */
export type ApplicationFigures = {
  status: ApplicationStatus;
  currentStage: Stage;
  finishedAt: Date | null;
  clockStartDay: string;
  finishedDay: string | null;
  dueDate: string;
  pausedDays: number;
  pausedSince: string | null;
  processingDays: number | null;
  isOnTime: boolean | null;
  isFeeDiscrepant: boolean;
  /** When the file entered its current stage (the last stage event), its WIB day, and the returns since then. */
  stageStartedAt: Date | null;
  stageStartDay: string | null;
  stagePauses: number;
  /** Per event: working days spent in a stage (until the next stage or the outcome, net of pauses); else null. */
  eventDurations: (number | null)[];
};

/**
 * Figures stored with an application, from its timeline:
 * - clockStartDay = WIB day of fileCompleteAt; finishedDay = WIB day of the outcome event;
 * - dueDate, pausedDays, processingDays, isOnTime from `computeSlaClock` over the closed pauses (an open pause is
 *   kept as pausedSince: a returned file is overdue only when dueDate < pausedSince, because the clock is stopped);
 * - isFeeDiscrepant = a fee was charged and it differs from the official tariff;
 * - stageStartedAt/stageStartDay = the last stage event (the current stage's start), stagePauses = pause events after
 *   it (so a waiting file's agency clock needs its events only when it was returned during the stage);
 * - a stage lasts from its event's day to the next stage/outcome event's day, in working days net of pauses.
 * `today` (WIB day) only matters for open files; it bounds their paused days.
 */
export function deriveApplicationFigures(
  cal: WorkCalendar,
  input: ApplicationFiguresInput,
  today: string,
): ApplicationFigures {
  const replay = replayTimeline(input.events);
  if (!replay.ok) throw new RangeError(replay.message);
  const { state } = replay;
  const outcome = input.events.find((event) => event.kind === "outcome") ?? null;
  const finishedAt = outcome ? outcome.at : null;
  const finishedDay = finishedAt ? toWibDate(finishedAt) : null;
  const clockStartDay = toWibDate(input.fileCompleteAt);
  const pauses = pausesOf(input.events);
  const openPause = pauses.find((pause) => pause.to === null) ?? null;
  // A file withdrawn or rejected while out with the applicant: its last pause ends on the finishing day.
  const closedPauses = pauses
    .filter((pause) => pause.to !== null)
    .concat(openPause && finishedDay ? [{ from: openPause.from, to: finishedDay }] : []);
  const end = finishedDay ?? (today < clockStartDay ? clockStartDay : today);
  const clock = computeSlaClock(cal, {
    clockStart: clockStartDay,
    slaDays: input.slaDays,
    pauses: closedPauses,
    finishedOn: finishedDay,
    today: end,
  });

  const eventDurations: (number | null)[] = input.events.map(() => null);
  let openStage: { index: number; day: string } | null = null;
  input.events.forEach((event, index) => {
    if (event.kind !== "stage" && event.kind !== "outcome") return;
    const day = toWibDate(event.at);
    if (openStage) {
      const from = openStage.day < clockStartDay ? clockStartDay : openStage.day;
      const to = day < from ? from : day;
      eventDurations[openStage.index] =
        countWorkingDays(cal, from, to) - pausedWorkingDaysIn(cal, closedPauses, from, to);
    }
    openStage = event.kind === "stage" ? { index, day } : null;
  });

  const stageIndex = input.events.findLastIndex((event) => event.kind === "stage");
  const stageStartedAt = stageIndex < 0 ? null : input.events[stageIndex].at;
  return {
    status: state.status,
    currentStage: state.currentStage,
    finishedAt,
    clockStartDay,
    finishedDay,
    dueDate: clock.dueDate,
    pausedDays: clock.pausedWorkingDays,
    pausedSince: state.status === "returned" && openPause ? openPause.from : null,
    processingDays: clock.processingDays,
    isOnTime: clock.isOnTime,
    isFeeDiscrepant: input.feeCharged !== null && input.tariff !== null && input.feeCharged !== input.tariff,
    stageStartedAt,
    stageStartDay: stageStartedAt ? toWibDate(stageStartedAt) : null,
    stagePauses: stageIndex < 0 ? 0 : input.events.slice(stageIndex + 1).filter((e) => e.kind === "pause").length,
    eventDurations,
  };
}
