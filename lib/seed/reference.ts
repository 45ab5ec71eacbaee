import "server-only";
import type { Db } from "../db/client";
import { loadAreaSeed, loadHolidaySeed } from "../reference/reference-data";
import { COUNTERS, DEFAULT_COMPLAINT_HANDLING, DEFAULT_PROCEDURE, LICENSE_TYPES } from "../reference/license-types";

/**
 * Reference data every installation starts with (demo or not): areas, holidays and cuti bersama,
 * licence types with their service standards, counters. Only fills what is missing: admins' edits survive.
 */
export async function seedReferenceData(db: Db): Promise<{ created: boolean }> {
  const existing = await db.licenseType.count();
  const areas = loadAreaSeed();
  await db.$transaction(async (tx) => {
    for (const k of areas.kecamatan) {
      await tx.kecamatan.upsert({ where: { code: k.code }, create: k, update: {} });
    }
    for (const k of areas.kelurahan) {
      await tx.kelurahan.upsert({ where: { code: k.code }, create: k, update: {} });
    }
    for (const h of loadHolidaySeed()) {
      await tx.holiday.upsert({ where: { date: h.date }, create: h, update: {} });
    }
    if (existing === 0) {
      for (const lt of LICENSE_TYPES) {
        await tx.licenseType.create({
          data: {
            code: lt.code,
            name: lt.name,
            nameEn: lt.nameEn,
            slaDays: lt.slaDays,
            tariff: lt.tariff,
            agency: lt.agency,
            isBusiness: lt.isBusiness,
            active: lt.active,
            product: lt.product,
            requirements: lt.requirements.join("\n"),
            procedure: DEFAULT_PROCEDURE.join("\n"),
            complaintHandling: DEFAULT_COMPLAINT_HANDLING,
            legalBasis: "UU 25/2009 tentang Pelayanan Publik; PermenPANRB 15/2014; Perwali Kediri tentang Standar Pelayanan",
            standardPublished: lt.active,
          },
        });
      }
      for (const c of COUNTERS) await tx.counter.create({ data: c });
    }
    // ~100 sequential upserts: on a loaded machine (shared CPU, PostgreSQL) Prisma's default 5 s is too short.
  }, { timeout: 60_000, maxWait: 30_000 });
  return { created: existing === 0 };
}
