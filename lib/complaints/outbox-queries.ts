import "server-only";
import { getDb } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import { loadListPage, type ListQuery, type TPage } from "../table/paging";
import { defineTable, type TTableState } from "../table/schemas";

/** The SMS outbox list: newest message first, 50 a page. */
export const OUTBOX_TABLE = defineTable(["createdAt", "recipient", "status"], "desc", 50);
export type OutboxSort = (typeof OUTBOX_TABLE.sorts)[number];

export type OutboxRow = { id: string; recipient: string; body: string; status: string; createdAt: Date };

/**
 * The messages waiting for (or handed to) the SMS gateway, searched in recipient and text, sorted and counted in the
 * database (issue 16: the outbox had put 209 rows on one page). Ties fall back to the message id.
 */
export function outboxListQuery(state: Pick<TTableState<OutboxSort>, "q" | "sort" | "dir">): ListQuery<OutboxRow> {
  const db = getDb();
  const where = state.q
    ? { OR: [{ recipient: { contains: state.q } }, { body: containsIgnoringCase(state.q) }] }
    : undefined;
  const orderBy = [{ [state.sort]: state.dir }, { id: state.dir }];
  return {
    count: () => db.outboxMessage.count({ where }),
    read: (skip, take) =>
      db.outboxMessage.findMany({
        where,
        orderBy,
        skip,
        take,
        select: { id: true, recipient: true, body: true, status: true, createdAt: true },
      }),
  };
}

/** One page of the outbox (see `outboxListQuery`). */
export function listOutboxPage(state: TTableState<OutboxSort>): Promise<TPage<OutboxRow>> {
  return loadListPage(state, outboxListQuery(state));
}
