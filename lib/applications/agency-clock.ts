/**
 * The technical agency's clock on one file (issue 20): the working days the file has spent in the
 * `rekomendasi_teknis` stage, against the licence type's agency SLA. Counted exactly like the licence SLA
 * (lib/calendar/working-days.ts `computeSlaClock`): the day the file entered the stage is day 0, days with the
 * file back at the applicant (return → file back) do not count, and the stage ends on the day of the next stage or
 * outcome. The stage duration stored on the event (ApplicationEvent.durationDays) is the same count. Pure.
 */
import { computeSlaClock, toWibDate, type SlaPause, type WorkCalendar } from "../calendar/working-days";
import { pausesOf, type TimelineEvent } from "./timeline";

export const AGENCY_STAGE = "rekomendasi_teknis";

export type AgencyStageClock = {
  stageStartedAt: Date;
  startDay: string;
  /** The day the stage ended (next stage or outcome), null while the file is still with the agency. */
  endDay: string | null;
  agencySlaDays: number;
  dueDate: string;
  elapsedWorkingDays: number;
  /** agencySlaDays − elapsedWorkingDays: negative once the agency's SLA is exceeded. */
  remainingWorkingDays: number;
  isOverdue: boolean;
  isWithinSla: boolean;
};

/** The agency clock of the file's recommendation stage at `today` (WIB day), or null when it never entered it. */
export function agencyStageClock(
  cal: WorkCalendar,
  events: readonly TimelineEvent[],
  agencySlaDays: number,
  today: string,
): AgencyStageClock | null {
  const index = events.findIndex((event) => event.kind === "stage" && event.stage === AGENCY_STAGE);
  if (index < 0) return null;
  const start = events[index];
  const end = events.slice(index + 1).find((event) => event.kind === "stage" || event.kind === "outcome") ?? null;
  return agencyClockFrom(cal, {
    stageStartedAt: start.at,
    endDay: end ? toWibDate(end.at) : null,
    pauses: pausesOf(events),
    agencySlaDays,
    today,
  });
}

/**
 * The same clock from the stage's start, its end day and the file's pauses: a file that waits without having been
 * returned during the stage needs only its start (the dashboards group such files by start day).
 */
export function agencyClockFrom(
  cal: WorkCalendar,
  input: {
    stageStartedAt: Date;
    endDay: string | null;
    pauses: readonly SlaPause[];
    agencySlaDays: number;
    today: string;
  },
): AgencyStageClock {
  const { stageStartedAt, endDay, agencySlaDays, today } = input;
  const startDay = toWibDate(stageStartedAt);
  const clock = computeSlaClock(cal, {
    clockStart: startDay,
    slaDays: agencySlaDays,
    pauses: input.pauses,
    finishedOn: endDay,
    today: endDay ?? (today < startDay ? startDay : today),
  });
  return {
    stageStartedAt,
    startDay,
    endDay,
    agencySlaDays,
    dueDate: clock.dueDate,
    elapsedWorkingDays: clock.elapsedWorkingDays,
    remainingWorkingDays: clock.remainingWorkingDays,
    isOverdue: clock.isOverdue,
    isWithinSla: clock.elapsedWorkingDays <= agencySlaDays,
  };
}
