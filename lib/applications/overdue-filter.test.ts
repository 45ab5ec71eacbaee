import { describe, expect, it } from "vitest";
import { overdueDrill } from "./overdue-filter";
import { parseOverdueFilter } from "./schemas";

const types = [
  { id: 3, code: "PBG" },
  { id: 7, code: "SIUP" },
];
// 23:30 WIB on 6 December is still 6 December in Kediri (16:30 UTC).
const NOW = new Date("2026-12-06T16:30:00Z");

describe("parseOverdueFilter", () => {
  it("is absent without terlambat, even with a licence type or kecamatan", () => {
    expect(parseOverdueFilter({})).toEqual({ filter: null, invalid: null });
    expect(parseOverdueFilter({ licenseType: "PBG", kecamatan: "35.71.02" })).toEqual({ filter: null, invalid: null });
  });
  it("reads terlambat=1 with the optional slice (the first of repeated values)", () => {
    expect(parseOverdueFilter({ terlambat: "1" })).toEqual({ filter: { terlambat: "1" }, invalid: null });
    expect(parseOverdueFilter({ terlambat: ["1", "0"], kecamatan: " 35.71.02 " })).toEqual({
      filter: { terlambat: "1", kecamatan: "35.71.02" },
      invalid: null,
    });
  });
  it("names the first refused parameter", () => {
    expect(parseOverdueFilter({ terlambat: "ya" })).toEqual({ filter: null, invalid: "terlambat" });
    expect(parseOverdueFilter({ terlambat: "" })).toEqual({ filter: null, invalid: "terlambat" });
    expect(parseOverdueFilter({ terlambat: "1", licenseType: "pbg!" })).toEqual({
      filter: null,
      invalid: "licenseType",
    });
    expect(parseOverdueFilter({ terlambat: "1", kecamatan: "Kota" })).toEqual({ filter: null, invalid: "kecamatan" });
  });
  it("is refused beside the aging or the duration bar's filter, naming it", () => {
    expect(parseOverdueFilter({ terlambat: "1", umur: "0-5" })).toEqual({ filter: null, invalid: "umur" });
    expect(parseOverdueFilter({ terlambat: "1", hari: "" })).toEqual({ filter: null, invalid: "hari" });
  });
});

describe("overdueDrill", () => {
  it("is absent when the query carries no overdue filter", () => {
    expect(overdueDrill({ q: "KDR" }, types, NOW)).toEqual({ where: null, filter: {}, invalid: null, params: {} });
  });
  it("lists the files overdue on the WIB day of now, of the licence type id and kecamatan, kept in the links", () => {
    expect(overdueDrill({ terlambat: "1", licenseType: "SIUP", kecamatan: "35.71.02" }, types, NOW)).toEqual({
      where: { overdueOn: "2026-12-06", licenseTypeId: 7, kecamatanCode: "35.71.02" },
      filter: { terlambat: "1", licenseType: "SIUP", kecamatan: "35.71.02" },
      invalid: null,
      params: { terlambat: "1", licenseType: "SIUP", kecamatan: "35.71.02" },
    });
    expect(overdueDrill({ terlambat: "1" }, types, new Date("2026-12-06T17:00:00Z")).where).toEqual({
      overdueOn: "2026-12-07",
      licenseTypeId: null,
      kecamatanCode: null,
    });
  });
  it("refuses an unknown licence type and a malformed value", () => {
    expect(overdueDrill({ terlambat: "1", licenseType: "NOPE" }, types, NOW)).toEqual({
      where: null,
      filter: {},
      invalid: "licenseType",
      params: {},
    });
    expect(overdueDrill({ terlambat: "2" }, types, NOW)).toMatchObject({ where: null, invalid: "terlambat" });
  });
});
