import { z } from "zod";
import { fieldIssue } from "../validation/parse";
import { indonesianInteger, integerRangeMessage, NUMBER_BOUNDS } from "../validation/bounds";

const managementText = (label: string, max = 2000) =>
  z
    .string({ message: `${label} harus berupa teks` })
    .max(max, { message: `${label} paling banyak ${max} karakter` })
    .optional()
    .default("");

/**
 * What an administrator edits for a licence type: the fourteen components of its service standard (UU 25/2009
 * Pasal 21, PermenPANRB 15/2014) — the six published service-delivery components (requirements, procedure, SLA,
 * tariff, product, complaint handling) and the eight internal management components (legal basis, facilities, staff
 * competence, internal supervision, number of staff, service guarantee, security and safety guarantee, staff
 * performance evaluation) — with the SLA and tariff.
 */
export const ZLicenseTypeStandardInput = z
  .object({
    code: z.string().min(1),
    name: z.string().trim().min(3, { message: "Nama minimal 3 karakter" }).max(200),
    nameEn: z.string().trim().min(3, { message: "Nama (English) minimal 3 karakter" }).max(200),
    slaDays: z.coerce
      .number({ message: "Waktu penyelesaian harus angka" })
      .int({ message: "Waktu penyelesaian harus bilangan bulat hari kerja" })
      .min(NUMBER_BOUNDS.slaDays.min, { message: "Minimal 1 hari kerja" })
      .max(NUMBER_BOUNDS.slaDays.max, { message: integerRangeMessage("Waktu penyelesaian", NUMBER_BOUNDS.slaDays) }),
    // "1.250.000", "Rp 350.000" or "350000" (lib/validation/indonesian-number.ts).
    tariff: indonesianInteger("Tarif", NUMBER_BOUNDS.feeRupiah),
    agency: z.string().trim().max(200),
    // The agency's share of the SLA for the rekomendasi_teknis stage (issue 20); left out = unchanged.
    agencySlaDays: z.coerce
      .number({ message: "Batas waktu rekomendasi harus angka" })
      .int({ message: "Batas waktu rekomendasi harus bilangan bulat hari kerja" })
      .min(NUMBER_BOUNDS.slaDays.min, { message: "Batas waktu rekomendasi minimal 1 hari kerja" })
      .max(NUMBER_BOUNDS.slaDays.max, {
        message: integerRangeMessage("Batas waktu rekomendasi", NUMBER_BOUNDS.slaDays),
      })
      .optional(),
    requirements: z.string().max(4000),
    procedure: z.string().max(4000),
    product: z.string().max(500),
    complaintHandling: z.string().max(2000),
    legalBasis: z.string().max(2000),
    facilities: managementText("Sarana dan prasarana"),
    implementerCompetence: managementText("Kompetensi pelaksana"),
    internalSupervision: managementText("Pengawasan internal"),
    implementerCount: managementText("Jumlah pelaksana", 500),
    serviceGuarantee: managementText("Jaminan pelayanan"),
    securityGuarantee: managementText("Jaminan keamanan dan keselamatan"),
    performanceEvaluation: managementText("Evaluasi kinerja pelaksana"),
    active: z.enum(["true", "false"]).transform((v) => v === "true"),
    standardPublished: z.enum(["true", "false"]).transform((v) => v === "true"),
  })
  .superRefine((input, ctx) => {
    if (input.agencySlaDays !== undefined && input.agencySlaDays > input.slaDays)
      fieldIssue(ctx, "agencySlaDays", "Batas waktu rekomendasi tidak boleh melebihi waktu penyelesaian izin");
  });
export type TLicenseTypeStandardInput = z.output<typeof ZLicenseTypeStandardInput>;
