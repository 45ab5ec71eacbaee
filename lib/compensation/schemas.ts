/** The compensation register (kompensasi pelayanan; Ombudsman compliance assessment): input shapes. */
import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import { optionalText } from "../validation/text";

/** The standard component that fell short (UU 25/2009 Ps 21 service-delivery components, plus behaviour). */
export const COMPENSATION_COMPONENTS = [
  "time",
  "fee",
  "requirements",
  "procedure",
  "product",
  "behaviour",
  "other",
] as const;
/** What was offered. */
export const COMPENSATION_KINDS = ["apology", "fee_waiver", "refund", "priority_service", "delivery", "other"] as const;
export const COMPENSATION_STATUSES = ["offered", "accepted", "declined", "given"] as const;

/** Largest amount recorded (integer rupiah): far above any permit tariff, well inside a 32-bit column. */
export const COMPENSATION_AMOUNT_MAX = 1_000_000_000;

export const ZCompensationRecord = z.object({
  occurredOn: z
    .string({ message: "Tanggal wajib diisi" })
    .trim()
    .refine(isIsoDate, { message: "Tanggal harus TTTT-BB-HH" }),
  licenseType: optionalText(40, "Jenis izin"),
  applicationNo: optionalText(60, "Nomor permohonan"),
  ticketNo: optionalText(30, "Nomor tiket"),
  component: z.enum(COMPENSATION_COMPONENTS, { message: "Pilih komponen standar yang tidak terpenuhi" }),
  shortfall: z
    .string({ message: "Uraikan apa yang tidak sesuai standar" })
    .trim()
    .min(5, { message: "Uraikan apa yang tidak sesuai standar (minimal 5 karakter)" })
    .max(1000, { message: "Paling banyak 1000 karakter" }),
  kind: z.enum(COMPENSATION_KINDS, { message: "Pilih bentuk kompensasi" }),
  offered: z
    .string({ message: "Uraikan kompensasi yang ditawarkan" })
    .trim()
    .min(3, { message: "Uraikan kompensasi yang ditawarkan" })
    .max(1000, { message: "Paling banyak 1000 karakter" }),
  amount: z
    .union([z.literal(""), z.coerce.number()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : v))
    .pipe(
      z
        .number({ message: "Nilai harus angka rupiah" })
        .int({ message: "Nilai dalam rupiah bulat" })
        .min(0, { message: "Nilai tidak boleh negatif" })
        .max(COMPENSATION_AMOUNT_MAX, { message: "Nilai paling banyak Rp1.000.000.000" })
        .optional(),
    ),
  status: z.enum(COMPENSATION_STATUSES, { message: "Pilih status" }).default("offered"),
});
export type TCompensationRecord = z.infer<typeof ZCompensationRecord>;

export const ZCompensationStatus = z.object({
  id: z.string().min(1),
  status: z.enum(COMPENSATION_STATUSES, { message: "Pilih status" }),
});
