/**
 * The two follow-up KPIs of the leadership scorecard (issue 18), which PEKPPP (PermenPANRB 29/2022, 2025 instrument,
 * aspect kebijakan: 7 % each) scores as "share of follow-up done" and "speed of follow-up". Pure: rows, the working
 * calendar and `today` come in.
 */
import { countWorkingDays, type WorkCalendar } from "../calendar/working-days";
import { median } from "../applications/processing-stats";
import { isDoneOnTime } from "./rules";

export type FollowUpMetricRow = {
  status: string;
  startDay: string;
  dueDay: string;
  doneDay: string | null;
};

export type FollowUpKpis = {
  /** Actions whose due day fell in the period up to today, not dropped (the denominator of the share). */
  due: number;
  /** Of those, done on or before their due day. */
  doneOnTime: number;
  /** doneOnTime ÷ due × 100, one decimal; null when nothing was due. */
  onTimePercent: number | null;
  /** Actions marked done in the period. */
  done: number;
  /** Median working days from creation (day 0) to done over the actions done in the period; null when none. */
  medianWorkingDaysToDone: number | null;
};

/**
 * Share done on time: the actions due in [from, min(to, today)] that were not dropped; an action counts as on
 * time when it was done on or before its due day. Open actions not yet due, and actions due later but already done,
 * are judged in the period of their due day. Dropped actions leave both numerator and denominator (a decided
 * change of plan with a recorded reason, not a late action).
 *
 * Speed: for each action done in [from, to], the working days d with startDay < d ≤ doneDay (the creation day is
 * day 0, as for the SLA clock), then the median (mean of the two middle values for an even count).
 */
export function computeFollowUpKpis(
  cal: WorkCalendar,
  rows: readonly FollowUpMetricRow[],
  period: { from: string; to: string },
  today: string,
): FollowUpKpis {
  const lastDueDay = period.to < today ? period.to : today;
  const dueRows = rows.filter((r) => r.status !== "dropped" && r.dueDay >= period.from && r.dueDay <= lastDueDay);
  const doneOnTime = dueRows.filter((r) => isDoneOnTime(r) === true).length;
  const doneRows = rows.filter(
    (r): r is FollowUpMetricRow & { doneDay: string } =>
      r.status === "done" && r.doneDay !== null && r.doneDay >= period.from && r.doneDay <= period.to,
  );
  const days = doneRows.map((r) => countWorkingDays(cal, r.startDay, r.doneDay));
  return {
    due: dueRows.length,
    doneOnTime,
    onTimePercent: dueRows.length === 0 ? null : Math.round((doneOnTime / dueRows.length) * 1000) / 10,
    done: doneRows.length,
    medianWorkingDaysToDone: median(days),
  };
}
