/** Input shapes of follow-up actions (issue 18): forms, server actions and the API share these. */
import { z } from "zod";
import { fieldIssue } from "../validation/parse";
import { optionalText } from "../validation/text";
import { isIsoDate } from "../calendar/working-days";
import { parsePeriodKey } from "../periods/periods";
import { COMPLAINT_CATEGORIES } from "../complaints/complaint-rules";
import { STAGES } from "../applications/constants";
import { SKM_2017_QUESTIONNAIRE } from "../skm/questionnaires";
import { FOLLOW_UP_SOURCE_KINDS, FOLLOW_UP_STATUSES, type FollowUpSourceKind } from "./rules";

/** The codes each basis may take: an SKM 2017 element, a complaint category, a processing stage. */
export const FOLLOW_UP_SOURCE_CODES: Readonly<Record<FollowUpSourceKind, readonly string[]>> = {
  element: SKM_2017_QUESTIONNAIRE.elements.map((e) => e.code),
  complaint_category: COMPLAINT_CATEGORIES,
  stage: STAGES,
};

const day = (label: string) =>
  z
    .string({ message: `${label} wajib diisi` })
    .trim()
    .refine(isIsoDate, { message: `${label} harus tanggal (TTTT-BB-HH)` });

export const FOLLOW_UP_TITLE_MAX = 200;
export const FOLLOW_UP_TEXT_MAX = 4000;

/** A new action, or the leadership's edit of one (owner, due date, what). */
export const ZFollowUpAction = z
  .object({
    periodKey: z
      .string({ message: "Periode wajib diisi" })
      .trim()
      .refine((k) => {
        const p = parsePeriodKey(k);
        return p !== null && p.kind !== "custom";
      }, "Periode tidak valid (mis. 2026-Q3, 2026-S1, 2026-10)"),
    sourceKind: z.enum(FOLLOW_UP_SOURCE_KINDS, { message: "Pilih dasar tindak lanjut" }),
    sourceCode: z
      .string({ message: "Pilih unsur, kategori atau tahap" })
      .trim()
      .min(1, { message: "Pilih unsur, kategori atau tahap" })
      .max(40, { message: "Kode paling banyak 40 karakter" }),
    title: z
      .string({ message: "Tindakan wajib diisi" })
      .trim()
      .min(5, { message: "Tuliskan tindakan minimal 5 karakter" })
      .max(FOLLOW_UP_TITLE_MAX, { message: `Tindakan paling banyak ${FOLLOW_UP_TITLE_MAX} karakter` }),
    description: optionalText(FOLLOW_UP_TEXT_MAX, "Uraian"),
    ownerUserId: optionalText(40, "Penanggung jawab"),
    ownerUnit: optionalText(120, "Unit"),
    dueDay: day("Tenggat"),
  })
  .superRefine((v, ctx) => {
    if (!v.ownerUserId && !v.ownerUnit)
      fieldIssue(ctx, "ownerUserId", "Pilih penanggung jawab (petugas) atau tulis unitnya");
    if (!FOLLOW_UP_SOURCE_CODES[v.sourceKind].includes(v.sourceCode))
      fieldIssue(ctx, "sourceCode", "Pilih unsur, kategori pengaduan atau tahap yang ada");
  });
export type TFollowUpAction = z.infer<typeof ZFollowUpAction>;

/** A status move with the evidence or reason it needs. */
export const ZFollowUpProgress = z.object({
  status: z.enum(FOLLOW_UP_STATUSES, { message: "Status tidak dikenal" }),
  evidenceText: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .pipe(z.string().max(FOLLOW_UP_TEXT_MAX, { message: `Bukti paling banyak ${FOLLOW_UP_TEXT_MAX} karakter` })),
  dropReason: optionalText(1000, "Alasan"),
});
export type TFollowUpProgress = z.infer<typeof ZFollowUpProgress>;

/** Query of the list endpoint. */
export const ZFollowUpListQuery = z.object({
  period: z
    .string()
    .optional()
    .refine((k) => k === undefined || parsePeriodKey(k) !== null, "Periode tidak valid"),
  status: z.enum(FOLLOW_UP_STATUSES, { message: "Status tidak dikenal" }).optional(),
});
