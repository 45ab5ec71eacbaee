import "server-only";
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";
import { addCalendarDays } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { getSkmSummaryForFilter } from "../skm/summary-queries";
import { previousPeriod, type Period } from "../periods/periods";
import { getElementMoments } from "../skm/answer-queries";
import type { TFollowUpSection } from "../publication/snapshot-payload";
import { buildFollowUpSection } from "./report-section";
import { computeFollowUpKpis, type FollowUpKpis } from "./metrics";
import { isOverdueFollowUp, type FollowUpStatus } from "./rules";
import { findUserNamesByIds } from "../users/staff-queries";

const LIST_SELECT = {
  id: true,
  periodKey: true,
  sourceKind: true,
  sourceCode: true,
  title: true,
  description: true,
  ownerUserId: true,
  ownerUnit: true,
  startDay: true,
  dueDay: true,
  status: true,
  doneDay: true,
  dropReason: true,
  evidenceText: true,
  baselineNrr: true,
  createdBy: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { attachments: true } },
} as const;

export type FollowUpListItem = {
  id: string;
  periodKey: string;
  sourceKind: string;
  sourceCode: string;
  title: string;
  description: string;
  ownerUserId: string | null;
  ownerName: string | null;
  ownerUnit: string | null;
  startDay: string;
  dueDay: string;
  status: string;
  doneDay: string | null;
  dropReason: string | null;
  evidenceText: string;
  baselineNrr: number | null;
  createdBy: string;
  attachmentCount: number;
};

async function withOwnerNames(
  rows: { ownerUserId: string | null; _count: { attachments: number } }[],
  db: Db,
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.ownerUserId).filter((v): v is string => v !== null))];
  if (ids.length === 0) return new Map();
  const users = await findUserNamesByIds(ids, db);
  return new Map(users.map((u) => [u.id, u.name]));
}

async function toItems<
  R extends Omit<FollowUpListItem, "ownerName" | "attachmentCount"> & {
    _count: { attachments: number };
  },
>(rows: R[], db: Db): Promise<FollowUpListItem[]> {
  const names = await withOwnerNames(rows, db);
  return rows.map(({ _count, ...row }) => ({
    ...row,
    ownerName: row.ownerUserId ? (names.get(row.ownerUserId) ?? null) : null,
    attachmentCount: _count.attachments,
  }));
}

/** Actions, newest due first; by period, status and owner when given. */
export async function listFollowUpActions(
  filter: { periodKey?: string; status?: FollowUpStatus; ownerUserId?: string; periodKeys?: string[] } = {},
  db: Db = getDb(),
): Promise<FollowUpListItem[]> {
  const rows = await db.followUpAction.findMany({
    where: {
      periodKey: filter.periodKey ?? (filter.periodKeys ? { in: filter.periodKeys } : undefined),
      status: filter.status,
      ownerUserId: filter.ownerUserId,
    },
    orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }],
    select: LIST_SELECT,
    take: 500,
  });
  return toItems(rows, db);
}

/** One action with its attachments' metadata (never their bytes). */
export async function getFollowUpAction(id: string, db: Db = getDb()) {
  const row = await db.followUpAction.findUnique({ where: { id }, select: LIST_SELECT });
  if (!row) return null;
  const [item] = await toItems([row], db);
  const attachments = await db.followUpAttachment.findMany({
    where: { actionId: id },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      size: true,
      sha256: true,
      isPublic: true,
      uploadedBy: true,
      createdAt: true,
    },
  });
  return { ...item!, attachments };
}

/**
 * An evidence file's bytes for a download. `publicOnly` (the public report) finds only files marked public; staff
 * downloads find any file of the action.
 */
export async function getFollowUpAttachmentContent(
  attachmentId: string,
  options: { publicOnly: boolean; actionId?: string },
  db: Db = getDb(),
) {
  const row = await db.followUpAttachment.findUnique({
    where: { id: attachmentId },
    select: { actionId: true, fileName: true, mediaType: true, size: true, isPublic: true, content: true },
  });
  if (!row) return null;
  if (options.publicOnly && !row.isPublic) return null;
  if (options.actionId && row.actionId !== options.actionId) return null;
  return row;
}

/** Open actions past their due day, and those due in the next `horizonDays` days (weekly review). */
export async function listFollowUpsDue(today: string, horizonDays = 7, db: Db = getDb()) {
  const rows = await listOpenDueBy(addCalendarDays(today, horizonDays), db);
  return {
    overdue: rows.filter((r) => isOverdueFollowUp(r, today)),
    dueSoon: rows.filter((r) => !isOverdueFollowUp(r, today)),
  };
}

async function listOpenDueBy(lastDay: string, db: Db): Promise<FollowUpListItem[]> {
  const rows = await db.followUpAction.findMany({
    where: { status: { in: ["planned", "in_progress"] }, dueDay: { lte: lastDay } },
    orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }],
    select: LIST_SELECT,
    take: 200,
  });
  return toItems(rows, db);
}

/** The follow-up KPIs of a period (lib/follow-up/metrics.ts) on the office's working calendar. */
export async function getFollowUpKpis(
  period: { from: string; to: string },
  today: string,
  db: Db = getDb(),
): Promise<FollowUpKpis> {
  const [cal, rows] = await Promise.all([
    loadWorkCalendar(db),
    db.followUpAction.findMany({
      where: {
        OR: [{ dueDay: { gte: period.from, lte: period.to } }, { doneDay: { gte: period.from, lte: period.to } }],
      },
      select: { status: true, startDay: true, dueDay: true, doneDay: true },
    }),
  ]);
  return computeFollowUpKpis(cal, rows, period, today);
}

/**
 * A period's SKM elements (2017 questionnaire) weakest first, with how many actions already target each: what the
 * leadership picks from when planning the follow-up.
 */
export async function getPeriodElementsForPlanning(period: Period, db: Db = getDb()) {
  const args = {
    by: ["sourceCode"],
    where: { periodKey: period.key, sourceKind: "element", status: { not: "dropped" } },
    _count: { _all: true },
  } satisfies DbArgs.FollowUpActionGroupByArgs;
  const [summary, actions] = await Promise.all([
    getSkmSummaryForFilter({ from: period.from, to: period.to, questionnaire: "SKM-2017" }, db),
    perEngine(db, {
      sqlite: (c) => c.followUpAction.groupBy(args),
      postgresql: (c) => c.followUpAction.groupBy(args),
    }),
  ]);
  const counts = new Map(actions.map((a) => [a.sourceCode, a._count._all]));
  return {
    respondents: summary.respondents,
    elements: summary.elements
      .filter((e) => e.nrr !== null)
      .sort((a, b) => a.nrr! - b.nrr!)
      .map((e) => ({
        code: e.code,
        name: e.name,
        nameEn: e.nameEn,
        nrr: e.nrr!,
        isWeakest: summary.weakest.includes(e.code),
        actions: counts.get(e.code) ?? 0,
      })),
  };
}

/**
 * The follow-up section frozen into the SKM report of `period`: the actions planned from the previous period, their
 * status now, their public evidence files, and the NRR change of each targeted element from that period to this one.
 */
export async function getFollowUpReportSection(period: Period, db: Db = getDb()): Promise<TFollowUpSection> {
  const previous = previousPeriod(period);
  const actions = await db.followUpAction.findMany({
    where: { periodKey: previous.key },
    orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      sourceKind: true,
      sourceCode: true,
      status: true,
      dueDay: true,
      doneDay: true,
      dropReason: true,
      attachments: {
        where: { isPublic: true },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, mediaType: true },
      },
    },
  });
  const codes = [...new Set(actions.filter((a) => a.sourceKind === "element").map((a) => a.sourceCode))];
  const [before, after] =
    codes.length === 0
      ? [new Map(), new Map()]
      : await Promise.all([
          getElementMoments({ from: previous.from, to: previous.to, questionnaire: "SKM-2017" }, codes, db),
          getElementMoments({ from: period.from, to: period.to, questionnaire: "SKM-2017" }, codes, db),
        ]);
  return buildFollowUpSection(
    previous,
    actions.map(({ attachments, ...a }) => ({ ...a, publicFiles: attachments })),
    { before, after },
  );
}

/** The names of the evidence files of some actions, by action id (no bytes). */
export async function listEvidenceFileNames(actionIds: readonly string[], db: Db = getDb()) {
  const rows = await db.followUpAttachment.findMany({
    where: { actionId: { in: [...actionIds] } },
    orderBy: { createdAt: "asc" },
    select: { actionId: true, fileName: true },
  });
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(row.actionId, [...(out.get(row.actionId) ?? []), row.fileName]);
  return out;
}
