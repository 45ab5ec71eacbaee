/**
 * Complaint handling categories (issue 13): published service standards tier complaint handling, each tier with
 * its own deadline in working days (domain reference §9: information requests 2, ordinary complaints 5, those
 * needing a field check 14, cross-agency cases up to 60). Admins edit the list; these are the starting values.
 * Pure: constants and input schemas only.
 */
import { z } from "zod";

export type HandlingCategorySeed = {
  code: string;
  name: string;
  nameEn: string;
  deadlineDays: number;
  isDefault: boolean;
  sortOrder: number;
};

export const DEFAULT_HANDLING_CATEGORIES: readonly HandlingCategorySeed[] = [
  {
    code: "informasi",
    name: "Permintaan informasi",
    nameEn: "Information request",
    deadlineDays: 2,
    isDefault: false,
    sortOrder: 1,
  },
  {
    code: "biasa",
    name: "Pengaduan biasa",
    nameEn: "Ordinary complaint",
    deadlineDays: 5,
    isDefault: true,
    sortOrder: 2,
  },
  {
    code: "cek_lapangan",
    name: "Perlu cek lapangan",
    nameEn: "Needs a field check",
    deadlineDays: 14,
    isDefault: false,
    sortOrder: 3,
  },
  {
    code: "lintas_instansi",
    name: "Lintas instansi",
    nameEn: "Cross-agency",
    deadlineDays: 60,
    isDefault: false,
    sortOrder: 4,
  },
];

/** Longest deadline a category or an extension may set, in working days (reference §9: cross-agency up to 60). */
export const MAX_HANDLING_DAYS = 60;

const days = (label: string) =>
  z.coerce
    .number({ error: `${label} harus bilangan bulat hari kerja.` })
    .int({ error: `${label} harus bilangan bulat hari kerja.` })
    .min(1, { error: `${label} paling sedikit 1 hari kerja.` })
    .max(MAX_HANDLING_DAYS, { error: `${label} paling banyak ${MAX_HANDLING_DAYS} hari kerja.` });

/** A handling category as the admin enters it. */
export const ZHandlingCategoryInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_]{2,30}$/, { error: "Kode 2–30 karakter: huruf kecil, angka atau garis bawah." }),
  name: z
    .string()
    .trim()
    .min(2, { error: "Nama kategori wajib diisi." })
    .max(80, { error: "Nama paling banyak 80 karakter." }),
  nameEn: z
    .string()
    .trim()
    .min(2, { error: "Nama (English) wajib diisi." })
    .max(80, { error: "Nama paling banyak 80 karakter." }),
  deadlineDays: days("Tenggat"),
  isDefault: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  active: z.preprocess(
    (value) => value === undefined || value === true || value === "on" || value === "true",
    z.boolean(),
  ),
});
export type THandlingCategoryInput = z.infer<typeof ZHandlingCategoryInput>;

/** The verification step: is the complaint about this office's service? */
export const ZVerifyComplaint = z.discriminatedUnion(
  "verdict",
  [
    z.object({
      complaintId: z.string().min(1),
      verdict: z.literal("ours"),
      handlingCategory: z.string().trim().min(1, { error: "Pilih kategori penanganan." }),
    }),
    z.object({
      complaintId: z.string().min(1),
      verdict: z.literal("not_ours"),
      // Shown to the citizen as the public answer: where to take the matter instead.
      reason: z
        .string()
        .transform((v) => v.trim())
        .pipe(
          z
            .string()
            .min(10, { error: "Jelaskan kepada pelapor ke mana pengaduan ini diteruskan (minimal 10 karakter)." })
            .max(2000),
        ),
    }),
  ],
  { error: "Pilih hasil verifikasi." },
);

/** A documented extension of the deadline. */
export const ZExtendComplaintDeadline = z.object({
  complaintId: z.string().min(1),
  extraDays: days("Perpanjangan"),
  reason: z
    .string({ error: "Alasan perpanjangan wajib diisi." })
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(10, { error: "Alasan perpanjangan minimal 10 karakter." })
        .max(1000, { error: "Alasan paling banyak 1000 karakter." }),
    ),
});
