import "server-only";
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";
import { addCalendarDays, countWorkingDays, toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { TouchedYears, calendarWarnings } from "../calendar/coverage";
import { addToHistogram, histogramStats } from "./histogram";
import { agingBuckets, onTimeRate } from "./processing-stats";
import { OPEN_STATUSES, STAGES } from "./constants";

export type SummaryFilter = { from: string; to: string; licenseTypeId?: number | null; kecamatanCode?: string | null };

function finishedWhere(filter: SummaryFilter) {
  return {
    finishedDay: { gte: filter.from, lte: filter.to },
    processingDays: { not: null },
    ...(filter.licenseTypeId ? { licenseTypeId: filter.licenseTypeId } : {}),
    ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
  };
}

function openWhere(filter: Pick<SummaryFilter, "licenseTypeId" | "kecamatanCode">) {
  return {
    ...(filter.licenseTypeId ? { licenseTypeId: filter.licenseTypeId } : {}),
    ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
  };
}

/**
 * Open applications past their due date: in process with dueDate < today, or returned to the applicant after
 * the due date had already passed (dueDate < pausedSince; the stopped clock cannot make a returned file late).
 */
async function countOverdue(db: Db, filter: Pick<SummaryFilter, "licenseTypeId" | "kecamatanCode">, today: string) {
  const [inProcess, returned] = await Promise.all([
    db.application.count({ where: { status: "in_process", dueDate: { lt: today }, ...openWhere(filter) } }),
    db.application.count({
      where: { status: "returned", dueDate: { lt: db.application.fields.pausedSince }, ...openWhere(filter) },
    }),
  ]);
  return inProcess + returned;
}

/**
 * The processing summary of issue 5 for applications finished in [from, to] (WIB days): completed, onTime,
 * onTimeRate, median/p90/mean working days; backlog (open now) and overdue; median working days per stage; the
 * same per licence type. Everything is grouped and counted in the database from the denormalised columns.
 */
export async function getProcessingSummary(filter: SummaryFilter, now = new Date(), db: Db = getDb()) {
  const today = toWibDate(now);
  // Without a kecamatan filter the per-day aggregates answer (fast at 1M applications); with one, the base tables.
  const useAggregates = !filter.kecamatanCode;
  const typeWhere = filter.licenseTypeId ? { licenseTypeId: filter.licenseTypeId } : {};
  const dayWhere = { day: { gte: filter.from, lte: filter.to }, ...typeWhere };
  const dayStats = {
    by: ["licenseTypeId", "processingDays", "isOnTime"],
    where: dayWhere,
    _sum: { count: true },
  } satisfies DbArgs.ProcessingDayStatGroupByArgs;
  const finished = {
    by: ["licenseTypeId", "processingDays", "isOnTime"],
    where: finishedWhere(filter),
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const stageDayStats = {
    by: ["stage", "durationDays"],
    where: dayWhere,
    _sum: { count: true },
  } satisfies DbArgs.ProcessingStageDayStatGroupByArgs;
  const stageEvents = {
    by: ["stage", "durationDays"],
    where: {
      finishedDay: { gte: filter.from, lte: filter.to },
      kind: "stage",
      durationDays: { not: null },
      ...typeWhere,
      ...(filter.kecamatanCode ? { application: { kecamatanCode: filter.kecamatanCode } } : {}),
    },
    _count: { _all: true },
  } satisfies DbArgs.ApplicationEventGroupByArgs;
  const openDue = {
    where: { status: { in: [...OPEN_STATUSES] }, ...openWhere(filter) },
    _min: { dueDate: true },
    _max: { dueDate: true },
  } satisfies DbArgs.ApplicationAggregateArgs;
  const [grouped, stageGroups, backlog, overdue, licenseTypes, cal, openDueDates] = await Promise.all([
    useAggregates
      ? perEngine(db, {
          sqlite: (c) => c.processingDayStat.groupBy(dayStats),
          postgresql: (c) => c.processingDayStat.groupBy(dayStats),
        }).then((rows) => rows.map((row) => ({ ...row, count: row._sum.count ?? 0 })))
      : perEngine(db, {
          sqlite: (c) => c.application.groupBy(finished),
          postgresql: (c) => c.application.groupBy(finished),
        }).then((rows) => rows.map((row) => ({ ...row, count: row._count._all }))),
    useAggregates
      ? perEngine(db, {
          sqlite: (c) => c.processingStageDayStat.groupBy(stageDayStats),
          postgresql: (c) => c.processingStageDayStat.groupBy(stageDayStats),
        }).then((rows) => rows.map((row) => ({ ...row, count: row._sum.count ?? 0 })))
      : perEngine(db, {
          sqlite: (c) => c.applicationEvent.groupBy(stageEvents),
          postgresql: (c) => c.applicationEvent.groupBy(stageEvents),
        }).then((rows) => rows.map((row) => ({ ...row, count: row._count._all }))),
    db.application.count({ where: { status: { in: [...OPEN_STATUSES] }, ...openWhere(filter) } }),
    countOverdue(db, filter, today),
    db.licenseType.findMany({ select: { id: true, code: true, name: true, nameEn: true, slaDays: true } }),
    loadWorkCalendar(db),
    // The open files' due dates (index status, dueDate): their clocks run into these years.
    perEngine(db, {
      sqlite: (c) => c.application.aggregate(openDue),
      postgresql: (c) => c.application.aggregate(openDue),
    }),
  ]);
  // Working days were counted in the period, today (backlog, overdue) and up to the open files' due dates.
  const touched = new TouchedYears().add(
    filter.from,
    filter.to,
    today,
    openDueDates._min.dueDate,
    openDueDates._max.dueDate,
  );

  const all = new Map<number, number>();
  let onTime = 0;
  const perType = new Map<number, { histogram: Map<number, number>; onTime: number }>();
  for (const group of grouped) {
    const days = group.processingDays as number;
    const count = group.count;
    addToHistogram(all, days, count);
    const entry = perType.get(group.licenseTypeId) ?? { histogram: new Map(), onTime: 0 };
    addToHistogram(entry.histogram, days, count);
    if (group.isOnTime) {
      onTime += count;
      entry.onTime += count;
    }
    perType.set(group.licenseTypeId, entry);
  }
  const stats = histogramStats(all);
  const stageHistograms = new Map<string, Map<number, number>>();
  for (const group of stageGroups) {
    const histogram = stageHistograms.get(group.stage) ?? new Map<number, number>();
    addToHistogram(histogram, group.durationDays as number, group.count);
    stageHistograms.set(group.stage, histogram);
  }
  const byType = new Map(licenseTypes.map((lt) => [lt.id, lt]));
  return {
    from: filter.from,
    to: filter.to,
    completed: stats.count,
    onTime,
    onTimeRate: onTimeRate(onTime, stats.count),
    medianDays: stats.median,
    p90Days: stats.p90,
    meanDays: stats.mean,
    backlog,
    overdue,
    /** Years without (or with a provisional) holiday list that these figures were counted over (issue 13). */
    calendarWarnings: calendarWarnings(cal, touched),
    byStage: STAGES.filter((stage) => stage !== "penyerahan").map((stage) => {
      const s = histogramStats(stageHistograms.get(stage) ?? new Map());
      return { stage, count: s.count, medianDays: s.median, meanDays: s.mean };
    }),
    byLicenseType: [...perType.entries()]
      .map(([id, entry]) => {
        const s = histogramStats(entry.histogram);
        const lt = byType.get(id);
        return {
          licenseType: lt?.code ?? String(id),
          name: lt?.name ?? "",
          nameEn: lt?.nameEn ?? "",
          slaDays: lt?.slaDays ?? null,
          completed: s.count,
          onTime: entry.onTime,
          onTimeRate: onTimeRate(entry.onTime, s.count),
          medianDays: s.median,
          p90Days: s.p90,
          meanDays: s.mean,
        };
      })
      .sort((a, b) => a.licenseType.localeCompare(b.licenseType)),
  };
}
export type ProcessingSummary = Awaited<ReturnType<typeof getProcessingSummary>>;

/** Everything the processing dashboard shows beyond the summary (distribution, aging, overdue, trend, fees). */
export async function getProcessingDashboard(filter: SummaryFilter, now = new Date(), db: Db = getDb()) {
  const today = toWibDate(now);
  const cal = await loadWorkCalendar(db);
  const byDays = {
    by: ["processingDays"],
    where: finishedWhere(filter),
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const byDayAndOutcome = {
    by: ["finishedDay", "isOnTime"],
    where: finishedWhere(filter),
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const [summary, distribution, open, monthly, feeCount, fees, licenseTypes] = await Promise.all([
    getProcessingSummary(filter, now, db),
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(byDays),
      postgresql: (c) => c.application.groupBy(byDays),
    }),
    db.application.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, ...openWhere(filter) },
      select: {
        registrationNo: true,
        status: true,
        currentStage: true,
        clockStartDay: true,
        dueDate: true,
        pausedDays: true,
        pausedSince: true,
        slaDays: true,
        licenseTypeId: true,
        applicantName: true,
      },
    }),
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(byDayAndOutcome),
      postgresql: (c) => c.application.groupBy(byDayAndOutcome),
    }),
    db.application.count({ where: { isFeeDiscrepant: true, ...finishedWhere(filter) } }),
    db.application.findMany({
      where: { isFeeDiscrepant: true, ...finishedWhere(filter) },
      orderBy: { finishedDay: "desc" },
      take: 25,
      select: { registrationNo: true, licenseTypeId: true, feeCharged: true, tariff: true, finishedDay: true },
    }),
    db.licenseType.findMany({ select: { id: true, code: true } }),
  ]);
  const codeOf = new Map(licenseTypes.map((lt) => [lt.id, lt.code]));

  const openAges = open.map((app) => {
    const pausedOpen = app.pausedSince ? countWorkingDays(cal, addCalendarDays(app.pausedSince, -1), today) : 0;
    const elapsed = Math.max(0, countWorkingDays(cal, app.clockStartDay, today) - app.pausedDays - pausedOpen);
    const isOverdue =
      app.status === "returned" ? app.pausedSince !== null && app.dueDate < app.pausedSince : app.dueDate < today;
    return { ...app, licenseType: codeOf.get(app.licenseTypeId) ?? "", elapsedWorkingDays: elapsed, isOverdue };
  });
  const aging = agingBuckets(openAges.map((a) => ({ elapsedWorkingDays: a.elapsedWorkingDays, slaDays: a.slaDays })));
  const overdueList = openAges
    .filter((a) => a.isOverdue)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, 50);

  const months = new Map<string, { month: string; completed: number; onTime: number }>();
  for (const group of monthly) {
    const month = (group.finishedDay as string).slice(0, 7);
    const entry = months.get(month) ?? { month, completed: 0, onTime: 0 };
    entry.completed += group._count._all;
    if (group.isOnTime) entry.onTime += group._count._all;
    months.set(month, entry);
  }
  const throughput = [...months.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({ ...m, onTimeRate: onTimeRate(m.onTime, m.completed) }));

  const buckets = [
    { key: "0-2", max: 2 },
    { key: "3-5", max: 5 },
    { key: "6-10", max: 10 },
    { key: "11-15", max: 15 },
    { key: "16-20", max: 20 },
    { key: "21-30", max: 30 },
    { key: ">30", max: Number.POSITIVE_INFINITY },
  ].map((b) => ({ ...b, count: 0 }));
  for (const group of distribution) {
    const bucket = buckets.find((b) => (group.processingDays as number) <= b.max);
    if (bucket) bucket.count += group._count._all;
  }

  return {
    summary,
    distribution: buckets.map(({ key, count }) => ({ key, count })),
    aging,
    overdueList,
    throughput,
    fees: { count: feeCount, items: fees.map((f) => ({ ...f, licenseType: codeOf.get(f.licenseTypeId) ?? "" })) },
  };
}
export type ProcessingDashboard = Awaited<ReturnType<typeof getProcessingDashboard>>;
