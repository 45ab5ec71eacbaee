/** The applications list's overdue filter resolved against the licence types and the day. Pure. */
import { toWibDate } from "../calendar/working-days";
import { parseOverdueFilter, type TOverdueFilter } from "./schemas";

/** The open files overdue on `today` (a WIB day), of one licence type and kecamatan when given. */
export type OverdueWhere = { overdueOn: string; licenseTypeId: number | null; kecamatanCode: string | null };

/**
 * The applications list's overdue filter (`terlambat=1`, the dashboard's "see all overdue files"): the open files
 * overdue today by the rule of overdueSql, so the list counts exactly the dashboard's overdue figure for the same
 * licence type and kecamatan. An unknown licence type code is refused like a malformed value. `now` comes from the
 * page (the clock is read where the request is); today is its WIB day.
 */
export function overdueDrill(
  raw: Record<string, string | string[] | undefined>,
  licenseTypes: readonly { id: number; code: string }[],
  now: Date,
): {
  where: OverdueWhere | null;
  filter: Partial<TOverdueFilter>;
  invalid: string | null;
  params: Record<string, string | undefined>;
} {
  const parsed = parseOverdueFilter(raw);
  const filter = parsed.filter;
  const type = filter?.licenseType ? licenseTypes.find((lt) => lt.code === filter.licenseType) : null;
  if (!filter || type === undefined)
    return { where: null, filter: {}, invalid: filter ? "licenseType" : parsed.invalid, params: {} };
  return {
    where: { overdueOn: toWibDate(now), licenseTypeId: type?.id ?? null, kecamatanCode: filter.kecamatan ?? null },
    filter,
    invalid: null,
    params: { ...filter },
  };
}
