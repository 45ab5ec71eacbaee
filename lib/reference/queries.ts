import "server-only";
import { getDb } from "../db/client";

/** Licence types with their public service standard figures. */
export async function listLicenseTypes(options: { activeOnly?: boolean } = {}) {
  return getDb().licenseType.findMany({
    where: options.activeOnly ? { active: true } : undefined,
    orderBy: { code: "asc" },
  });
}

export async function getLicenseTypeByCode(code: string) {
  return getDb().licenseType.findUnique({ where: { code } });
}

export async function listCounters() {
  return getDb().counter.findMany({ orderBy: { code: "asc" } });
}

export async function listAreas() {
  return getDb().kecamatan.findMany({ include: { kelurahan: { orderBy: { code: "asc" } } }, orderBy: { code: "asc" } });
}

export async function listHolidays() {
  return getDb().holiday.findMany({ orderBy: { date: "asc" } });
}
