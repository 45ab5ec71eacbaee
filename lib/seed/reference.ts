import "server-only";
import type { Db } from "../db/client";
import { invalidateReference } from "../reference/cache";
import { loadAreaSeed, loadHolidaySeed, loadHolidayYearSeed } from "../reference/reference-data";
import { DEFAULT_HANDLING_CATEGORIES } from "../complaints/handling-categories";
import {
  AGENCY_SLA_DAYS,
  COUNTERS,
  DEFAULT_COMPLAINT_HANDLING,
  DEFAULT_PROCEDURE,
  LICENSE_TYPES,
} from "../reference/license-types";

/**
 * Reference data every installation starts with (demo or not): areas, holidays and cuti bersama,
 * licence types with their service standards, counters. Only fills what is missing: admins' edits survive.
 */
export async function seedReferenceData(db: Db): Promise<{ created: boolean }> {
  const existing = await db.licenseType.count();
  const areas = loadAreaSeed();
  await db.$transaction(
    async (tx) => {
      for (const k of areas.kecamatan) {
        await tx.kecamatan.upsert({ where: { code: k.code }, create: k, update: {} });
      }
      for (const k of areas.kelurahan) {
        await tx.kelurahan.upsert({ where: { code: k.code }, create: k, update: {} });
      }
      // Holidays and year statuses that are missing, in one statement each (an admin's edits and confirmations are
      // never overwritten).
      const haveDates = new Set((await tx.holiday.findMany({ select: { date: true } })).map((h) => h.date));
      const newHolidays = loadHolidaySeed().filter((h) => !haveDates.has(h.date));
      if (newHolidays.length > 0) await tx.holiday.createMany({ data: newHolidays });
      const haveYears = new Set((await tx.holidayYear.findMany({ select: { year: true } })).map((y) => y.year));
      const newYears = loadHolidayYearSeed().filter((y) => !haveYears.has(y.year));
      if (newYears.length > 0) await tx.holidayYear.createMany({ data: newYears });
      // Complaint handling categories (issue 13): the starting tiers, only into an empty table (admins edit them).
      if ((await tx.complaintHandlingCategory.count()) === 0) {
        await tx.complaintHandlingCategory.createMany({ data: [...DEFAULT_HANDLING_CATEGORIES] });
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
              agencySlaDays: AGENCY_SLA_DAYS[lt.code] ?? Math.max(1, Math.round(lt.slaDays * 0.6)),
              isBusiness: lt.isBusiness,
              active: lt.active,
              product: lt.product,
              requirements: lt.requirements.join("\n"),
              procedure: DEFAULT_PROCEDURE.join("\n"),
              complaintHandling: DEFAULT_COMPLAINT_HANDLING,
              legalBasis:
                "UU 25/2009 tentang Pelayanan Publik; PermenPANRB 15/2014; Perwali Kediri tentang Standar Pelayanan",
              standardPublished: lt.active,
            },
          });
        }
        for (const c of COUNTERS) await tx.counter.create({ data: c });
      }
      // A few hundred upserts: on a loaded machine they outlast Prisma's default 5 s interactive-transaction timeout.
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  invalidateReference("license-types", "counters", "areas", "work-calendar");
  return { created: existing === 0 };
}
