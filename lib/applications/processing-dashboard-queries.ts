import "server-only";
import { feeDiscrepantFilesWhere } from "./fee-discrepancy-filter";
import { getDb, type Db } from "../db/client";
import { toWibDate } from "../calendar/working-days";
import { openAgeWorkingDays } from "./open-age";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { agingBuckets, onTimeRate } from "./processing-stats";
import { durationDistribution } from "./duration-buckets";
import { listLicenseTypeLabels } from "../reference/queries";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";
import type { VersionedTable } from "../kpi/data-versions";
import {
  readOpenClockGroups,
  readOverdueFiles,
  readProcessingMonths,
  summarise,
  type SummaryFilter,
} from "./processing-summary-queries";

/**
 * How many of the longest-overdue files each reader gets: the page shows the first few (a light page on a cheap
 * phone; its "see all" link opens the applications list of every overdue file), the Excel/CSV download a longer list.
 */
export const OVERDUE_LIST_LENGTH = { page: 10, export: 50 } as const;
/**
 * How many of the most recently finished fee discrepancies each reader gets: the page shows the first few (its "see
 * all" link opens the applications list of every one of the period's fee discrepancies), the download a longer list.
 */
export const FEE_LIST_LENGTH = { page: 10, export: 25 } as const;
const PROCESSING_STATS: VersionedTable[] = ["ProcessingDayStat", "ProcessingMonthStat"];

/** The open files' reads and the fee discrepancies: today's state of the applications, kept until one is written. */
const APPLICATIONS: VersionedTable[] = ["Application"];

/**
 * Everything the processing dashboard shows beyond the summary (distribution, aging, overdue, trend, fees). The
 * figures of finished files come from the roll-ups, kept under their change counters; the open files (aging, the
 * overdue list) and the fee discrepancies (read from the applications) are kept under the applications' own counter
 * and today's date (lateness changes at midnight), so any registration, step or import reads them again. The overdue
 * list holds the `overdueListLength` longest-overdue files (OVERDUE_LIST_LENGTH: the page's few, or the download's);
 * the fee list the `feeListLength` most recently finished fee discrepancies (FEE_LIST_LENGTH, likewise).
 */
export async function getProcessingDashboard(
  filter: SummaryFilter,
  now = new Date(),
  db: Db = getDb(),
  overdueListLength: number = OVERDUE_LIST_LENGTH.page,
  feeListLength: number = FEE_LIST_LENGTH.page,
) {
  const today = toWibDate(now);
  // The change counters, read once before the figures they key (lib/kpi/versioned-cache-queries.ts).
  const versions = trustedDataVersions(db);
  const slices = [filter.licenseTypeId ?? null, filter.kecamatanCode ?? null];
  const [{ summary, histogram }, months, [openGroups, overdue, feeCount, fees], licenseTypes, cal] = await Promise.all([
    summarise(filter, now, db, versions),
    versions.then((read) =>
      cachedUnderVersions(
        read,
        ["processing-months", filter.from, filter.to, ...slices],
        PROCESSING_STATS,
        filter,
        () => readProcessingMonths(db, filter),
      ),
    ),
    versions.then((read) =>
      cachedUnderVersions(
        read,
        ["processing-open-files", today, filter.from, filter.to, ...slices, overdueListLength, feeListLength],
        APPLICATIONS,
        { from: today, to: today },
        () =>
          Promise.all([
            // Open files grouped by what their age and lateness depend on (about a thousand groups, not every file).
            readOpenClockGroups(db, filter, today),
            readOverdueFiles(db, filter, today, overdueListLength),
            db.application.count({ where: feeDiscrepantFilesWhere(filter) }),
            db.application.findMany({
              where: feeDiscrepantFilesWhere(filter),
              // Registration number breaks a tie: the page's ten are the first ten of the download's list.
              orderBy: [{ finishedDay: "desc" }, { registrationNo: "desc" }],
              take: feeListLength,
              select: { registrationNo: true, licenseTypeId: true, feeCharged: true, tariff: true, finishedDay: true },
            }),
          ]),
      ),
    ),
    listLicenseTypeLabels(db),
    loadWorkCalendar(db),
  ]);
  const codeOf = new Map(licenseTypes.map((lt) => [lt.id, lt.code]));

  const aging = agingBuckets(
    openGroups.map((group) => ({
      elapsedWorkingDays: openAgeWorkingDays(cal, group, today),
      isOverdue: group.isOverdue,
      count: group.count,
    })),
  );
  const overdueList = overdue.map((app) => ({ ...app, licenseType: codeOf.get(app.licenseTypeId) ?? "" }));

  const throughput = months.map((m) => ({
    month: m.month,
    completed: m.completed,
    onTime: m.onTime,
    onTimeRate: onTimeRate(m.onTime, m.completed),
  }));
  const distribution = durationDistribution(histogram);

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
