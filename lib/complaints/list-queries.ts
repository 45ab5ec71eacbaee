import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import type { ListQuery } from "../table/paging";
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

/** The list's rows as `filter` selects them, searched in the ticket number, the text and the sender's name. */
function listWhere(filter: ComplaintListFilter, q: string) {
  // Never the phone number, which officers see masked.
  const search = q
    ? {
        OR: [
          { ticketNo: containsIgnoringCase(q) },
          { text: containsIgnoringCase(q) },
          { senderName: containsIgnoringCase(q) },
        ],
      }
    : {};
  return { ...complaintListWhere(filter), ...search };
}

/**
 * The staff complaints list (issue 16), filtered as the page's tabs say, searched, sorted and counted in the
 * database: the page reads one window, its Excel download every row. Phones masked unless `viewerRole` is ADMIN.
 */
export function complaintListQuery(
  filter: ComplaintListFilter,
  state: Pick<TTableState<ComplaintListSort>, "q" | "sort" | "dir">,
  viewerRole: string | null,
): ListQuery<ComplaintListRow> {
  const db = getDb();
  const where = listWhere(filter, state.q);
  return {
    count: () => db.complaint.count({ where }),
    read: async (skip, take) =>
      toComplaintListRows(
        await db.complaint.findMany({ where, orderBy: ORDER_BY[state.sort](state.dir), skip, take }),
        viewerRole ?? "",
        filter.today,
      ),
  };
}
