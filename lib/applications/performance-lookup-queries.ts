import "server-only";
import { getDb, type Db } from "../db/client";

const CHUNK = 500;

/**
 * What the office measured on these files (issue 20 §4, perception joined to performance): licence type, whether it
 * finished within its SLA (null while open), and whether the fee charged matched the official tariff (null when
 * either is unknown). Keyed by registration number; unknown numbers are simply absent.
 */
export async function getMeasuredPerformance(registrationNos: readonly string[], db: Db = getDb()) {
  const wanted = [...new Set(registrationNos)];
  const result = new Map<string, { licenseTypeId: number; isOnTime: boolean | null; isFeeAsTariff: boolean | null }>();
  for (let start = 0; start < wanted.length; start += CHUNK) {
    const rows = await db.application.findMany({
      where: { registrationNo: { in: wanted.slice(start, start + CHUNK) } },
      select: {
        registrationNo: true,
        licenseTypeId: true,
        isOnTime: true,
        feeCharged: true,
        tariff: true,
        isFeeDiscrepant: true,
      },
    });
    for (const row of rows) {
      result.set(row.registrationNo, {
        licenseTypeId: row.licenseTypeId,
        isOnTime: row.isOnTime,
        isFeeAsTariff: row.feeCharged === null || row.tariff === null ? null : !row.isFeeDiscrepant,
      });
    }
  }
  return result;
}
