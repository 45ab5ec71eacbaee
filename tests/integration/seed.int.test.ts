import { describe, it, expect } from "vitest";
import { getDb } from "@/lib/db/client";

describe("reference data", () => {
  it("has Kota Kediri's 3 kecamatan and 46 kelurahan with Kemendagri codes", async () => {
    const db = getDb();
    const kec = await db.kecamatan.findMany({
      include: { _count: { select: { kelurahan: true } } },
      orderBy: { code: "asc" },
    });
    expect(kec.map((k) => [k.code, k.name, k._count.kelurahan])).toEqual([
      ["35.71.01", "Mojoroto", 14],
      ["35.71.02", "Kota", 17],
      ["35.71.03", "Pesantren", 15],
    ]);
    expect(await db.kelurahan.findUnique({ where: { code: "35.71.03.1004" } })).toMatchObject({
      name: "Jamsaren",
      kecamatanCode: "35.71.03",
    });
  });

  it("has the official 2025-2026 holidays and cuti bersama, including the amended 18 Aug 2025", async () => {
    const db = getDb();
    expect(await db.holiday.count({ where: { date: { startsWith: "2025" }, kind: "cuti_bersama" } })).toBe(11);
    expect(await db.holiday.count({ where: { date: { startsWith: "2026" }, kind: "cuti_bersama" } })).toBe(8);
    expect(await db.holiday.findUnique({ where: { date: "2025-08-18" } })).toMatchObject({ kind: "cuti_bersama" });
  });
});
