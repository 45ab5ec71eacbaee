import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { parsePeriodKey, type Period } from "../periods/periods";
import type { Actor } from "../users/user-store";
import { getSnapshot, listCurrentSnapshots, listSnapshotVersions } from "../publication/queries";
import {
  parseSkmReportSnapshot,
  type TSkmReportSnapshot,
  type TSkmReportSnapshotBody,
} from "../publication/snapshot-payload";
import { getSkmDashboard } from "./dashboard-queries";
import { getQuestionnaire } from "./questionnaires";
import { getSkmSummaryForFilter } from "./summary-queries";
import { getFollowUpReportSection } from "../follow-up/queries";
import type { SkmSummary } from "./summary";

export type SkmReportStatus = "DRAFT" | "PUBLISHED";

/** Reports are published for the whole office on the 2017 questionnaire. */
const REPORT_QUESTIONNAIRE = "SKM-2017";
export const SYSTEM_ACTOR: Actor = { id: null, label: "system", role: "ADMIN" };

export type SkmReportVersion = {
  version: number;
  publishedAt: Date;
  publishedBy: string;
  ikm: number | null;
  grade: string | null;
  respondents: number;
};

export type PublishedSkmReport = {
  period: Period;
  followUpPlan: string;
  /** When this version was published. */
  publishedAt: Date;
  version: number;
  isCurrent: boolean;
  /** Every version, newest first (length 1 = never revised). */
  versions: SkmReportVersion[];
  data: Pick<TSkmReportSnapshot, "summary" | "profile">;
  snapshot: TSkmReportSnapshot;
};

export function parseCalendarPeriod(periodKey: string): Period {
  const period = parsePeriodKey(periodKey);
  if (!period || period.kind === "custom") {
    throw new AppError("VALIDATION", "Kunci periode tidak valid", {
      fields: { periodKey: "Gunakan mis. 2026-Q3, 2026-S1, 2026-10 atau 2026" },
    });
  }
  return period;
}

/** The figures of a period as they are now, shaped as the snapshot that publishing stores. */
export async function buildSkmReportPayload(
  period: Period,
  followUpPlan: string,
  db: Db = getDb(),
): Promise<TSkmReportSnapshotBody> {
  const [data, followUp] = await Promise.all([
    getSkmDashboard(
      { from: period.from, to: period.to, questionnaire: REPORT_QUESTIONNAIRE },
      { trendKind: period.kind === "custom" ? "month" : period.kind, trendCount: 1 },
      db,
    ),
    getFollowUpReportSection(period, db),
  ]);
  return {
    period: {
      key: period.key,
      kind: period.kind,
      from: period.from,
      to: period.to,
      labelId: period.labelId,
      labelEn: period.labelEn,
    },
    questionnaire: REPORT_QUESTIONNAIRE,
    method: getQuestionnaire(REPORT_QUESTIONNAIRE)!.method,
    summary: data.summary,
    profile: data.profile,
    followUpPlan,
    followUp,
  };
}

function versionOf(row: {
  version: number;
  publishedAt: Date;
  publishedBy: string;
  payload: string;
}): SkmReportVersion {
  const s = parseSkmReportSnapshot(row.payload).summary;
  return {
    version: row.version,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    ikm: s.ikm,
    grade: s.grade,
    respondents: s.respondents,
  };
}

/** Published reports, newest period first, with the headline figures of their current snapshot. */
export async function listPublishedSkmReports(
  db: Db = getDb(),
): Promise<{ period: Period; summary: SkmSummary; publishedAt: Date; version: number }[]> {
  const [reports, snapshots] = await Promise.all([
    db.skmReport.findMany({ where: { status: "PUBLISHED" }, select: { periodKey: true } }),
    listCurrentSnapshots("skm-report", db),
  ]);
  const published = new Set(reports.map((r) => r.periodKey));
  const out = [];
  for (const row of snapshots) {
    const period = parsePeriodKey(row.subject);
    if (!period || !published.has(row.subject)) continue;
    out.push({
      period,
      summary: parseSkmReportSnapshot(row.payload).summary,
      publishedAt: row.publishedAt,
      version: row.version,
    });
  }
  return out.sort((a, b) =>
    a.period.to === b.period.to ? b.period.from.localeCompare(a.period.from) : b.period.to.localeCompare(a.period.to),
  );
}

/**
 * A published report as it was frozen (the current version, or `version` for an earlier one); null for drafts,
 * withdrawn reports, unknown periods and unknown versions (the public sees none of them). Never reads live figures.
 */
export async function getPublishedSkmReport(
  periodKey: string,
  options: { version?: number } = {},
  db: Db = getDb(),
): Promise<PublishedSkmReport | null> {
  const period = parsePeriodKey(periodKey);
  if (!period) return null;
  const report = await db.skmReport.findUnique({ where: { periodKey: period.key }, select: { status: true } });
  if (!report || report.status !== "PUBLISHED") return null;
  const rows = await listSnapshotVersions("skm-report", period.key, db);
  const row = options.version === undefined ? rows[0] : rows.find((r) => r.version === options.version);
  if (!row) return null;
  const snapshot = parseSkmReportSnapshot(row.payload);
  return {
    period,
    followUpPlan: snapshot.followUpPlan,
    publishedAt: row.publishedAt,
    version: row.version,
    isCurrent: row.version === rows[0]!.version,
    versions: rows.map(versionOf),
    data: { summary: snapshot.summary, profile: snapshot.profile },
    snapshot,
  };
}

export async function listSkmReports(db: Db = getDb()) {
  return db.skmReport.findMany({ orderBy: { periodKey: "desc" } });
}

export async function listSkmPopulations(db: Db = getDb()) {
  return db.skmPopulation.findMany({ orderBy: { periodKey: "desc" } });
}

export type SkmReportStaffStatus = {
  periodKey: string;
  published: SkmReportVersion | null;
  live: { ikm: number | null; grade: string | null; respondents: number };
  /** Responses of the period that the published figure does not contain (negative: removed since publishing). */
  notYetPublished: number;
  /** True when the live figure differs from the published one (more responses, an undone import, a weight change). */
  isStale: boolean;
};

/** For the staff page: each published period's frozen figure next to what the raw data gives today. */
export async function getSkmReportStaffStatus(periodKey: string, db: Db = getDb()): Promise<SkmReportStaffStatus> {
  const period = parseCalendarPeriod(periodKey);
  const [row, live] = await Promise.all([
    getSnapshot("skm-report", period.key, undefined, db),
    getSkmSummaryForFilter({ from: period.from, to: period.to, questionnaire: REPORT_QUESTIONNAIRE }, db),
  ]);
  const published = row ? versionOf(row) : null;
  const notYetPublished = published ? live.respondents - published.respondents : 0;
  return {
    periodKey: period.key,
    published,
    live: { ikm: live.ikm, grade: live.grade, respondents: live.respondents },
    notYetPublished,
    isStale: published !== null && (notYetPublished !== 0 || live.ikm !== published.ikm),
  };
}
