/**
 * Handling deadlines and handling-time metrics for complaints, on the working-day clock (lib/calendar).
 * Pure: rows and `today` come in, figures go out. Reported as KPI 8 of the domain reference (§8: complaints
 * received, % resolved, resolution time) and feeding SKM element U8 (penanganan pengaduan).
 */
import { addWorkingDays, countWorkingDays, toWibDate, type WorkCalendar } from "../calendar/working-days";
import { median } from "../applications/processing-stats";
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  isOpenStatus,
  type ComplaintCategory,
  type ComplaintStatus,
} from "./complaint-rules";

export const DEFAULT_DEADLINE_WORKING_DAYS = 5;

/**
 * The handling deadline: the `deadlineDays`-th working day after the day of receipt (WIB). The day of receipt is
 * day 0 even when it is a weekend or holiday, so a complaint sent on Saturday has the same deadline as one sent
 * the Friday before.
 */
export function complaintDeadline(cal: WorkCalendar, receivedOn: string, deadlineDays: number): string {
  if (!Number.isInteger(deadlineDays) || deadlineDays < 1)
    throw new RangeError(`deadlineDays must be ≥ 1, got ${deadlineDays}`);
  return addWorkingDays(cal, receivedOn, deadlineDays);
}

/** The fields of a complaint the metrics need. */
export type ComplaintMetricRow = {
  category: string;
  status: string;
  receivedOn: string;
  /** The deadline in force (extended when an extension was granted). */
  deadlineOn: string;
  firstAnsweredAt: Date | null;
  resolvedAt: Date | null;
  /** Handling category code (issue 13); null on rows from before categories. */
  handlingCategory?: string | null;
  /** The category's deadline as first set; an extension never changes it. Null on rows from before issue 13. */
  originalDeadlineOn?: string | null;
  /** pending | ours | not_ours: a complaint verified as not about this office's service is left out of the figures. */
  verification?: string;
  extendedAt?: Date | null;
};

/** The deadline the metrics judge by: the original one, whatever extension was granted later (issue 13). */
export function metricDeadline(row: Pick<ComplaintMetricRow, "deadlineOn" | "originalDeadlineOn">): string {
  return row.originalDeadlineOn ?? row.deadlineOn;
}

/**
 * A documented extension: `extraDays` more working days after the deadline in force. The reason is kept with the
 * complaint; the original deadline stays what the metrics use.
 */
export function extendedDeadline(cal: WorkCalendar, deadlineOn: string, extraDays: number): string {
  if (!Number.isInteger(extraDays) || extraDays < 1) throw new RangeError(`extraDays must be ≥ 1, got ${extraDays}`);
  return addWorkingDays(cal, deadlineOn, extraDays);
}

/** Open (new, assigned, answered) and past its deadline on `today`: the deadline day itself is still in time. */
export function isOverdue(row: Pick<ComplaintMetricRow, "status" | "deadlineOn">, today: string): boolean {
  return isOpenStatus(row.status) && today > row.deadlineOn;
}

/** Working days from receipt to an instant: countWorkingDays(receivedOn, WIB date of the instant]. Same day = 0. */
export function workingDaysSinceReceipt(cal: WorkCalendar, receivedOn: string, at: Date): number {
  return countWorkingDays(cal, receivedOn, toWibDate(at));
}

/** Resolved (or closed with a resolution time) on or before the deadline day (by default the original one). */
export function isResolvedWithinDeadline(
  row: Pick<ComplaintMetricRow, "deadlineOn" | "originalDeadlineOn" | "resolvedAt">,
  deadline = metricDeadline(row),
): boolean {
  return row.resolvedAt !== null && toWibDate(row.resolvedAt) <= deadline;
}

export type HandlingCategoryFigures = {
  received: number;
  resolvedWithinDeadline: number;
  deadlineDecided: number;
  resolvedWithinDeadlinePercent: number | null;
};

export type ComplaintSummary = {
  received: number;
  byCategory: Record<ComplaintCategory, number>;
  byStatus: Record<ComplaintStatus, number>;
  answered: number;
  resolved: number;
  /** Open and past the deadline on `today` (among the complaints received in the period). */
  overdue: number;
  medianWorkingDaysToFirstAnswer: number | null;
  medianWorkingDaysToResolution: number | null;
  resolvedWithinDeadline: number;
  /** Complaints whose deadline outcome is known: resolved ones, plus open ones already past their deadline. */
  deadlineDecided: number;
  /** 100 × resolvedWithinDeadline ÷ deadlineDecided, rounded to 0.1; null when nothing is decided yet. */
  resolvedWithinDeadlinePercent: number | null;
  /** Complaints whose deadline was extended (with a documented reason). */
  extended: number;
  /** Resolved on or before the extended deadline (for comparison only: the percentage above uses the original). */
  resolvedWithinExtendedDeadline: number;
  /** Verified as not about this office's service (referred elsewhere): counted as received, left out of the rest. */
  notOurService: number;
  /** The same deadline figures per handling category code ("none" for complaints from before categories). */
  byHandlingCategory: Record<string, HandlingCategoryFigures>;
};

const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);

/**
 * Summary of the complaints received in a period.
 * - median working days to first answer: over complaints with a first public answer, working days in
 *   (receivedOn, answer day]; to resolution likewise over resolved complaints.
 * - % resolved within deadline = resolved on or before the deadline ÷ (resolved + open past the deadline). Open
 *   complaints still inside their deadline are left out: their outcome is not known yet. Counting overdue open
 *   complaints keeps a backlog from flattering the figure.
 * - "The deadline" is the handling category's original deadline: an extension (issue 13) is documented and shown,
 *   but it neither turns a late resolution into an on-time one nor takes an open complaint out of `overdue`.
 * - Complaints verified as not about this office's service count in `received` and `notOurService` only.
 */
export function summarizeComplaints(
  cal: WorkCalendar,
  rows: readonly ComplaintMetricRow[],
  today: string,
): ComplaintSummary {
  const byCategory = Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<ComplaintCategory, number>;
  const byStatus = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  const toAnswer: number[] = [];
  const toResolution: number[] = [];
  let resolvedWithinDeadline = 0;
  let overdue = 0;
  let extended = 0;
  let resolvedWithinExtendedDeadline = 0;
  let notOurService = 0;
  const byHandlingCategory: Record<string, HandlingCategoryFigures> = {};
  for (const row of rows) {
    if (row.category in byCategory) byCategory[row.category as ComplaintCategory] += 1;
    if (row.status in byStatus) byStatus[row.status as ComplaintStatus] += 1;
    if (row.verification === "not_ours") {
      notOurService += 1;
      continue;
    }
    const tier = (byHandlingCategory[row.handlingCategory ?? "none"] ??= {
      received: 0,
      resolvedWithinDeadline: 0,
      deadlineDecided: 0,
      resolvedWithinDeadlinePercent: null,
    });
    tier.received += 1;
    if (row.extendedAt) extended += 1;
    if (row.firstAnsweredAt) toAnswer.push(workingDaysSinceReceipt(cal, row.receivedOn, row.firstAnsweredAt));
    if (row.resolvedAt) {
      toResolution.push(workingDaysSinceReceipt(cal, row.receivedOn, row.resolvedAt));
      tier.deadlineDecided += 1;
      if (isResolvedWithinDeadline(row)) {
        resolvedWithinDeadline += 1;
        tier.resolvedWithinDeadline += 1;
      }
      if (isResolvedWithinDeadline(row, row.deadlineOn)) resolvedWithinExtendedDeadline += 1;
    } else if (isOverdue({ status: row.status, deadlineOn: metricDeadline(row) }, today)) {
      overdue += 1;
      tier.deadlineDecided += 1;
    }
  }
  for (const tier of Object.values(byHandlingCategory))
    tier.resolvedWithinDeadlinePercent = percentOf(tier.resolvedWithinDeadline, tier.deadlineDecided);
  const deadlineDecided = toResolution.length + overdue;
  return {
    received: rows.length,
    byCategory,
    byStatus,
    answered: toAnswer.length,
    resolved: toResolution.length,
    overdue,
    medianWorkingDaysToFirstAnswer: median(toAnswer),
    medianWorkingDaysToResolution: median(toResolution),
    resolvedWithinDeadline,
    deadlineDecided,
    resolvedWithinDeadlinePercent: percentOf(resolvedWithinDeadline, deadlineDecided),
    extended,
    resolvedWithinExtendedDeadline,
    notOurService,
    byHandlingCategory,
  };
}

export type ComplaintTrendPoint = {
  month: string; // "YYYY-MM"
  received: number;
  medianWorkingDaysToResolution: number | null;
  resolvedWithinDeadlinePercent: number | null;
};

/** The summary month by month (by month of receipt), for the trend chart. */
export function complaintTrend(
  cal: WorkCalendar,
  rows: readonly ComplaintMetricRow[],
  today: string,
): ComplaintTrendPoint[] {
  const byMonth = new Map<string, ComplaintMetricRow[]>();
  for (const row of rows) {
    const month = row.receivedOn.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(row);
    else byMonth.set(month, [row]);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const s = summarizeComplaints(cal, byMonth.get(month) ?? [], today);
    return {
      month,
      received: s.received,
      medianWorkingDaysToResolution: s.medianWorkingDaysToResolution,
      resolvedWithinDeadlinePercent: s.resolvedWithinDeadlinePercent,
    };
  });
}
