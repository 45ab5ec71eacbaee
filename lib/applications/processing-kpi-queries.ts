import "server-only";
import { getDb, type Db } from "../db/client";
import { rollUpRows } from "../db/roll-up";
import { addToHistogram, histogramStats } from "./histogram";
import { onTimeRate } from "./processing-stats";
import { readOpenFigures, type OpenFigures } from "./processing-summary-queries";

const PROCESSING_TABLES = { day: "ProcessingDayStat", month: "ProcessingMonthStat" };

/**
 * The scorecard's processing KPIs for [from, to] (WIB days): on-time rate and median working days of the files
 * finished in the period and the licences issued — one read of the day/month roll-ups grouped by working days and
 * on-time — and the files overdue today. The same figures as the processing summary (getProcessingSummary) without
 * its stage and licence-type breakdowns. `open` lets a caller asking for several periods read the open files once.
 */
export async function getProcessingKpis(
  period: { from: string; to: string },
  today: string,
  db: Db = getDb(),
  open: Promise<OpenFigures> = readOpenFigures(db, null, null, today),
) {
  const [rows, openFigures] = await Promise.all([
    db.$queryRaw<
      Array<{ processingDays: number; isOnTime: boolean | number; count: number | bigint; issued: number | bigint }>
    >`SELECT s."processingDays" AS "processingDays", s."isOnTime" AS "isOnTime", SUM(s."count") AS "count",
        SUM(s."issued") AS "issued"
      FROM ${rollUpRows(PROCESSING_TABLES, ["processingDays", "isOnTime", "count", "issued"], period)} s
      GROUP BY s."processingDays", s."isOnTime"`,
    open,
  ]);
  const histogram = new Map<number, number>();
  let onTime = 0;
  let issued = 0;
  for (const row of rows) {
    const count = Number(row.count);
    addToHistogram(histogram, Number(row.processingDays), count);
    if (row.isOnTime === true || Number(row.isOnTime) === 1) onTime += count;
    issued += Number(row.issued);
  }
  const stats = histogramStats(histogram);
  return {
    onTimeRate: onTimeRate(onTime, stats.count),
    medianDays: stats.median,
    overdue: openFigures.overdue,
    issued,
  };
}
