import { describe, expect, it } from "vitest";
import { feeDiscrepancyDrill } from "./fee-discrepancy-filter";
import { ZFeeDiscrepancyFilter, parseFeeDiscrepancyFilter } from "./schemas";

const types = [
  { id: 3, code: "PBG" },
  { id: 7, code: "SIUP" },
];
const PERIOD = { selesaiDari: "2026-11-01", selesaiSampai: "2026-11-30" };

describe("parseFeeDiscrepancyFilter", () => {
  it("is absent without selisihTarif, even with dates, a licence type or kecamatan (the duration bar's own)", () => {
    expect(parseFeeDiscrepancyFilter({})).toEqual({ filter: null, invalid: null });
    expect(parseFeeDiscrepancyFilter({ ...PERIOD, hari: "0-5", licenseType: "PBG" })).toEqual({
      filter: null,
      invalid: null,
    });
  });
  it("reads selisihTarif=1 with the period and the optional slice (the first of repeated values, trimmed)", () => {
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD })).toEqual({
      filter: { selisihTarif: "1", ...PERIOD },
      invalid: null,
    });
    expect(
      parseFeeDiscrepancyFilter({ selisihTarif: ["1", "0"], ...PERIOD, licenseType: "PBG", kecamatan: " 35.71.02 " }),
    ).toEqual({ filter: { selisihTarif: "1", ...PERIOD, licenseType: "PBG", kecamatan: "35.71.02" }, invalid: null });
    // A one-day period is a period.
    expect(
      parseFeeDiscrepancyFilter({ selisihTarif: "1", selesaiDari: "2026-11-05", selesaiSampai: "2026-11-05" }).invalid,
    ).toBeNull();
  });
  it("names the first refused parameter", () => {
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "", ...PERIOD }).invalid).toBe("selisihTarif");
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "ya", ...PERIOD }).invalid).toBe("selisihTarif");
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1" }).invalid).toBe("selesaiDari");
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", selesaiDari: "2026-11-01" }).invalid).toBe("selesaiSampai");
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, selesaiDari: "2026-02-30" }).invalid).toBe(
      "selesaiDari",
    );
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, selesaiSampai: "30/11/2026" }).invalid).toBe(
      "selesaiSampai",
    );
    expect(
      parseFeeDiscrepancyFilter({ selisihTarif: "1", selesaiDari: "2026-12-01", selesaiSampai: "2026-11-30" }).invalid,
    ).toBe("selesaiSampai");
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, licenseType: "pbg!" }).invalid).toBe(
      "licenseType",
    );
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, kecamatan: "Kota" }).invalid).toBe("kecamatan");
  });
  it("refuses another drill-down's parameter alongside it, naming that parameter", () => {
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, hari: "0-5" })).toEqual({
      filter: null,
      invalid: "hari",
    });
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, umur: "6-10" }).invalid).toBe("umur");
    expect(parseFeeDiscrepancyFilter({ selisihTarif: "1", ...PERIOD, terlambat: "1" }).invalid).toBe("terlambat");
  });
  it("says in the schema's message which parameter is wrong", () => {
    const reversed = ZFeeDiscrepancyFilter.safeParse({
      selisihTarif: "1",
      selesaiDari: "2026-12-01",
      selesaiSampai: "2026-11-30",
    });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.message).toBe("selesaiSampai tidak boleh sebelum selesaiDari.");
    const badDay = ZFeeDiscrepancyFilter.safeParse({ selisihTarif: "1", ...PERIOD, selesaiDari: "kemarin" });
    expect(badDay.error?.issues[0]?.message).toBe("selesaiDari harus tanggal YYYY-MM-DD.");
  });
});

describe("feeDiscrepancyDrill", () => {
  it("is absent, and not asked for, when the query carries no selisihTarif", () => {
    expect(feeDiscrepancyDrill({ q: "KDR", ...PERIOD, hari: "0-5" }, types)).toEqual({
      asked: false,
      where: null,
      filter: {},
      invalid: null,
      params: {},
    });
  });
  it("lists the period's fee discrepancies of the licence type id and kecamatan, kept in the links", () => {
    expect(
      feeDiscrepancyDrill({ selisihTarif: "1", ...PERIOD, licenseType: "SIUP", kecamatan: "35.71.02" }, types),
    ).toEqual({
      asked: true,
      where: {
        feeDiscrepantFrom: "2026-11-01",
        feeDiscrepantTo: "2026-11-30",
        licenseTypeId: 7,
        kecamatanCode: "35.71.02",
      },
      filter: { selisihTarif: "1", ...PERIOD, licenseType: "SIUP", kecamatan: "35.71.02" },
      invalid: null,
      params: { selisihTarif: "1", ...PERIOD, licenseType: "SIUP", kecamatan: "35.71.02" },
    });
    expect(feeDiscrepancyDrill({ selisihTarif: "1", ...PERIOD }, types).where).toEqual({
      feeDiscrepantFrom: "2026-11-01",
      feeDiscrepantTo: "2026-11-30",
      licenseTypeId: null,
      kecamatanCode: null,
    });
  });
  it("refuses an unknown licence type and a malformed value, still asked for (no other drill-down is read)", () => {
    expect(feeDiscrepancyDrill({ selisihTarif: "1", ...PERIOD, licenseType: "NOPE" }, types)).toEqual({
      asked: true,
      where: null,
      filter: {},
      invalid: "licenseType",
      params: {},
    });
    expect(feeDiscrepancyDrill({ selisihTarif: "1", selesaiDari: "2026-11-01" }, types)).toMatchObject({
      asked: true,
      where: null,
      invalid: "selesaiSampai",
    });
  });
});
