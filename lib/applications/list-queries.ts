import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import { loadPage, type TPage } from "../table/paging";
import type { TSortDirection, TTableConfig, TTableState } from "../table/schemas";
import type { FinishedFilesWhere } from "./finished-files-filter";
import type { OpenAgeWhere } from "./aging-drilldown-queries";
import type { OverdueWhere } from "./overdue-filter";
import { feeDiscrepantFilesWhere, type FeeDiscrepancyWhere } from "./fee-discrepancy-filter";
import { OPEN_STATUSES } from "./constants";

export type ApplicationListSort = "registrationNo" | "applicant" | "status" | "stage" | "dueDate" | "submittedAt";

/** The staff list of files: without a search the files in progress, the most urgent due date first. */
export const APPLICATION_TABLE: TTableConfig<ApplicationListSort> = {
  sorts: ["registrationNo", "applicant", "status", "stage", "dueDate", "submittedAt"],
  defaultSort: "dueDate",
  defaultDirection: "asc",
};

type OrderBy = NonNullable<NonNullable<Parameters<Db["application"]["findMany"]>[0]>["orderBy"]>;

/** Each sort's ORDER BY; ties are broken by the registration number (unique), so pages never overlap. */
const ORDER_BY: Record<ApplicationListSort, (dir: TSortDirection) => OrderBy> = {
  registrationNo: (dir) => [{ registrationNo: dir }],
  applicant: (dir) => [{ applicantName: dir }, { registrationNo: "asc" }],
  status: (dir) => [{ status: dir }, { registrationNo: "asc" }],
  stage: (dir) => [{ currentStage: dir }, { registrationNo: "asc" }],
  dueDate: (dir) => [{ dueDate: dir }, { registrationNo: "asc" }],
  submittedAt: (dir) => [{ submittedAt: dir }, { registrationNo: "asc" }],
};

export type ApplicationListRow = {
  registrationNo: string;
  applicantName: string | null;
  status: string;
  currentStage: string;
  dueDate: string;
  licenseTypeId: number;
  submittedAt: Date;
};

/** The columns of a list row (ApplicationListRow). */
const LIST_SELECT = {
  registrationNo: true,
  applicantName: true,
  status: true,
  currentStage: true,
  dueDate: true,
  licenseTypeId: true,
  submittedAt: true,
} as const;

/**
 * A dashboard bar's files: finished ones of a duration bar, open ones of an aging bar, the overdue ones, or the
 * finished ones whose fee differs from the tariff.
 */
export type ApplicationListDrill = FinishedFilesWhere | OpenAgeWhere | OverdueWhere | FeeDiscrepancyWhere;

/**
 * The open files overdue on `overdue.overdueOn`: overdueSql's rule (`"dueDate" < COALESCE("pausedSince", today)`)
 * in Prisma's terms — due before today while the clock runs, due before the pause began while it waits.
 */
function overdueWhere(overdue: OverdueWhere, db: Db) {
  return {
    status: { in: [...OPEN_STATUSES] },
    OR: [
      { pausedSince: null, dueDate: { lt: overdue.overdueOn } },
      { pausedSince: { not: null }, dueDate: { lt: db.application.fields.pausedSince } },
    ],
    ...(overdue.licenseTypeId ? { licenseTypeId: overdue.licenseTypeId } : {}),
    ...(overdue.kecamatanCode ? { kecamatanCode: overdue.kecamatanCode } : {}),
  };
}

function applicationListWhere(q: string, drill: ApplicationListDrill | null = null, db: Db = getDb()) {
  const search = q
    ? // Registration numbers are stored upper-case: "kdr-2026" finds KDR-2026…; names match anywhere, any case.
      { OR: [{ registrationNo: { startsWith: q.toUpperCase() } }, { applicantName: containsIgnoringCase(q) }] }
    : {};
  if (!drill) return q ? search : { status: { in: ["in_process", "returned"] } };
  if ("registrationNos" in drill) return { ...search, registrationNo: { in: drill.registrationNos } };
  // Both are an OR: the search and the overdue rule go side by side under AND.
  if ("overdueOn" in drill) return { AND: [search, overdueWhere(drill, db)] };
  // The dashboard's "Selisih tarif" condition itself.
  if ("feeDiscrepantFrom" in drill)
    return {
      ...search,
      ...feeDiscrepantFilesWhere({ ...drill, from: drill.feeDiscrepantFrom, to: drill.feeDiscrepantTo }),
    };
  const finished = drill;
  return {
    ...search,
    finishedDay: { gte: finished.from, lte: finished.to },
    processingDays: { gte: finished.minDays, ...(finished.maxDays === null ? {} : { lte: finished.maxDays }) },
    ...(finished.licenseTypeId ? { licenseTypeId: finished.licenseTypeId } : {}),
    ...(finished.kecamatanCode ? { kecamatanCode: finished.kecamatanCode } : {}),
  };
}

/**
 * One page of the applications list, counted, sorted and cut in the database (issue 16): without search text every
 * file in progress (in process or returned to the applicant); with it, every file whose registration number starts
 * with the text or whose applicant's name contains it. With `drill`, the files of a dashboard bar (matching the
 * search text, if any) instead of the files in progress.
 */
export async function listApplicationsPage(
  state: TTableState<ApplicationListSort>,
  drill: ApplicationListDrill | null = null,
  db: Db = getDb(),
): Promise<TPage<ApplicationListRow>> {
  const where = applicationListWhere(state.q, drill, db);
  const orderBy = ORDER_BY[state.sort](state.dir);
  return loadPage(
    state,
    () => db.application.count({ where }),
    (skip, take) =>
      db.application.findMany({
        where,
        orderBy,
        skip,
        take,
        select: LIST_SELECT,
      }),
  );
}

/** Every row of the list as the page shows it (same search and order), up to `max`: the list's Excel download. */
export async function listApplicationsForExport(
  state: Pick<TTableState<ApplicationListSort>, "q" | "sort" | "dir">,
  max: number,
): Promise<ApplicationListRow[]> {
  return getDb().application.findMany({
    where: applicationListWhere(state.q),
    orderBy: ORDER_BY[state.sort](state.dir),
    take: max,
    select: LIST_SELECT,
  });
}
