/** The applications list's fee-discrepancy filter resolved against the licence types. Pure. */
import { parseFeeDiscrepancyFilter, type TFeeDiscrepancyFilter } from "./schemas";

/**
 * The files finished in [from, to] (WIB days) whose fee differs from the official tariff, of one licence type and
 * kecamatan when given: the dashboard's "Selisih tarif" condition (isFeeDiscrepant, finishedDay, the slice).
 */
export type FeeDiscrepancyWhere = {
  feeDiscrepantFrom: string;
  feeDiscrepantTo: string;
  licenseTypeId: number | null;
  kecamatanCode: string | null;
};

/**
 * The files finished in [from, to] (every finished file has its working days: the writers set both) whose fee differs
 * from the tariff, of the slice: the one condition behind the dashboard's "Selisih tarif" and the list's filter.
 */
export function feeDiscrepantFilesWhere(slice: {
  from: string;
  to: string;
  licenseTypeId?: number | null;
  kecamatanCode?: string | null;
}) {
  return {
    isFeeDiscrepant: true,
    finishedDay: { gte: slice.from, lte: slice.to },
    ...(slice.licenseTypeId ? { licenseTypeId: slice.licenseTypeId } : {}),
    ...(slice.kecamatanCode ? { kecamatanCode: slice.kecamatanCode } : {}),
  };
}

/**
 * The applications list's fee-discrepancy filter (`selisihTarif=1&selesaiDari=…&selesaiSampai=…`, the dashboard's
 * "see all fee discrepancies"): the list counts exactly the dashboard's fee-discrepancy figure for the same period,
 * licence type and kecamatan. An unknown licence type code is refused like a malformed value. `asked` is true
 * whenever the query carries `selisihTarif`, valid or not: the page then applies no other drill-down.
 */
export function feeDiscrepancyDrill(
  raw: Record<string, string | string[] | undefined>,
  licenseTypes: readonly { id: number; code: string }[],
): {
  asked: boolean;
  where: FeeDiscrepancyWhere | null;
  filter: Partial<TFeeDiscrepancyFilter>;
  invalid: string | null;
  params: Record<string, string | undefined>;
} {
  const parsed = parseFeeDiscrepancyFilter(raw);
  const filter = parsed.filter;
  const asked = filter !== null || parsed.invalid !== null;
  const type = filter?.licenseType ? licenseTypes.find((lt) => lt.code === filter.licenseType) : null;
  if (!filter || type === undefined)
    return { asked, where: null, filter: {}, invalid: filter ? "licenseType" : parsed.invalid, params: {} };
  return {
    asked,
    where: {
      feeDiscrepantFrom: filter.selesaiDari,
      feeDiscrepantTo: filter.selesaiSampai,
      licenseTypeId: type?.id ?? null,
      kecamatanCode: filter.kecamatan ?? null,
    },
    filter,
    invalid: null,
    params: { ...filter },
  };
}
