import "server-only";
import { getDb, type Db } from "../db/client";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { OPEN_STATUSES } from "./constants";
import { filesInAgingBucket } from "./open-age";
import { parseOpenAgeFilter, type TOpenAgeFilter } from "./schemas";

/** The open files of an aging bar, as the applications list filters them: their registration numbers. */
export type OpenAgeWhere = { registrationNos: string[] };

/**
 * The drill-down of an aging bar (issue 16): the open files (in process or returned) of the slice whose age today is
 * in the bucket, picked in code with the chart's own age (`lib/applications/open-age.ts`: pauses are per file, so no
 * date interval can say it). The open files are a bounded set (the office's backlog). An unknown licence type code
 * is refused like a malformed value. `now` comes from the page (the clock is read where the request is).
 */
export async function openAgeDrill(
  raw: Record<string, string | string[] | undefined>,
  licenseTypes: readonly { id: number; code: string }[],
  now: Date,
  db: Db = getDb(),
): Promise<{
  where: OpenAgeWhere | null;
  filter: Partial<TOpenAgeFilter>;
  invalid: string | null;
  params: Record<string, string | undefined>;
}> {
  const parsed = parseOpenAgeFilter(raw);
  const filter = parsed.filter;
  const type = filter?.licenseType ? licenseTypes.find((lt) => lt.code === filter.licenseType) : null;
  if (!filter || type === undefined)
    return { where: null, filter: {}, invalid: filter ? "licenseType" : parsed.invalid, params: {} };
  const [files, cal] = await Promise.all([
    db.application.findMany({
      where: {
        status: { in: [...OPEN_STATUSES] },
        ...(type ? { licenseTypeId: type.id } : {}),
        ...(filter.kecamatan ? { kecamatanCode: filter.kecamatan } : {}),
      },
      select: { registrationNo: true, clockStartDay: true, pausedDays: true, pausedSince: true },
    }),
    loadWorkCalendar(db),
  ]);
  return {
    where: { registrationNos: filesInAgingBucket(cal, files, filter.umur, toWibDate(now)) },
    filter,
    invalid: null,
    params: { ...filter },
  };
}
