import { describe, it, expect } from "vitest";
import { standardCoverageRow, coveragePercent, type LicenseTypeStandard } from "./standards-coverage";

const complete: LicenseTypeStandard = {
  code: "PBG",
  name: "Persetujuan Bangunan Gedung",
  requirements: "KTP\nBukti kepemilikan tanah",
  procedure: "Pendaftaran\nVerifikasi",
  slaDays: 28,
  tariff: 0,
  product: "Dokumen PBG",
  complaintHandling: "SMS, web, loket",
  standardPublished: true,
};

describe("standards coverage", () => {
  it("a complete, published standard with maklumat and a recent SKM has no gaps (a free tariff counts as published)", () => {
    const row = standardCoverageRow(complete, { maklumatPublished: true, skmRecent: true });
    expect(row.isComplete).toBe(true);
    expect(row.gaps).toEqual([]);
  });

  it("lists each gap: blank requirements (whitespace only), no product, unpublished, no recent SKM", () => {
    const row = standardCoverageRow({ ...complete, requirements: " \n ", product: "", standardPublished: false }, { maklumatPublished: true, skmRecent: false });
    expect(row.gaps).toEqual(["requirements", "product", "published", "skm"]);
    expect(row.components.time).toBe(true);
  });

  it("coverage is the share of complete licence types, one decimal; none → null", () => {
    const ok = standardCoverageRow(complete, { maklumatPublished: true, skmRecent: true });
    const gap = standardCoverageRow({ ...complete, slaDays: 0 }, { maklumatPublished: true, skmRecent: true });
    expect(coveragePercent([ok, ok, gap])).toBe(66.7);
    expect(coveragePercent([])).toBeNull();
  });
});
