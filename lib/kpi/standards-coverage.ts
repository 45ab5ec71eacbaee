/**
 * "Berstandar" made measurable: for each licence type, whether the six service-delivery components of the
 * service standard that must be published (PermenPANRB 15/2014; reference.md §4) are complete, plus the
 * maklumat pelayanan and a published SKM in the last 12 months.
 */
export const STANDARD_COMPONENTS = ["requirements", "procedure", "time", "fee", "product", "complaintHandling"] as const;
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
};

export type StandardCoverageRow = {
  code: string;
  name: string;
  components: Record<StandardComponent, boolean>;
  standardPublished: boolean;
  maklumatPublished: boolean;
  skmRecent: boolean;
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
  };
  const gaps: StandardCoverageRow["gaps"] = STANDARD_COMPONENTS.filter((c) => !components[c]);
  if (!lt.standardPublished) gaps.push("published");
  if (!context.maklumatPublished) gaps.push("maklumat");
  if (!context.skmRecent) gaps.push("skm");
  return {
    code: lt.code,
    name: lt.name,
    components,
    standardPublished: lt.standardPublished,
    maklumatPublished: context.maklumatPublished,
    skmRecent: context.skmRecent,
    isComplete: gaps.length === 0,
    gaps,
  };
}

/** Share of licence types whose standard is complete and published, with maklumat and a recent SKM (0–100, 1 decimal). */
export function coveragePercent(rows: StandardCoverageRow[]): number | null {
  if (rows.length === 0) return null;
  return Math.round((rows.filter((r) => r.isComplete).length / rows.length) * 1000) / 10;
}
