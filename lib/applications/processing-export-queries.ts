import "server-only";
import { toWibDate } from "../calendar/working-days";
import { listAreas, listLicenseTypes } from "../reference/queries";
import { FEE_LIST_LENGTH, OVERDUE_LIST_LENGTH, getProcessingDashboard } from "./processing-dashboard-queries";
import { getDb } from "../db/client";
import { resolveProcessingRange } from "./processing-export";

/**
 * What the processing downloads show for the page's parameters: the same range defaults and filters as
 * /staf/waktu-proses (an unknown licence type or kecamatan code is ignored, as on the page).
 */
export async function getProcessingExport(
  query: { from?: string; to?: string; licenseType?: string; kecamatan?: string },
  now: Date,
) {
  const range = resolveProcessingRange(query, toWibDate(now));
  const [licenseTypes, areas] = await Promise.all([listLicenseTypes(), listAreas()]);
  const licenseType = licenseTypes.find((lt) => lt.code === query.licenseType) ?? null;
  const kecamatan = areas.find((k) => k.code === query.kecamatan) ?? null;
  const data = await getProcessingDashboard(
    { ...range, licenseTypeId: licenseType?.id ?? null, kecamatanCode: kecamatan?.code ?? null },
    now,
    getDb(),
    OVERDUE_LIST_LENGTH.export,
    FEE_LIST_LENGTH.export,
  );
  return { range, data, licenseType, kecamatan };
}
