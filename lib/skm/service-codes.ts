import "server-only";
import { getDb } from "../db/client";
import type { FieldErrors } from "../errors";

/** Licence type and counter codes → ids; unknown codes come back as field errors. */
export async function resolveServiceCodes(licenseType?: string, counter?: string) {
  const db = getDb();
  const fields: FieldErrors = {};
  let licenseTypeId: number | null = null;
  let counterId: number | null = null;
  if (licenseType) {
    const row = await db.licenseType.findUnique({ where: { code: licenseType }, select: { id: true } });
    if (row) licenseTypeId = row.id;
    else fields.licenseType = `Jenis layanan "${licenseType}" tidak dikenal`;
  }
  if (counter) {
    const row = await db.counter.findUnique({ where: { code: counter }, select: { id: true } });
    if (row) counterId = row.id;
    else fields.counter = `Loket "${counter}" tidak dikenal`;
  }
  return { licenseTypeId, counterId, fields };
}
