import { describe, expect, it } from "vitest";
import { filterOneYearEarlier, wibRangeToUtc } from "./filter";
import { ZInvestmentExportQuery, ZInvestmentFilter } from "./schemas";

function fieldsOf(input: Record<string, string>): Record<string, string> {
  const result = ZInvestmentFilter.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("ZInvestmentFilter", () => {
  it("defaults interval to month and drops empty filters", () => {
    expect(ZInvestmentFilter.parse({ from: "2026-01-01", to: "2026-12-31", groupBy: "", origin: "" })).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
      interval: "month",
    });
  });

  it("accepts every filter", () => {
    const input = {
      from: "2025-01-01",
      to: "2026-12-31",
      interval: "quarter",
      groupBy: "kecamatan",
      sector: "konstruksi",
      sectorGroup: "tersier",
      kecamatan: "35.71.02",
      origin: "PMA",
      scale: "besar",
    };
    expect(ZInvestmentFilter.parse(input)).toEqual(input);
  });

  it.each([
    [{ to: "2026-12-31" }, { from: "Tanggal awal (from) wajib diisi (format YYYY-MM-DD)." }],
    [
      { from: "2026-02-30", to: "2026-12-31" },
      { from: "Tanggal awal (from) harus tanggal yang valid dengan format YYYY-MM-DD." },
    ],
    [{ from: "2026-02-01", to: "2026-01-31" }, { to: "Tanggal akhir (to) tidak boleh sebelum tanggal awal (from)." }],
    [{ from: "2016-01-01", to: "2026-01-31" }, { to: "Rentang tanggal paling panjang 3660 hari." }],
    [
      { from: "2026-01-01", to: "2026-01-31", interval: "week" },
      { interval: "interval harus month, quarter atau year." },
    ],
    [
      { from: "2026-01-01", to: "2026-01-31", groupBy: "kbli" },
      { groupBy: "groupBy harus sector, sectorGroup, kecamatan, origin atau scale." },
    ],
    [{ from: "2026-01-01", to: "2026-01-31", origin: "asing" }, { origin: "origin harus PMA atau PMDN." }],
    [
      { from: "2026-01-01", to: "2026-01-31", kecamatan: "Mojoroto" },
      { kecamatan: "kecamatan harus kode seperti 35.71.01." },
    ],
    [
      { from: "2026-01-01", to: "2026-01-31", scale: "raksasa" },
      { scale: "scale harus mikro, kecil, menengah atau besar." },
    ],
  ] as const)("%j → %j", (input, fields) => {
    expect(fieldsOf(input)).toEqual(fields);
  });

  it("export query adds kind (projects by default) and rejects others", () => {
    expect(ZInvestmentExportQuery.parse({ from: "2026-01-01", to: "2026-01-31" }).kind).toBe("projects");
    expect(ZInvestmentExportQuery.parse({ from: "2026-01-01", to: "2026-01-31", kind: "trend" }).kind).toBe("trend");
    expect(ZInvestmentExportQuery.safeParse({ from: "2026-01-01", to: "2026-01-31", kind: "xlsx" }).success).toBe(
      false,
    );
  });
});

describe("date helpers", () => {
  it("wibRangeToUtc: WIB midnight to the next WIB midnight after `to`", () => {
    const { start, endExclusive } = wibRangeToUtc("2026-01-01", "2026-03-31");
    expect(start.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(endExclusive.toISOString()).toBe("2026-03-31T17:00:00.000Z");
  });
  it("filterOneYearEarlier shifts both ends; 29 Feb becomes 28 Feb", () => {
    expect(filterOneYearEarlier({ from: "2024-02-29", to: "2024-12-31", origin: "PMA" })).toEqual({
      from: "2023-02-28",
      to: "2023-12-31",
      origin: "PMA",
    });
  });
});

import { dashboardFilter } from "./filter";

describe("dashboardFilter", () => {
  it("defaults to the year to date", () => {
    expect(dashboardFilter({}, "2026-11-29")).toEqual({
      filter: { from: "2026-01-01", to: "2026-11-29", interval: "month" },
      errors: {},
    });
  });
  it("keeps valid parameters and reports invalid ones, falling back to defaults", () => {
    expect(
      dashboardFilter({ from: "2025-01-01", to: "2025-12-31", interval: "quarter", origin: ["PMA"] }, "2026-11-29")
        .filter,
    ).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      interval: "quarter",
      origin: "PMA",
    });
    expect(dashboardFilter({ origin: "asing" }, "2026-11-29")).toEqual({
      filter: { from: "2026-01-01", to: "2026-11-29", interval: "month" },
      errors: { origin: "origin harus PMA atau PMDN." },
    });
  });
});
