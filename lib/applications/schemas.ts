/** Input schemas shared by the officer's forms, the server actions and the route handlers. */
import { z } from "zod";
import { ZInvestmentFields } from "../investment/schemas";
import { indonesianInteger, NUMBER_BOUNDS } from "../validation/bounds";
import { APPLICANT_KINDS, OUTCOMES, REGISTRATION_NO_RULE, STAGES, normalizeRegistrationNo } from "./constants";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

export const ZRegisterApplication = z.object({
  registrationNo: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const normalized = normalizeRegistrationNo(value);
      if (normalized === null) {
        ctx.addIssue({ code: "custom", message: REGISTRATION_NO_RULE });
        return z.NEVER;
      }
      return normalized;
    }),
  licenseType: z.string().trim().min(1, { error: "Pilih jenis izin." }),
  applicantName: z.string().trim().min(2, { error: "Nama pemohon wajib diisi." }).max(200),
  applicantKind: z.enum(APPLICANT_KINDS, { error: "Pilih jenis pemohon." }),
  kelurahan: z.string().trim().min(1, { error: "Pilih kelurahan." }),
  counter: optionalText(20),
  // "350.000", "Rp 1.250.000" or "350000"; empty = no fee recorded.
  feeCharged: z
    .union([z.string(), z.number()])
    .optional()
    .transform((value) => (value === undefined || String(value).trim() === "" ? null : value))
    .pipe(indonesianInteger("Biaya", NUMBER_BOUNDS.feeRupiah).nullable()),
});
export type TRegisterApplication = z.infer<typeof ZRegisterApplication>;

/** Investment block of the form: all empty means "not declared". */
export { ZInvestmentFields };

export const ZApplicationAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("stage"), stage: z.enum(STAGES, { error: "Tahap tidak dikenal." }) }),
  z.object({ kind: z.literal("pause"), note: optionalText(500) }),
  z.object({ kind: z.literal("resume") }),
  // Hand-over of an issued permit: the penyerahan stage and the issued outcome in one step.
  z.object({ kind: z.literal("handover") }),
  z.object({
    kind: z.literal("outcome"),
    outcome: z.enum(OUTCOMES, { error: "Hasil tidak dikenal." }),
    reason: optionalText(500),
  }),
]);
export type TApplicationAction = z.infer<typeof ZApplicationAction>;

/** A technical agency's decisions on a file waiting for its recommendation (issue 20). */
export const AGENCY_DECISIONS = ["recommend", "return", "not_recommend"] as const;
export type AgencyDecision = (typeof AGENCY_DECISIONS)[number];

/**
 * A recommendation as the agency's form and any route send it: the decision, and the reason — required when the file
 * goes back to the applicant or is not recommended (the applicant is owed written reasons), optional conditions
 * when it is recommended.
 */
export const ZAgencyRecommendation = z
  .object({
    decision: z.enum(AGENCY_DECISIONS, {
      error: "Pilih keputusan: direkomendasikan, dikembalikan, atau tidak direkomendasikan.",
    }),
    reason: optionalText(1000),
  })
  .superRefine((input, ctx) => {
    if (input.decision !== "recommend" && !input.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message:
          input.decision === "return"
            ? "Alasan pengembalian wajib diisi (apa yang harus dilengkapi pemohon)."
            : "Alasan tidak direkomendasikan wajib diisi.",
      });
    }
  });
export type TAgencyRecommendation = z.infer<typeof ZAgencyRecommendation>;
