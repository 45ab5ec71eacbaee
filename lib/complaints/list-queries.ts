import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import { loadPage, type TPage } from "../table/paging";
import type { TSortDirection, TTableConfig, TTableState } from "../table/schemas";
import { complaintListWhere, toComplaintListRows, type ComplaintListFilter, type ComplaintListRow } from "./queries";

export type ComplaintListSort = "received" | "ticket" | "status" | "deadline";

/** The staff complaints list: newest first. */
export const COMPLAINT_TABLE: TTableConfig<ComplaintListSort> = {
  sorts: ["received", "ticket", "status", "deadline"],
  defaultSort: "received",
  defaultDirection: "desc",
};

type OrderBy = NonNullable<NonNullable<Parameters<Db["complaint"]["findMany"]>[0]>["orderBy"]>;

// Ties fall back to the ticket number (unique), so pages never overlap.
const ORDER_BY: Record<ComplaintListSort, (dir: TSortDirection) => OrderBy> = {
  received: (dir) => [{ receivedAt: dir }, { ticketNo: dir }],
  ticket: (dir) => [{ ticketNo: dir }],
  status: (dir) => [{ status: dir }, { ticketNo: "asc" }],
  deadline: (dir) => [{ deadlineOn: dir }, { ticketNo: "asc" }],
};

/**
 * One page of the staff complaints list (issue 16), filtered as the page's tabs say, searched in the ticket number,
 * the text and the sender's name (never the phone number, which officers see masked), sorted and counted in the
 * database.
 */
export async function listComplaintsPage(
  filter: ComplaintListFilter,
  state: TTableState<ComplaintListSort>,
  viewerRole: string,
): Promise<TPage<ComplaintListRow>> {
  const db = getDb();
  const search = state.q
    ? {
        OR: [
          { ticketNo: containsIgnoringCase(state.q) },
          { text: containsIgnoringCase(state.q) },
          { senderName: containsIgnoringCase(state.q) },
        ],
      }
    : {};
  const where = { ...complaintListWhere(filter), ...search };
  const page = await loadPage(
    state,
    () => db.complaint.count({ where }),
    (skip, take) => db.complaint.findMany({ where, orderBy: ORDER_BY[state.sort](state.dir), skip, take }),
  );
  return { ...page, rows: await toComplaintListRows(page.rows, viewerRole, filter.today) };
}
