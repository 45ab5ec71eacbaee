/** The calendar, reference data and a valid row shared by the application import unit tests (not a test file). */
import { createWorkCalendar, type HolidayEntry } from "../calendar/working-days";
import { loadAreaSeed, loadHolidaySeed } from "../reference/reference-data";
import { LICENSE_TYPES } from "../reference/license-types";
import { parseApplicationRows, prepareReferences } from "./import-rows";

export const cal = createWorkCalendar(loadHolidaySeed() as HolidayEntry[]);
export const areas = loadAreaSeed();
export const refs = prepareReferences({
  licenseTypes: LICENSE_TYPES.map((lt, index) => ({
    id: index + 1,
    code: lt.code,
    slaDays: lt.slaDays,
    tariff: lt.tariff,
    isBusiness: lt.isBusiness,
  })),
  kecamatan: areas.kecamatan,
  kelurahan: areas.kelurahan,
  counters: [
    { id: 1, code: "L1" },
    { id: 4, code: "L4" },
  ],
});

export const base = {
  registrationNo: "KDR-2026-000001",
  licenseType: "REKLAME",
  applicantName: "Budi",
  applicantKind: "individual",
  kecamatan: "Kota",
  kelurahan: "Setono Pande",
  submittedAt: "2026-03-16T09:00",
  completedAt: "2026-03-26",
  status: "issued",
  feeCharged: "350000",
  counter: "L1",
  verifikasiAt: "2026-03-16T10:00",
  penetapanAt: "2026-03-25T10:00",
};
export const parse = (...rows: Record<string, string>[]) => parseApplicationRows(rows, refs, cal, "2026-04-01");
