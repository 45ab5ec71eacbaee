import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { parsePeriodKey, type Period } from "../periods/periods";
import type { Actor } from "../users/user-store";
import { publishSnapshot, type PublishResult } from "../publication/store";
import { getSnapshot, listCurrentSnapshots } from "../publication/queries";
import {
  parseOnTimeSnapshot,
  snapshotPeriod,
  type TOnTimeSnapshot,
  type TOnTimeSnapshotBody,
} from "../publication/snapshot-payload";
import { getProcessingSummary } from "./processing-summary-queries";
import { toWibDate } from "../calendar/working-days";

export type PublishedOnTimeRate = TOnTimeSnapshot & {
  version: number;
  publishedAt: Date;
  previous: { publishedAt: Date; onTimeRate: number | null } | null;
};

function calendarPeriod(periodKey: string): Period {
  const period = parsePeriodKey(periodKey);
  if (!period || period.kind === "custom") {
    throw new AppError("VALIDATION", "Kunci periode tidak valid", {
      fields: { periodKey: "Gunakan mis. 2026-Q3, 2026-S1, 2026-10 atau 2026" },
    });
  }
  return period;
}

/**
 * Publishes (or republishes) the on-time rate of permits finished in a calendar period, as shown on the public
 * home: issued within the SLA ÷ finished, from the processing aggregates at this moment, frozen as a snapshot.
 */
export async function publishOnTimeRate(
  input: { periodKey: string; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<PublishResult> {
  const period = calendarPeriod(input.periodKey);
  if (period.from > toWibDate(input.now)) {
    throw new AppError("VALIDATION", "Periode belum dimulai.", { fields: { periodKey: "Periode ini belum dimulai" } });
  }
  const summary = await getProcessingSummary({ from: period.from, to: period.to }, input.now, db);
  const payload: TOnTimeSnapshotBody = {
    period: snapshotPeriod(period),
    completed: summary.completed,
    onTime: summary.onTime,
    onTimeRate: summary.onTimeRate,
    medianDays: summary.medianDays,
  };
  return publishSnapshot(
    { kind: "processing-on-time", subject: period.key, payload, actor: input.actor, now: input.now },
    db,
  );
}

/** The on-time rate shown on the public home: the published period that ends last (null when none is published). */
export async function getPublishedOnTimeRate(db: Db = getDb()): Promise<PublishedOnTimeRate | null> {
  const rows = await listCurrentSnapshots("processing-on-time", db);
  let best: { row: (typeof rows)[number]; payload: TOnTimeSnapshot } | null = null;
  for (const row of rows) {
    const payload = parseOnTimeSnapshot(row.payload);
    if (
      !best ||
      payload.period.to > best.payload.period.to ||
      (payload.period.to === best.payload.period.to && row.publishedAt > best.row.publishedAt)
    ) {
      best = { row, payload };
    }
  }
  if (!best) return null;
  const previousRow =
    best.row.version > 1 ? await getSnapshot("processing-on-time", best.row.subject, best.row.version - 1, db) : null;
  return {
    ...best.payload,
    version: best.row.version,
    publishedAt: best.row.publishedAt,
    previous: previousRow
      ? { publishedAt: previousRow.publishedAt, onTimeRate: parseOnTimeSnapshot(previousRow.payload).onTimeRate }
      : null,
  };
}

/** For the staff page: each published on-time period next to the live figure. */
export async function listOnTimePublicationStatus(now: Date, db: Db = getDb()) {
  const rows = await listCurrentSnapshots("processing-on-time", db);
  return Promise.all(
    rows.map(async (row) => {
      const published = parseOnTimeSnapshot(row.payload);
      const live = await getProcessingSummary({ from: published.period.from, to: published.period.to }, now, db);
      return {
        periodKey: row.subject,
        version: row.version,
        publishedAt: row.publishedAt,
        publishedBy: row.publishedBy,
        published: { completed: published.completed, onTimeRate: published.onTimeRate },
        live: { completed: live.completed, onTimeRate: live.onTimeRate },
        notYetPublished: live.completed - published.completed,
      };
    }),
  );
}
