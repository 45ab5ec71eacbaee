/**
 * A licence type's service standard as the values of its edit form (every field a string, as a form posts them):
 * what the admin page shows first (the tariff grouped the Indonesian way, "1.500.000"), and what
 * updateLicenseTypeStandard accepts back unchanged. Pure.
 */
import { formatCount } from "../format/format";

/** What names a licence type and its basic standard: code, names, SLA in working days, tariff (rupiah), agency. */
export type LicenseTypeBasics = {
  code: string;
  name: string;
  nameEn: string;
  slaDays: number;
  tariff: number;
  agency: string;
};

export type LicenseTypeStandardRow = LicenseTypeBasics & {
  agencySlaDays: number;
  requirements: string;
  procedure: string;
  product: string;
  complaintHandling: string;
  legalBasis: string;
  facilities: string;
  implementerCompetence: string;
  internalSupervision: string;
  implementerCount: string;
  serviceGuarantee: string;
  securityGuarantee: string;
  performanceEvaluation: string;
  active: boolean;
  standardPublished: boolean;
};

export function standardFormValues(lt: LicenseTypeStandardRow) {
  return {
    code: lt.code,
    name: lt.name,
    nameEn: lt.nameEn,
    slaDays: String(lt.slaDays),
    tariff: formatCount(lt.tariff, "id"),
    agency: lt.agency,
    agencySlaDays: String(lt.agencySlaDays),
    requirements: lt.requirements,
    procedure: lt.procedure,
    product: lt.product,
    complaintHandling: lt.complaintHandling,
    legalBasis: lt.legalBasis,
    facilities: lt.facilities,
    implementerCompetence: lt.implementerCompetence,
    internalSupervision: lt.internalSupervision,
    implementerCount: lt.implementerCount,
    serviceGuarantee: lt.serviceGuarantee,
    securityGuarantee: lt.securityGuarantee,
    performanceEvaluation: lt.performanceEvaluation,
    active: String(lt.active),
    standardPublished: String(lt.standardPublished),
  };
}
