/**
 * The age of an open file in working days, as the processing dashboard's aging chart counts it (issue 16): working
 * days after the day its clock started up to today, less the working days of its closed returns to the applicant
 * (`pausedDays`) and of a return still open (from `pausedSince` on), never below 0. The age depends on per-file
 * pauses, so the drill-down of an aging bar picks its files with this same function in code, not with a date
 * interval. Pure.
 */
import { addCalendarDays } from "../calendar/wib-dates";
import { countWorkingDays, type WorkCalendar } from "../calendar/work-calendar";
import { agingBucketIndex, AGING_BUCKET_KEYS, type AgingBucketKey } from "./processing-stats";

/** What an open file's age depends on (the columns of Application the dashboard groups by). */
export type OpenClock = { clockStartDay: string; pausedDays: number; pausedSince: string | null };

/** Working days an open file has run by `today` (a WIB day). */
export function openAgeWorkingDays(cal: WorkCalendar, file: OpenClock, today: string): number {
  const pausedOpen = file.pausedSince ? countWorkingDays(cal, addCalendarDays(file.pausedSince, -1), today) : 0;
  return Math.max(0, countWorkingDays(cal, file.clockStartDay, today) - file.pausedDays - pausedOpen);
}

/** The aging bucket ("0-5" … ">20") of an open file today. */
export function agingBucketOf(cal: WorkCalendar, file: OpenClock, today: string): AgingBucketKey {
  return AGING_BUCKET_KEYS[agingBucketIndex(openAgeWorkingDays(cal, file, today))]!;
}

/** The registration numbers of the open `files` in the aging bucket `key` today, in the order given. */
export function filesInAgingBucket(
  cal: WorkCalendar,
  files: readonly (OpenClock & { registrationNo: string })[],
  key: AgingBucketKey,
  today: string,
): string[] {
  return files.filter((file) => agingBucketOf(cal, file, today) === key).map((file) => file.registrationNo);
}
