import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addWorkingDays } from "@/lib/calendar/working-days";
import {
  importHolidayYear,
  loadWorkCalendar,
  setCutiBersamaStopsClock,
  upsertHoliday,
} from "@/lib/calendar/calendar-store";

const admin = { id: null, label: "admin", role: "ADMIN" as const };

describe("holiday calendar store", () => {
  it("loads the seeded holidays: 17–24 March 2026 stretch, and the cuti bersama setting", async () => {
    expect(addWorkingDays(await loadWorkCalendar(), "2026-03-17", 3)).toBe("2026-03-27");
    await setCutiBersamaStopsClock(false, admin);
    // 18, 20, 23, 24 March are cuti bersama: they count again.
    expect(addWorkingDays(await loadWorkCalendar(), "2026-03-17", 3)).toBe("2026-03-23");
    await setCutiBersamaStopsClock(true, admin);
  });

  it("imports a year all-or-nothing and replaces only that year", async () => {
    const db = getDb();
    const before2026 = await db.holiday.count({ where: { date: { startsWith: "2026" } } });
    await expect(
      importHolidayYear(
        2030,
        "date,kind,name\n2030-01-01,libur_nasional,Tahun Baru\n2026-12-31,cuti_bersama,Salah tahun\n",
        admin,
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "baris 3 / date": "Tanggal 2026-12-31 bukan tahun 2030." },
    });
    expect(await db.holiday.count({ where: { date: { startsWith: "2030" } } })).toBe(0);
    expect(
      await importHolidayYear(
        2030,
        "date,kind,name\n2030-01-01,libur_nasional,Tahun Baru 2030 Masehi\n2030-01-01,libur_nasional,dup\n",
        admin,
      ),
    ).toBe(1);
    expect(await db.holiday.count({ where: { date: { startsWith: "2030" } } })).toBe(1);
    expect(await db.holiday.count({ where: { date: { startsWith: "2026" } } })).toBe(before2026);
    await expect(upsertHoliday({ date: "2030-02-30", kind: "libur_nasional", name: "X" }, admin)).rejects.toMatchObject(
      { code: "VALIDATION" },
    );
    // An imported year is provisional until an admin confirms it against the signed SKB.
    expect(await db.holidayYear.findUnique({ where: { year: 2030 } })).toMatchObject({
      status: "provisional",
      source: "Impor CSV oleh admin",
    });
  });
});
