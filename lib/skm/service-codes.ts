import "server-only";
import { findCounterIdByCode, findLicenseTypeIdByCode } from "../reference/queries";
import type { FieldErrors } from "../errors";
import { processCache } from "../cache/process-cache";

/**
 * Licence type and counter codes → ids; unknown codes come back as field errors. Codes never change once created
 * (rows are edited by code, not renamed), so known codes are cached for the process (an hour at most); an unknown code
 * is looked up every time, so a type or counter added by another process is found at once.
 */
export async function resolveServiceCodes(licenseType?: string, counter?: string) {
  const fields: FieldErrors = {};
  let licenseTypeId: number | null = null;
  let counterId: number | null = null;
  if (licenseType) {
    licenseTypeId = await idOf(`licenseType:${licenseType}`, () => findLicenseTypeIdByCode(licenseType));
    if (licenseTypeId === null) fields.licenseType = `Jenis layanan "${licenseType}" tidak dikenal`;
  }
  if (counter) {
    counterId = await idOf(`counter:${counter}`, () => findCounterIdByCode(counter));
    if (counterId === null) fields.counter = `Loket "${counter}" tidak dikenal`;
  }
  return { licenseTypeId, counterId, fields };
}

const codeCache = () => processCache<number>("skm.serviceCodes", { ttlMs: 3_600_000 });

async function idOf(key: string, find: () => Promise<{ id: number } | null>): Promise<number | null> {
  // A miss rejects inside the cache (not remembered), so unknown codes are not cached.
  return codeCache()
    .get(key, async () => {
      const row = await find();
      if (!row) throw new UnknownCode();
      return row.id;
    })
    .catch((error: unknown) => {
      if (error instanceof UnknownCode) return null;
      throw error;
    });
}

class UnknownCode extends Error {}
