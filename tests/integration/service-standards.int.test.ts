// The fourteen components of a service standard (issue 13 item 5) on the engine of this run: an admin edit stores
// the eight management components, coverage scores both groups, and the public read selects only the six
// service-delivery components.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { updateLicenseTypeStandard } from "@/lib/reference/license-type-admin";
import { standardFormValues } from "@/lib/reference/standard-form";
import { getPublicServiceStandard } from "@/lib/reference/queries";
import { getStandardsCoverage } from "@/lib/kpi/standards-queries";
import { MANAGEMENT_COMPONENTS } from "@/lib/kpi/standards-coverage";

const admin = { id: null, label: "test", role: "ADMIN" as const };

describe("service standard: fourteen components", () => {
  it("stores the management components, scores both groups and keeps them off the public read", async () => {
    const lt = await getDb().licenseType.findFirstOrThrow({ where: { active: true }, orderBy: { code: "asc" } });
    const before = await getStandardsCoverage("2026-11-30");
    const row = before.rows.find((r) => r.code === lt.code)!;
    // reference data fills the six delivery components and the legal basis only
    expect(row).toMatchObject({ deliveryFilled: 6, managementFilled: 1, isManagementComplete: false });
    await updateLicenseTypeStandard(
      {
        ...standardFormValues(lt),
        facilities: "Ruang tunggu ber-AC, loket, komputer",
        implementerCompetence: "Petugas bersertifikat pelayanan prima",
        internalSupervision: "Kepala bidang; Inspektorat",
        implementerCount: "3 orang",
        serviceGuarantee: "Maklumat pelayanan",
        securityGuarantee: "Berkas diarsip; data pribadi dilindungi",
        performanceEvaluation: "Evaluasi triwulanan",
        active: "true",
        standardPublished: "true",
      },
      admin,
    );
    const after = (await getStandardsCoverage("2026-11-30")).rows.find((r) => r.code === lt.code)!;
    expect(after).toMatchObject({
      deliveryFilled: 6,
      managementFilled: 8,
      isDeliveryComplete: true,
      isManagementComplete: true,
    });
    const groups = (await getStandardsCoverage("2026-11-30")).groups;
    expect(groups.management.completeTypes).toBe(before.groups.management.completeTypes + 1);

    const published = await getPublicServiceStandard(lt.code);
    expect(published).toMatchObject({
      code: lt.code,
      requirements: lt.requirements,
      slaDays: lt.slaDays,
      tariff: lt.tariff,
    });
    // The eight management components (legal basis, facilities, staff, supervision, guarantees, evaluation).
    expect(MANAGEMENT_COMPONENTS).toHaveLength(8);
    for (const internal of MANAGEMENT_COMPONENTS) expect(published).not.toHaveProperty(internal);
  });

  it("rejects an over-long management component naming the field", async () => {
    const lt = await getDb().licenseType.findFirstOrThrow({ orderBy: { code: "asc" } });
    await expect(
      updateLicenseTypeStandard(
        {
          code: lt.code,
          name: lt.name,
          nameEn: lt.nameEn,
          slaDays: "5",
          tariff: "0",
          agency: "",
          requirements: "",
          procedure: "",
          product: "",
          complaintHandling: "",
          legalBasis: "",
          implementerCount: "x".repeat(501),
          active: "true",
          standardPublished: "true",
        },
        admin,
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { implementerCount: "Jumlah pelaksana paling banyak 500 karakter" },
    });
  });
});
