import "server-only";
import { getDb } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import { addCalendarDays, wibStartOfDay } from "../calendar/working-days";
import { loadListPage, type ListQuery, type TPage } from "../table/paging";
import type { TTableState } from "../table/schemas";
import type { TAuditFilter } from "./schemas";

export type AuditRow = {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target: string | null;
  detail: string | null;
};

function auditWhere(filter: TAuditFilter, q: string) {
  const at = {
    ...(filter.from ? { gte: wibStartOfDay(filter.from) } : {}),
    ...(filter.to ? { lt: wibStartOfDay(addCalendarDays(filter.to, 1)) } : {}),
  };
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actor: containsIgnoringCase(filter.actor) } : {}),
    ...(filter.from || filter.to ? { at } : {}),
    ...(q
      ? {
          OR: [
            { actor: containsIgnoringCase(q) },
            { target: containsIgnoringCase(q) },
            { detail: containsIgnoringCase(q) },
          ],
        }
      : {}),
  };
}

/**
 * The audit log in the database (issue 16): filtered by action code, actor, a range of WIB days (both ends included)
 * and search text over actor, target and detail; sorted by time, actor or action, ties broken by the entry's number
 * so the pages never overlap. The page reads one window, the download all of them.
 */
export function auditListQuery(
  filter: TAuditFilter,
  state: Pick<TTableState<"at" | "actor" | "action">, "q" | "sort" | "dir">,
): ListQuery<AuditRow> {
  const db = getDb();
  const where = auditWhere(filter, state.q);
  const orderBy = [{ [state.sort]: state.dir }, { id: state.dir }];
  return {
    count: () => db.auditLog.count({ where }),
    read: (skip, take) =>
      db.auditLog.findMany({
        where,
        orderBy,
        skip,
        take,
        select: { id: true, at: true, actor: true, action: true, target: true, detail: true },
      }),
  };
}

/** One page of the audit log (see `auditListQuery`). */
export function listAuditPage(
  filter: TAuditFilter,
  state: TTableState<"at" | "actor" | "action">,
): Promise<TPage<AuditRow>> {
  return loadListPage(state, auditListQuery(filter, state));
}
