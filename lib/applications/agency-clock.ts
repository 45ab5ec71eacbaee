/**
 * The technical agency's clock on one file (issue 20): the working days the file has spent in the
 * `rekomendasi_teknis` stage, against the licence type's agency SLA. Counted exactly like the licence SLA
 * (lib/calendar/working-days.ts `computeSlaClock`): the day the file entered the stage is day 0, days with the
 * file back at the applicant (return → file back) do not count, and the stage ends on the day of the next stage or
 * outcome. The stage duration stored on the event (ApplicationEvent.durationDays) is the same count. Pure.
 */
import { computeSlaClock, toWibDate, type WorkCalendar } from "../calendar/working-days";
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
  const startDay = toWibDate(start.at);
  const endDay = end ? toWibDate(end.at) : null;
  const clock = computeSlaClock(cal, {
    clockStart: startDay,
    slaDays: agencySlaDays,
    pauses: pausesOf(events),
    finishedOn: endDay,
    today: endDay ?? (today < startDay ? startDay : today),
  });
  return {
    stageStartedAt: start.at,
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
