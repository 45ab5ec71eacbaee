/** The SLA clock of one application in working days (stop-clock aware). Pure. */
import { formatDayNumber, parseDayNumber } from "./wib-dates";
import { addWorkingDayNumbers, countWorkingDayNumbers, type WorkCalendar } from "./work-calendar";

/** A period in which the file was returned to the applicant (dikembalikan): `to` is the day it came back. */
export type SlaPause = { from: string; to: string | null };

export type SlaClockInput = {
  /** The day the file was complete and correct (berkas lengkap dan benar); it is day 0. */
  clockStart: string;
  /** The SLA in working days for this licence type. */
  slaDays: number;
  pauses: readonly SlaPause[];
  /** The day the licence was finished (issued, rejected or otherwise closed), or null while in process. */
  finishedOn: string | null;
  /** Today's WIB date, passed in by the caller (see `toWibDate`). */
  today: string;
};

export type SlaClock = {
  dueDate: string;
  elapsedWorkingDays: number;
  pausedWorkingDays: number;
  /** slaDays − elapsedWorkingDays: negative once the SLA is exceeded (for finished files, the margin left). */
  remainingWorkingDays: number;
  isOverdue: boolean;
  processingDays: number | null;
  isOnTime: boolean | null;
};

/**
 * The SLA clock of one application, in working days (hari kerja, net of stop-clock; domain reference §5 and §8.2).
 *
 * - The clock starts on `clockStart`, the day the file was complete and correct; that day is day 0.
 * - A pause is a stretch in which the file was returned to the applicant: from `from` (inclusive) to `to`
 *   (exclusive — the day it came back, which counts again); `to = null` means still returned, up to and including
 *   `today`. Pauses are only counted inside (clockStart, end], where end = finishedOn ?? today; overlapping pauses
 *   count once.
 * - elapsedWorkingDays = working days in (clockStart, end] − pausedWorkingDays (the paused working days there).
 * - dueDate = the slaDays-th working day after clockStart, pushed back by each paused working day before it is
 *   reached — i.e. the day the slaDays-th unpaused working day is completed. A pause that starts after the due date
 *   does not move it (the file was already late). An open pause assumes the file comes back tomorrow.
 * - remainingWorkingDays = slaDays − elapsedWorkingDays (negative once exceeded).
 * - isOverdue = unfinished and `isOverdueOn(dueDate, null, today)` (the due date already counts an open pause).
 * - processingDays = elapsedWorkingDays once finished (null before); isOnTime = processingDays ≤ slaDays.
 *
 * Cost: O(1) per call plus O(p log p) for p pauses.
 */
export function computeSlaClock(cal: WorkCalendar, input: SlaClockInput): SlaClock {
  const { slaDays, finishedOn } = input;
  if (!Number.isInteger(slaDays) || slaDays < 0) {
    throw new RangeError(`slaDays must be a whole number of working days ≥ 0, got ${slaDays}`);
  }
  const clockStart = parseDayNumber(input.clockStart, "clockStart");
  const today = parseDayNumber(input.today, "today");
  const end = finishedOn === null ? today : parseDayNumber(finishedOn, "finishedOn");

  const pauses = clipPauses(input.pauses, clockStart + 1, end);
  let pausedWorkingDays = 0;
  for (const [from, to] of pauses) pausedWorkingDays += countWorkingDayNumbers(cal, from - 1, to);
  const elapsedWorkingDays = countWorkingDayNumbers(cal, clockStart, end) - pausedWorkingDays;

  // Walk the unpaused stretches until slaDays working days have been used.
  let needed = slaDays;
  let cursor = clockStart;
  for (const [from, to] of pauses) {
    const available = countWorkingDayNumbers(cal, cursor, from - 1);
    if (available >= needed) break;
    needed -= available;
    cursor = to;
  }
  const dueDate = addWorkingDayNumbers(cal, cursor, needed);

  const isFinished = finishedOn !== null;
  return {
    dueDate: formatDayNumber(dueDate),
    elapsedWorkingDays,
    pausedWorkingDays,
    remainingWorkingDays: slaDays - elapsedWorkingDays,
    isOverdue: !isFinished && isOverdueOn(formatDayNumber(dueDate), null, input.today),
    processingDays: isFinished ? elapsedWorkingDays : null,
    isOnTime: isFinished ? elapsedWorkingDays <= slaDays : null,
  };
}

/**
 * The one definition of "overdue" (terlambat) for an open file, used by every figure that counts or lists overdue
 * files (the SLA clock above, the processing summary's SQL count, the dashboard's list and aging chart):
 * its SLA ran out before its clock stopped. `dueDate` is the due date over the closed pauses; `pausedSince` is the
 * first day of a return to the applicant that is still open (null while the office has the file).
 * - With the office: overdue once today is past the due date (dueDate < today; on the due date itself it is not).
 * - Returned to the applicant: the clock stopped on `pausedSince`, so the file is overdue only when the due date
 *   had already passed then (dueDate < pausedSince); waiting for the applicant never makes it late.
 * Finished files are never overdue (their lateness is isOnTime = false). In SQL this is
 * `"dueDate" < COALESCE("pausedSince", :today)` over the open statuses (lib/applications/overdue-sql.ts).
 */
export function isOverdueOn(dueDate: string, pausedSince: string | null, today: string): boolean {
  return dueDate < (pausedSince ?? today);
}

/** Pauses as inclusive day-number ranges clipped to [first, last], sorted and merged. */
function clipPauses(pauses: readonly SlaPause[], first: number, last: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pause of pauses) {
    const from = Math.max(parseDayNumber(pause.from, "pause.from"), first);
    const to = Math.min(pause.to === null ? last : parseDayNumber(pause.to, "pause.to") - 1, last);
    if (from <= to) ranges.push([from, to]);
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [ranges[0]];
  for (let index = 1; index < ranges.length; index += 1) {
    const previous = merged[merged.length - 1];
    const [from, to] = ranges[index];
    if (from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
