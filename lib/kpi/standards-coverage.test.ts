import { describe, it, expect } from "vitest";
import {
  componentGroupCoverage,
  coveragePercent,
  standardCoverageRow,
  STANDARD_COMPONENTS,
  type LicenseTypeStandard,
} from "./standards-coverage";

const complete: LicenseTypeStandard = {
  code: "PBG",
  name: "Persetujuan Bangunan Gedung",
  requirements: "KTP\nBukti kepemilikan tanah",
  procedure: "Pendaftaran\nVerifikasi",
  slaDays: 28,
  tariff: 0,
  product: "Dokumen PBG",
  complaintHandling: "SMS, web, loket",
  legalBasis: "UU 25/2009; PP 16/2021",
  facilities: "Ruang tunggu, loket, komputer",
  implementerCompetence: "Tenaga teknis bersertifikat",
  internalSupervision: "Atasan langsung; APIP",
  implementerCount: "4 orang",
  serviceGuarantee: "Maklumat pelayanan",
  securityGuarantee: "Dokumen diarsip; data pribadi dilindungi",
  performanceEvaluation: "Evaluasi triwulanan",
  standardPublished: true,
};

describe("standards coverage — fourteen components", () => {
  it("lists fourteen components: six service delivery, eight management", () => {
    expect(STANDARD_COMPONENTS).toHaveLength(14);
  });

  it("a complete, published standard with maklumat and a recent SKM has no gaps (a free tariff counts as published)", () => {
    const row = standardCoverageRow(complete, { maklumatPublished: true, skmRecent: true });
    expect(row).toMatchObject({
      isComplete: true,
      gaps: [],
      deliveryFilled: 6,
      managementFilled: 8,
      isDeliveryComplete: true,
      isManagementComplete: true,
    });
  });

  it("lists each gap in regulation order: delivery first, then management, then publication", () => {
    const row = standardCoverageRow(
      {
        ...complete,
        requirements: " \n ",
        product: "",
        facilities: "",
        implementerCount: "  ",
        standardPublished: false,
      },
      { maklumatPublished: true, skmRecent: false },
    );
    expect(row.gaps).toEqual(["requirements", "product", "facilities", "implementerCount", "published", "skm"]);
    expect(row).toMatchObject({
      deliveryFilled: 4,
      managementFilled: 6,
      isDeliveryComplete: false,
      isManagementComplete: false,
    });
    expect(row.components.time).toBe(true);
  });

  it("a standard complete for the public but missing management components is not complete", () => {
    const row = standardCoverageRow(
      { ...complete, internalSupervision: "", performanceEvaluation: "" },
      { maklumatPublished: true, skmRecent: true },
    );
    expect(row).toMatchObject({
      isDeliveryComplete: true,
      isManagementComplete: false,
      managementFilled: 6,
      isComplete: false,
    });
    expect(row.gaps).toEqual(["internalSupervision", "performanceEvaluation"]);
  });

  it("coverage: share of complete types; per group, share of components filled (14/18 = 77,8 %; 22/24 = 91,7 %)", () => {
    const context = { maklumatPublished: true, skmRecent: true };
    const ok = standardCoverageRow(complete, context);
    const noTime = standardCoverageRow({ ...complete, slaDays: 0 }, context);
    // 3 delivery missing (requirements, procedure, product); 2 management missing
    const sparse = standardCoverageRow(
      { ...complete, requirements: "", procedure: "", product: "", facilities: "", serviceGuarantee: "" },
      context,
    );
    expect(coveragePercent([ok, ok, noTime])).toBe(66.7);
    expect(coveragePercent([])).toBeNull();
    // delivery: 6 + 5 + 3 = 14 of 18 → 77,8 %; management: 8 + 8 + 6 = 22 of 24 → 91,7 %
    expect(componentGroupCoverage([ok, noTime, sparse])).toEqual({
      delivery: { percent: 77.8, completeTypes: 1 },
      management: { percent: 91.7, completeTypes: 2 },
    });
    expect(componentGroupCoverage([])).toEqual({
      delivery: { percent: null, completeTypes: 0 },
      management: { percent: null, completeTypes: 0 },
    });
  });
});
