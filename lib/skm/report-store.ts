import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { parsePeriodKey } from "../periods/periods";
import type { Actor } from "../users/user-store";
import { afterPublicContentChanged } from "../publication/public-cache";
import { publishSnapshot, type PublishResult } from "../publication/store";
import { getSnapshot } from "../publication/queries";
import { buildSkmReportPayload, parseCalendarPeriod, SYSTEM_ACTOR, type SkmReportStatus } from "./report-queries";

// Writes of the SKM reports (status and follow-up plan, frozen as snapshots) and of the admin-entered populations.

/**
 * Saves the follow-up plan of a period and sets its status. Publishing (again) freezes the period's figures as a
 * new snapshot version through publishSnapshot; saving a draft withdraws a published report from the public pages
 * (its snapshots stay, and publishing it again adds a version).
 */
export async function saveSkmReport(
  input: { periodKey: string; followUpPlan: string; status: SkmReportStatus; actor?: Actor; now?: Date },
  db: Db = getDb(),
): Promise<{ report: { periodKey: string; status: string }; publication: PublishResult | null }> {
  const period = parseCalendarPeriod(input.periodKey);
  const now = input.now ?? new Date();
  if (input.status === "PUBLISHED") {
    const payload = await buildSkmReportPayload(period, input.followUpPlan, db);
    const publication = await publishSnapshot(
      {
        kind: "skm-report",
        subject: period.key,
        payload,
        actor: input.actor ?? SYSTEM_ACTOR,
        now,
        alsoWrite: async (tx) => {
          await tx.skmReport.upsert({
            where: { periodKey: period.key },
            create: { periodKey: period.key, followUpPlan: input.followUpPlan, status: "PUBLISHED", publishedAt: now },
            update: { followUpPlan: input.followUpPlan, status: "PUBLISHED", publishedAt: now },
          });
        },
      },
      db,
    );
    return { report: { periodKey: period.key, status: "PUBLISHED" }, publication };
  }
  const before = await db.skmReport.findUnique({ where: { periodKey: period.key }, select: { status: true } });
  await db.skmReport.upsert({
    where: { periodKey: period.key },
    create: { periodKey: period.key, followUpPlan: input.followUpPlan, status: "DRAFT", publishedAt: null },
    update: { followUpPlan: input.followUpPlan, status: "DRAFT", publishedAt: null },
  });
  if (before?.status === "PUBLISHED") afterPublicContentChanged();
  return { report: { periodKey: period.key, status: "DRAFT" }, publication: null };
}

/**
 * Reports published before snapshots existed get one now (their figures as of the upgrade, dated when they were
 * published), so the public pages never fall back to live tables. Idempotent; run at start after migrations.
 */
export async function freezeReportsPublishedWithoutSnapshot(db: Db = getDb()): Promise<number> {
  const reports = await db.skmReport.findMany({ where: { status: "PUBLISHED" } });
  let frozen = 0;
  for (const report of reports) {
    if (await getSnapshot("skm-report", report.periodKey, undefined, db)) continue;
    const period = parsePeriodKey(report.periodKey);
    if (!period || period.kind === "custom") continue;
    await saveSkmReport(
      {
        periodKey: period.key,
        followUpPlan: report.followUpPlan,
        status: "PUBLISHED",
        now: report.publishedAt ?? new Date(),
      },
      db,
    );
    frozen += 1;
  }
  return frozen;
}

export async function saveSkmPopulation(input: { periodKey: string; population: number }, db: Db = getDb()) {
  const period = parseCalendarPeriod(input.periodKey);
  return db.skmPopulation.upsert({
    where: { periodKey: period.key },
    create: { periodKey: period.key, population: input.population },
    update: { population: input.population },
  });
}
