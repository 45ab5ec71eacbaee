import "server-only";
import { getDb, type Db } from "../db/client";
import { addCalendarDays, countWorkingDays, isOverdueOn, toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { agingBuckets, onTimeRate } from "./processing-stats";
import { OPEN_STATUSES } from "./constants";
import { licenseTypesFor, readProcessingMonths, summarise, type SummaryFilter } from "./processing-summary";

function finishedWhere(filter: SummaryFilter) {
  return {
    finishedDay: { gte: filter.from, lte: filter.to },
    processingDays: { not: null },
    ...(filter.licenseTypeId ? { licenseTypeId: filter.licenseTypeId } : {}),
    ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
  };
}

const DISTRIBUTION_BUCKETS = [
  { key: "0-2", max: 2 },
  { key: "3-5", max: 5 },
  { key: "6-10", max: 10 },
  { key: "11-15", max: 15 },
  { key: "16-20", max: 20 },
  { key: "21-30", max: 30 },
  { key: ">30", max: Number.POSITIVE_INFINITY },
] as const;

/** Everything the processing dashboard shows beyond the summary (distribution, aging, overdue, trend, fees). */
export async function getProcessingDashboard(filter: SummaryFilter, now = new Date(), db: Db = getDb()) {
  const today = toWibDate(now);
  const slice = {
    ...(filter.licenseTypeId ? { licenseTypeId: filter.licenseTypeId } : {}),
    ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
  };
  const [{ summary, histogram }, months, open, feeCount, fees, licenseTypes, cal] = await Promise.all([
    summarise(filter, now, db),
    readProcessingMonths(db, filter),
    db.application.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, ...slice },
      select: {
        registrationNo: true,
        status: true,
        currentStage: true,
        clockStartDay: true,
        dueDate: true,
        pausedDays: true,
        pausedSince: true,
        licenseTypeId: true,
      },
    }),
    db.application.count({ where: { isFeeDiscrepant: true, ...finishedWhere(filter) } }),
    db.application.findMany({
      where: { isFeeDiscrepant: true, ...finishedWhere(filter) },
      orderBy: { finishedDay: "desc" },
      take: 25,
      select: { registrationNo: true, licenseTypeId: true, feeCharged: true, tariff: true, finishedDay: true },
    }),
    licenseTypesFor(db),
    loadWorkCalendar(db),
  ]);
  const codeOf = new Map(licenseTypes.map((lt) => [lt.id, lt.code]));

  const openAges = open.map((app) => {
    const pausedOpen = app.pausedSince ? countWorkingDays(cal, addCalendarDays(app.pausedSince, -1), today) : 0;
    const elapsed = Math.max(0, countWorkingDays(cal, app.clockStartDay, today) - app.pausedDays - pausedOpen);
    const isOverdue = isOverdueOn(app.dueDate, app.pausedSince, today);
    return { ...app, licenseType: codeOf.get(app.licenseTypeId) ?? "", elapsedWorkingDays: elapsed, isOverdue };
  });
  const aging = agingBuckets(openAges);
  const overdueList = openAges
    .filter((a) => a.isOverdue)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.registrationNo.localeCompare(b.registrationNo))
    .slice(0, 50);

  const throughput = months.map((m) => ({
    month: m.month,
    completed: m.completed,
    onTime: m.onTime,
    onTimeRate: onTimeRate(m.onTime, m.completed),
  }));
  const distribution = DISTRIBUTION_BUCKETS.map((b) => ({ key: b.key, count: 0 }));
  for (const [days, count] of histogram) {
    const index = DISTRIBUTION_BUCKETS.findIndex((b) => days <= b.max);
    if (index >= 0) distribution[index].count += count;
  }

  return {
    summary,
    distribution,
    aging,
    overdueList,
    throughput,
    fees: { count: feeCount, items: fees.map((f) => ({ ...f, licenseType: codeOf.get(f.licenseTypeId) ?? "" })) },
  };
}
export type ProcessingDashboard = Awaited<ReturnType<typeof getProcessingDashboard>>;
