import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { phoneForViewer, normalizeCheckCode } from "./complaint-rules";
import {
  complaintTrend,
  isOverdue,
  summarizeComplaints,
  type ComplaintSummary,
  type ComplaintTrendPoint,
} from "./metrics";
import { loadComplaintCalendar } from "./handling-category-queries";
import { TouchedYears, calendarWarnings, calendarWarningsForDays, type CalendarWarning } from "../calendar/coverage";
import { toWibDate } from "../calendar/working-days";
import { parseTicketNumber } from "./complaint-rules";
import { listUserNames } from "../users/list-queries";
import { listActiveStaff } from "../users/staff-queries";

const METRIC_FIELDS = {
  category: true,
  status: true,
  receivedOn: true,
  deadlineOn: true,
  firstAnsweredAt: true,
  resolvedAt: true,
  handlingCategory: true,
  originalDeadlineOn: true,
  verification: true,
  extendedAt: true,
} as const;
const OPEN_STATUSES = ["new", "assigned", "answered"];

export type ComplaintListFilter = { status?: string; isOverdueOnly?: boolean; today: string; take?: number };

/** The rows of a staff list as `filter` selects them (open, overdue as of `filter.today`, one status or all). */
export function complaintListWhere(filter: ComplaintListFilter) {
  return filter.isOverdueOnly
    ? { status: { in: OPEN_STATUSES }, deadlineOn: { lt: filter.today } }
    : filter.status === "open"
      ? { status: { in: OPEN_STATUSES } }
      : filter.status && filter.status !== "all"
        ? { status: filter.status }
        : {};
}

type ComplaintRecord = Awaited<ReturnType<Db["complaint"]["findMany"]>>[number];

/** Complaint records as the staff list shows them: the assignee's name, the overdue flag, phones masked unless ADMIN. */
export async function toComplaintListRows(rows: ComplaintRecord[], viewerRole: string, today: string) {
  // Users are lib/users' table (a short one): every name through its query, only when a row has an assignee.
  const users = rows.some((r) => r.assigneeId) ? await listUserNames() : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    ticketNo: r.ticketNo,
    channel: r.channel,
    category: r.category,
    status: r.status,
    text: r.text,
    sender: r.senderName ?? phoneForViewer(r.senderPhone, viewerRole),
    receivedAt: r.receivedAt,
    deadlineOn: r.deadlineOn,
    handlingCategory: r.handlingCategory,
    verification: r.verification,
    isExtended: r.extendedAt !== null,
    assigneeName: r.assigneeId ? (names.get(r.assigneeId) ?? "") : "",
    isOverdue: isOverdue(r, today),
  }));
}
export type ComplaintListRow = Awaited<ReturnType<typeof toComplaintListRows>>[number];

/** The staff list: newest first, with the overdue flag and the assignee's name; phones masked unless ADMIN. */
export async function listComplaints(filter: ComplaintListFilter, viewerRole: string) {
  const rows = await getDb().complaint.findMany({
    where: complaintListWhere(filter),
    orderBy: { receivedAt: "desc" },
    take: filter.take ?? 200,
  });
  return toComplaintListRows(rows, viewerRole, filter.today);
}

/** Calendar warnings for a complaint list: the deadlines shown (and today) depend on these years' holiday lists. */
export async function complaintListCalendarWarnings(
  rows: ReadonlyArray<{ deadlineOn: string; receivedAt: Date }>,
  today: string,
  db: Db = getDb(),
): Promise<CalendarWarning[]> {
  const touched = new TouchedYears().add(today);
  for (const row of rows) touched.add(row.deadlineOn, toWibDate(row.receivedAt));
  return calendarWarnings(await loadComplaintCalendar(db), touched);
}

/** One complaint with its notes, for the handling page. */
export async function getComplaintDetail(id: string, viewerRole: string, today: string) {
  const db = getDb();
  const complaint = await db.complaint.findUnique({
    where: { id },
    include: { notes: { orderBy: { createdAt: "asc" } } },
  });
  if (!complaint) return null;
  const assignee = complaint.assigneeId
    ? (await listUserNames()).find((user) => user.id === complaint.assigneeId)
    : undefined;
  const calendar = await loadComplaintCalendar(db);
  const { senderPhone, ...rest } = complaint;
  return {
    ...rest,
    senderPhone: phoneForViewer(senderPhone, viewerRole),
    assigneeName: assignee?.name ?? "",
    isOverdue: isOverdue(complaint, today),
    // The deadline (and the original one) depend on these years' holiday lists.
    calendarWarnings: calendarWarningsForDays(
      calendar,
      complaint.receivedOn,
      complaint.originalDeadlineOn,
      complaint.deadlineOn,
    ),
  };
}

/** Staff who may own a complaint. */
export async function listComplaintHandlers(): Promise<{ id: string; name: string }[]> {
  const staff = await listActiveStaff();
  return staff.filter((user) => user.role === "ADMIN" || user.role === "OFFICER").map(({ id, name }) => ({ id, name }));
}

/**
 * What a citizen sees by ticket number and check code: status, dates and the public answer — never the text, the
 * sender or internal notes, and never another complaint. Null for an unknown or malformed number, or a wrong or
 * missing code (the same answer, so a guess learns nothing). Tickets from before check codes need only the number.
 */
export async function getPublicComplaintStatus(ticketInput: string, checkCodeInput?: string | null) {
  const parsed = parseTicketNumber(ticketInput);
  if (!parsed) return null;
  const row = await getDb().complaint.findUnique({
    where: { ticketNo: parsed.ticketNo },
    select: {
      ticketNo: true,
      checkCode: true,
      status: true,
      category: true,
      channel: true,
      receivedOn: true,
      deadlineOn: true,
      publicAnswer: true,
      firstAnsweredAt: true,
      resolvedAt: true,
    },
  });
  if (!row) return null;
  if (row.checkCode) {
    const given = Buffer.from(normalizeCheckCode(checkCodeInput));
    const expected = Buffer.from(row.checkCode);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  }
  const { checkCode: _code, ...status } = row;
  return status;
}

/** Rows of the complaints received in [from, to] (WIB days), for the metrics. */
async function metricRows(db: Db, from: string, to: string) {
  return db.complaint.findMany({ where: { receivedOn: { gte: from, lte: to } }, select: METRIC_FIELDS });
}

export type ComplaintSummaryReport = ComplaintSummary & {
  from: string;
  to: string;
  today: string;
  trend: ComplaintTrendPoint[];
  /** Years without (or with a provisional) holiday list that the deadlines and working-day counts touched. */
  calendarWarnings: CalendarWarning[];
};

/** The summary of complaints received in [from, to] (see summarizeComplaints for each figure) and its monthly trend. */
export async function getComplaintSummary(
  range: { from: string; to: string; today: string },
  db: Db = getDb(),
): Promise<ComplaintSummaryReport> {
  const [calendar, rows] = await Promise.all([loadComplaintCalendar(db), metricRows(db, range.from, range.to)]);
  const touched = new TouchedYears();
  for (const row of rows) {
    touched.add(row.receivedOn, row.deadlineOn, row.originalDeadlineOn);
    if (row.resolvedAt) touched.add(toWibDate(row.resolvedAt));
    if (row.firstAnsweredAt) touched.add(toWibDate(row.firstAnsweredAt));
  }
  return {
    from: range.from,
    to: range.to,
    today: range.today,
    ...summarizeComplaints(calendar, rows, range.today),
    trend: complaintTrend(calendar, rows, range.today),
    calendarWarnings: calendarWarnings(calendar, touched),
  };
}

export type ComplaintKpis = {
  received: number;
  resolvedWithinDeadlinePercent: number | null;
  medianWorkingDaysToResolution: number | null;
  /** Open complaints past their deadline today, whenever they were received (the backlog to chase). */
  overdueCount: number;
};

/**
 * Complaint KPIs for the leadership dashboard (domain reference §8 item 8): % resolved within deadline and median
 * working days to resolution over complaints received in [from, to]; overdue count over all open complaints today.
 */
export async function getComplaintKpis(
  range: { from: string; to: string; today: string },
  db: Db = getDb(),
): Promise<ComplaintKpis> {
  const [calendar, rows, overdueCount] = await Promise.all([
    loadComplaintCalendar(db),
    metricRows(db, range.from, range.to),
    db.complaint.count({ where: { status: { in: OPEN_STATUSES }, deadlineOn: { lt: range.today } } }),
  ]);
  const summary = summarizeComplaints(calendar, rows, range.today);
  return {
    received: summary.received,
    resolvedWithinDeadlinePercent: summary.resolvedWithinDeadlinePercent,
    medianWorkingDaysToResolution: summary.medianWorkingDaysToResolution,
    overdueCount,
  };
}

/** Open complaints past their deadline, oldest deadline first (leadership dashboard list). */
export async function listOverdueComplaints(today: string, take = 20, db: Db = getDb()) {
  return db.complaint.findMany({
    where: { status: { in: OPEN_STATUSES }, deadlineOn: { lt: today } },
    orderBy: { deadlineOn: "asc" },
    take,
    select: { id: true, ticketNo: true, category: true, status: true, receivedOn: true, deadlineOn: true },
  });
}
