import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import type { ListQuery } from "../table/paging";
import type { TTableState } from "../table/schemas";
import type { HolidayListSort } from "./schemas";

export type HolidayRow = { date: string; kind: string; name: string };

/**
 * The holidays and cuti bersama days (issue 16): searched by name (any case) or by the start of the day ("2027",
 * "2027-03"), sorted by day, kind or name in the database; ties fall back to the day, which is unique.
 */
export function holidayListQuery(
  state: Pick<TTableState<HolidayListSort>, "q" | "sort" | "dir">,
  db: Db = getDb(),
): ListQuery<HolidayRow> {
  const where = state.q
    ? { OR: [{ name: containsIgnoringCase(state.q) }, { date: { startsWith: state.q } }] }
    : undefined;
  const orderBy = state.sort === "date" ? [{ date: state.dir }] : [{ [state.sort]: state.dir }, { date: state.dir }];
  return {
    count: () => db.holiday.count({ where }),
    read: (skip, take) =>
      db.holiday.findMany({ where, orderBy, skip, take, select: { date: true, kind: true, name: true } }),
  };
}
