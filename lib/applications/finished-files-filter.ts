/** The applications list's drill-down filter resolved against the licence types (issue 16). Pure. */
import type { parseFinishedFilesFilter, TFinishedFilesFilter } from "./schemas";
import { durationBucketRange, type DurationBucketKey } from "./duration-buckets";

/**
 * The files behind a bar of the processing dashboard's duration distribution: finished in [from, to] (WIB days)
 * in `minDays`–`maxDays` working days (`maxDays` null: no upper bound), of one licence type and kecamatan when set.
 * The same columns the dashboard's day aggregates count (finishedDay, processingDays), so the list and the bar agree.
 */
export type FinishedFilesWhere = {
  from: string;
  to: string;
  minDays: number;
  maxDays: number | null;
  licenseTypeId: number | null;
  kecamatanCode: string | null;
};

/**
 * The drill-down of a duration bar (issue 16): the parsed filter as the list's query condition and as the
 * parameters its sort and page links keep; an unknown licence type code is refused like a malformed value.
 */
export function finishedFilesWhere(
  parsed: ReturnType<typeof parseFinishedFilesFilter>,
  licenseTypes: readonly { id: number; code: string }[],
): {
  where: FinishedFilesWhere | null;
  filter: Partial<TFinishedFilesFilter>;
  bucket: DurationBucketKey | null;
  invalid: string | null;
  params: Record<string, string | undefined>;
} {
  const filter = parsed.filter;
  const type = filter?.licenseType ? licenseTypes.find((lt) => lt.code === filter.licenseType) : null;
  if (!filter || type === undefined)
    return { where: null, filter: {}, bucket: null, invalid: filter ? "licenseType" : parsed.invalid, params: {} };
  const days = durationBucketRange(filter.hari);
  return {
    where: {
      from: filter.selesaiDari,
      to: filter.selesaiSampai,
      minDays: days.min,
      maxDays: days.max,
      licenseTypeId: type?.id ?? null,
      kecamatanCode: filter.kecamatan ?? null,
    },
    filter,
    bucket: filter.hari,
    invalid: null,
    params: { ...filter },
  };
}
