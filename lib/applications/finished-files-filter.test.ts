import { describe, expect, it } from "vitest";
import { finishedFilesWhere } from "./finished-files-filter";
import { parseFinishedFilesFilter } from "./schemas";

const types = [
  { id: 3, code: "PBG" },
  { id: 7, code: "SIUP" },
];
const resolve = (raw: Record<string, string>) => finishedFilesWhere(parseFinishedFilesFilter(raw), types);

describe("finishedFilesWhere", () => {
  it("is absent when the query carries none of its parameters", () => {
    expect(resolve({ q: "KDR" })).toMatchObject({ where: null, invalid: null, params: {} });
  });
  it("reads a bar's days, bucket bounds, licence type id and kecamatan, and keeps them in the links", () => {
    const raw = {
      selesaiDari: "2026-01-01",
      selesaiSampai: "2026-06-30",
      hari: "6-10",
      licenseType: "PBG",
      kecamatan: "35.71.02",
    };
    expect(resolve(raw)).toEqual({
      where: {
        from: "2026-01-01",
        to: "2026-06-30",
        minDays: 6,
        maxDays: 10,
        licenseTypeId: 3,
        kecamatanCode: "35.71.02",
      },
      filter: raw,
      bucket: "6-10",
      invalid: null,
      params: raw,
    });
  });
  it("has no upper bound for the open-ended bucket", () => {
    const { where } = resolve({ selesaiDari: "2026-01-01", selesaiSampai: "2026-01-31", hari: ">30" });
    expect(where).toMatchObject({ minDays: 31, maxDays: null, licenseTypeId: null, kecamatanCode: null });
  });
  it("names the refused parameter and drops the filter", () => {
    const base = { selesaiDari: "2026-01-01", selesaiSampai: "2026-01-31", hari: "6-10" };
    expect(resolve({ ...base, hari: "7-9" })).toMatchObject({ where: null, invalid: "hari" });
    expect(resolve({ ...base, selesaiDari: "2026-02-30" })).toMatchObject({ where: null, invalid: "selesaiDari" });
    expect(resolve({ ...base, selesaiSampai: "2025-12-31" })).toMatchObject({ where: null, invalid: "selesaiSampai" });
    expect(resolve({ ...base, kecamatan: "Kota" })).toMatchObject({ where: null, invalid: "kecamatan" });
    expect(resolve({ ...base, licenseType: "XYZ" })).toMatchObject({ where: null, invalid: "licenseType" });
    expect(resolve({ hari: "6-10" })).toMatchObject({ where: null, invalid: "selesaiDari" });
  });
});
