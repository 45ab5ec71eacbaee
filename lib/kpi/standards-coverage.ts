/**
 * "Berstandar" made measurable: for each licence type, whether the fourteen components of its service standard
 * (UU 25/2009 Pasal 21; PermenPANRB 15/2014; reference.md §4, §9) are filled, split as the regulation splits them:
 * the six service-delivery (penyampaian) components that must be published, and the eight management (pengelolaan)
 * components kept internally; plus the maklumat pelayanan and a published SKM in the last 12 months.
 */

/** Service delivery: published on /layanan/<code>. */
export const DELIVERY_COMPONENTS = [
  "requirements",
  "procedure",
  "time",
  "fee",
  "product",
  "complaintHandling",
] as const;
/** Management: kept internal (staff pages only). */
export const MANAGEMENT_COMPONENTS = [
  "legalBasis",
  "facilities",
  "implementerCompetence",
  "internalSupervision",
  "implementerCount",
  "serviceGuarantee",
  "securityGuarantee",
  "performanceEvaluation",
] as const;
export const STANDARD_COMPONENTS = [...DELIVERY_COMPONENTS, ...MANAGEMENT_COMPONENTS] as const;
export type DeliveryComponent = (typeof DELIVERY_COMPONENTS)[number];
export type ManagementComponent = (typeof MANAGEMENT_COMPONENTS)[number];
export type StandardComponent = (typeof STANDARD_COMPONENTS)[number];

export type LicenseTypeStandard = {
  code: string;
  name: string;
  requirements: string;
  procedure: string;
  slaDays: number;
  tariff: number;
  product: string;
  complaintHandling: string;
  standardPublished: boolean;
} & Record<ManagementComponent, string>;

export type StandardCoverageRow = {
  code: string;
  name: string;
  components: Record<StandardComponent, boolean>;
  /** Filled service-delivery components, 0–6. */
  deliveryFilled: number;
  /** Filled management components, 0–8. */
  managementFilled: number;
  isDeliveryComplete: boolean;
  isManagementComplete: boolean;
  standardPublished: boolean;
  maklumatPublished: boolean;
  skmRecent: boolean;
  /** All fourteen components, published, maklumat and a recent SKM. */
  isComplete: boolean;
  gaps: (StandardComponent | "published" | "maklumat" | "skm")[];
};

const filled = (text: string) => text.split("\n").some((l) => l.trim().length > 0);

export function standardCoverageRow(
  lt: LicenseTypeStandard,
  context: { maklumatPublished: boolean; skmRecent: boolean },
): StandardCoverageRow {
  const components: Record<StandardComponent, boolean> = {
    requirements: filled(lt.requirements),
    procedure: filled(lt.procedure),
    time: Number.isInteger(lt.slaDays) && lt.slaDays > 0,
    fee: Number.isInteger(lt.tariff) && lt.tariff >= 0, // 0 is a published "free"
    product: filled(lt.product),
    complaintHandling: filled(lt.complaintHandling),
    legalBasis: filled(lt.legalBasis),
    facilities: filled(lt.facilities),
    implementerCompetence: filled(lt.implementerCompetence),
    internalSupervision: filled(lt.internalSupervision),
    implementerCount: filled(lt.implementerCount),
    serviceGuarantee: filled(lt.serviceGuarantee),
    securityGuarantee: filled(lt.securityGuarantee),
    performanceEvaluation: filled(lt.performanceEvaluation),
  };
  const deliveryFilled = DELIVERY_COMPONENTS.filter((c) => components[c]).length;
  const managementFilled = MANAGEMENT_COMPONENTS.filter((c) => components[c]).length;
  const gaps: StandardCoverageRow["gaps"] = STANDARD_COMPONENTS.filter((c) => !components[c]);
  if (!lt.standardPublished) gaps.push("published");
  if (!context.maklumatPublished) gaps.push("maklumat");
  if (!context.skmRecent) gaps.push("skm");
  return {
    code: lt.code,
    name: lt.name,
    components,
    deliveryFilled,
    managementFilled,
    isDeliveryComplete: deliveryFilled === DELIVERY_COMPONENTS.length,
    isManagementComplete: managementFilled === MANAGEMENT_COMPONENTS.length,
    standardPublished: lt.standardPublished,
    maklumatPublished: context.maklumatPublished,
    skmRecent: context.skmRecent,
    isComplete: gaps.length === 0,
    gaps,
  };
}

const tenthsOfPercent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** Share of licence types whose standard is complete (all 14) and published, with maklumat and a recent SKM (0–100, 1 decimal). */
export function coveragePercent(rows: StandardCoverageRow[]): number | null {
  if (rows.length === 0) return null;
  return tenthsOfPercent(rows.filter((r) => r.isComplete).length, rows.length);
}

/**
 * Coverage per group: the share of the group's components filled over all licence types (1 decimal), and how many
 * licence types have the whole group. 3 types with 6/6, 6/6 and 3/6 delivery components → 15/18 = 83,3 %, 2 complete.
 */
export function componentGroupCoverage(rows: StandardCoverageRow[]): {
  delivery: { percent: number | null; completeTypes: number };
  management: { percent: number | null; completeTypes: number };
} {
  const sum = (pick: (row: StandardCoverageRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    delivery: {
      percent:
        rows.length === 0
          ? null
          : tenthsOfPercent(
              sum((r) => r.deliveryFilled),
              rows.length * DELIVERY_COMPONENTS.length,
            ),
      completeTypes: rows.filter((r) => r.isDeliveryComplete).length,
    },
    management: {
      percent:
        rows.length === 0
          ? null
          : tenthsOfPercent(
              sum((r) => r.managementFilled),
              rows.length * MANAGEMENT_COMPONENTS.length,
            ),
      completeTypes: rows.filter((r) => r.isManagementComplete).length,
    },
  };
}
