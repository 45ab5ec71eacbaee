/**
 * The agency queue as a staff list (issue 16): searched, sorted and paged with its state in the URL. Its default
 * order is the agency clock's remaining working days, which `agencyStageClock` computes in code from each file's
 * timeline and the work calendar (holidays, paused days): the database holds no such column and cannot order by
 * it. An agency's queue is bounded (the files of one agency in one stage, tens to a few hundred), so the page loads
 * the whole set, filters and sorts it here and pages the sorted list (`listQueryOf`). Pure.
 */
import type { AgencyStageClock } from "./agency-clock";
import { defineTable, type TSortDirection, type TTableState } from "../table/schemas";

export const AGENCY_QUEUE_TABLE = defineTable(
  ["remaining", "registrationNo", "licenseType", "applicant", "since"],
  "asc",
);
export type AgencyQueueSort = (typeof AGENCY_QUEUE_TABLE.sorts)[number];

/** What the list reads of a waiting file. */
export type AgencyQueueRow = {
  registrationNo: string;
  licenseType: { code: string; name: string; nameEn: string };
  applicantName: string | null;
  clock: Pick<AgencyStageClock, "remainingWorkingDays" | "stageStartedAt">;
};

const text = (a: string, b: string) => a.localeCompare(b, "id");

/** Each sort's comparison, ascending; ties fall to the registration number (unique), so pages never overlap. */
const COMPARE: Record<AgencyQueueSort, (a: AgencyQueueRow, b: AgencyQueueRow) => number> = {
  remaining: (a, b) =>
    a.clock.remainingWorkingDays - b.clock.remainingWorkingDays ||
    a.clock.stageStartedAt.getTime() - b.clock.stageStartedAt.getTime(),
  registrationNo: (a, b) => text(a.registrationNo, b.registrationNo),
  licenseType: (a, b) => text(a.licenseType.code, b.licenseType.code),
  applicant: (a, b) => text(a.applicantName ?? "", b.applicantName ?? ""),
  since: (a, b) => a.clock.stageStartedAt.getTime() - b.clock.stageStartedAt.getTime(),
};

/**
 * The files matching the search text — a registration number starting with it, or a licence type code or name or
 * an applicant's name containing it, any case — in the list's order.
 */
export function agencyQueueView<Row extends AgencyQueueRow>(
  rows: readonly Row[],
  state: Pick<TTableState<AgencyQueueSort>, "q" | "sort" | "dir">,
): Row[] {
  const q = state.q.toLowerCase();
  const matches = (row: Row) =>
    !q ||
    row.registrationNo.toLowerCase().startsWith(q) ||
    [row.licenseType.code, row.licenseType.name, row.licenseType.nameEn, row.applicantName ?? ""].some((value) =>
      value.toLowerCase().includes(q),
    );
  const sign = (dir: TSortDirection) => (dir === "asc" ? 1 : -1);
  return rows
    .filter(matches)
    .sort((a, b) => sign(state.dir) * COMPARE[state.sort](a, b) || text(a.registrationNo, b.registrationNo));
}
