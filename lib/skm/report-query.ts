import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { parsePeriodKey, type Period } from "../periods/periods";
import { getSkmDashboard, type SkmDashboardData } from "./dashboard-query";
import { getSkmSummaryForFilter } from "./summary-query";
import type { SkmSummary } from "./summary";

export type SkmReportStatus = "DRAFT" | "PUBLISHED";

/** Published reports, newest period first, with their headline figures (SKM-2017, whole office). */
export async function listPublishedSkmReports(db: Db = getDb()): Promise<{ period: Period; summary: SkmSummary; publishedAt: Date | null }[]> {
  const reports = await db.skmReport.findMany({ where: { status: "PUBLISHED" }, orderBy: { periodKey: "desc" } });
  const out = [];
  for (const r of reports) {
    const period = parsePeriodKey(r.periodKey);
    if (!period) continue;
    out.push({ period, publishedAt: r.publishedAt, summary: await getSkmSummaryForFilter({ from: period.from, to: period.to, questionnaire: "SKM-2017" }, db) });
  }
  return out;
}

/** A published report with its figures; null for drafts and unknown periods (the public sees neither). */
export async function getPublishedSkmReport(
  periodKey: string,
  db: Db = getDb(),
): Promise<{ period: Period; followUpPlan: string; publishedAt: Date | null; data: SkmDashboardData } | null> {
  const period = parsePeriodKey(periodKey);
  if (!period) return null;
  const report = await db.skmReport.findUnique({ where: { periodKey: period.key } });
  if (!report || report.status !== "PUBLISHED") return null;
  const data = await getSkmDashboard(
    { from: period.from, to: period.to, questionnaire: "SKM-2017" },
    { trendKind: period.kind === "custom" ? "month" : period.kind, trendCount: 1 },
    db,
  );
  return { period, followUpPlan: report.followUpPlan, publishedAt: report.publishedAt, data };
}

export async function listSkmReports(db: Db = getDb()) {
  return db.skmReport.findMany({ orderBy: { periodKey: "desc" } });
}

export async function listSkmPopulations(db: Db = getDb()) {
  return db.skmPopulation.findMany({ orderBy: { periodKey: "desc" } });
}

/** Saves the follow-up plan of a period and sets its status (publishing stamps publishedAt). */
export async function saveSkmReport(input: { periodKey: string; followUpPlan: string; status: SkmReportStatus }, db: Db = getDb()) {
  const period = parsePeriodKey(input.periodKey);
  if (!period || period.kind === "custom") {
    throw new AppError("VALIDATION", "Kunci periode tidak valid", { fields: { periodKey: "Gunakan mis. 2026-Q3, 2026-S1, 2026-10 atau 2026" } });
  }
  const publishedAt = input.status === "PUBLISHED" ? new Date() : null;
  return db.skmReport.upsert({
    where: { periodKey: period.key },
    create: { periodKey: period.key, followUpPlan: input.followUpPlan, status: input.status, publishedAt },
    update: { followUpPlan: input.followUpPlan, status: input.status, publishedAt },
  });
}

export async function saveSkmPopulation(input: { periodKey: string; population: number }, db: Db = getDb()) {
  const period = parsePeriodKey(input.periodKey);
  if (!period || period.kind === "custom") {
    throw new AppError("VALIDATION", "Kunci periode tidak valid", { fields: { periodKey: "Gunakan mis. 2026-Q3, 2026-S1, 2026-10 atau 2026" } });
  }
  return db.skmPopulation.upsert({
    where: { periodKey: period.key },
    create: { periodKey: period.key, population: input.population },
    update: { population: input.population },
  });
}
