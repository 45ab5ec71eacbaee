import "server-only";
import { getDb, type Db } from "../db/client";
import type { TLicenseTypeStandardInput } from "./schemas";

/**
 * Writes an administrator's edit of a licence type's service standard; answers the row as it was before (for the
 * audit trail), or null when no licence type has the code (nothing written).
 */
export async function updateLicenseTypeRow(
  code: string,
  data: Omit<TLicenseTypeStandardInput, "code">,
  db: Db = getDb(),
) {
  const before = await db.licenseType.findUnique({ where: { code } });
  if (before) await db.licenseType.update({ where: { code }, data });
  return before;
}
