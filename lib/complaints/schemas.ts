import { z } from "zod";
import { optionalText } from "../validation/text";
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_LIST_TABS } from "./complaint-rules";
import { MAX_HANDLING_DAYS } from "./handling-categories";

/** Longest complaint text kept: a long concatenated SMS (10 segments × 160) or a web form entry. */
export const COMPLAINT_TEXT_MAX = 2000;

const complaintText = z
  .string({ message: "Isi pengaduan wajib diisi" })
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .min(1, { message: "Isi pengaduan kosong" })
      .max(COMPLAINT_TEXT_MAX, { message: `Isi pengaduan paling banyak ${COMPLAINT_TEXT_MAX} karakter` }),
  );

/** The JSON body an SMS gateway posts. */
export const ZSmsJsonMessage = z.object({
  from: z
    .string({ message: "from wajib diisi" })
    .min(3, { message: "from minimal 3 karakter" })
    .max(40, { message: "from paling banyak 40 karakter" }),
  text: complaintText,
  receivedAt: z.iso.datetime({ offset: true, message: "receivedAt harus waktu ISO 8601" }).optional(),
  messageId: z
    .string({ message: "messageId wajib diisi" })
    .min(1, { message: "messageId wajib diisi" })
    .max(200, { message: "messageId paling banyak 200 karakter" }),
});

/** The form-encoded fields Twilio-style SMS/WhatsApp gateways post. */
export const ZSmsFormMessage = z.object({
  From: z
    .string({ message: "From wajib diisi" })
    .min(3, { message: "From minimal 3 karakter" })
    .max(40, { message: "From paling banyak 40 karakter" }),
  Body: complaintText,
  MessageSid: z
    .string({ message: "MessageSid wajib diisi" })
    .min(1, { message: "MessageSid wajib diisi" })
    .max(200, { message: "MessageSid paling banyak 200 karakter" }),
});

export type TGatewayMessage = { from: string; text: string; receivedAt: Date | null; messageId: string };

const category = z.enum(COMPLAINT_CATEGORIES, { message: "Pilih kategori pengaduan" });

/** A complaint filed through the public web form. */
export const ZWebComplaint = z.object({
  name: optionalText(100, "Nama"),
  phone: optionalText(30, "Nomor telepon"),
  email: optionalText(120, "E-mail").pipe(z.email({ message: "Alamat e-mail tidak valid" }).optional()),
  category,
  applicationNo: optionalText(60, "Nomor permohonan"),
  text: complaintText.pipe(z.string().min(10, { message: "Tuliskan pengaduan minimal 10 karakter" })),
});
export type TWebComplaint = z.infer<typeof ZWebComplaint>;

/** A complaint received at the desk or by phone, entered by staff. */
export const ZStaffComplaint = ZWebComplaint.extend({
  channel: z.enum(COMPLAINT_CHANNELS, { message: "Pilih saluran" }).refine((c) => c === "desk" || c === "phone", {
    message: "Saluran petugas: loket atau telepon",
  }),
  /** Handling category (issue 13); empty = the office's default until verification. */
  handlingCategory: optionalText(30, "Kategori penanganan"),
});
export type TStaffComplaint = z.infer<typeof ZStaffComplaint>;

export const ZAssignComplaint = z.object({
  complaintId: z.string().min(1),
  assigneeId: z.string().min(1, { message: "Pilih petugas" }),
});
export const ZComplaintNote = z.object({
  complaintId: z.string().min(1),
  body: z
    .string()
    .transform((v) => v.trim())
    .pipe(
      z.string().min(1, { message: "Catatan kosong" }).max(2000, { message: "Catatan paling banyak 2000 karakter" }),
    ),
});
export const ZComplaintAnswer = z.object({
  complaintId: z.string().min(1),
  body: z
    .string()
    .transform((v) => v.trim())
    .pipe(
      z.string().min(1, { message: "Jawaban kosong" }).max(4000, { message: "Jawaban paling banyak 4000 karakter" }),
    ),
});
export const ZComplaintCategoryChange = z.object({ complaintId: z.string().min(1), category });

const isoDay = z.iso.date({ message: "Tanggal harus YYYY-MM-DD" });
export const ZComplaintSummaryQuery = z
  .object({ from: isoDay, to: isoDay })
  .refine((q) => q.from <= q.to, { message: "from harus sebelum atau sama dengan to", path: ["to"] });

/**
 * A complaint offered on the survey's thank-you screen after a low score (issue 18): the element (one of the
 * low ones), what happened and/or a contact, and the respondent's consent. Text or a contact must be given.
 */
export const ZLowScoreComplaint = z
  .object({
    element: z.string({ message: "Pilih unsur" }).trim().min(1, { message: "Pilih unsur" }).max(10),
    text: optionalText(COMPLAINT_TEXT_MAX, "Isi pengaduan"),
    name: optionalText(100, "Nama"),
    phone: optionalText(30, "Nomor telepon"),
    email: optionalText(120, "E-mail").pipe(z.email({ message: "Alamat e-mail tidak valid" }).optional()),
    consent: z.literal("true", { message: "Centang persetujuan" }),
  })
  .superRefine((v, ctx) => {
    if ((v.text?.length ?? 0) < 10 && !v.phone && !v.email)
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: "Tuliskan apa yang terjadi (minimal 10 karakter) atau tinggalkan nomor HP atau e-mail",
      });
  });
export type TLowScoreComplaint = z.infer<typeof ZLowScoreComplaint>;

/** The complaint metrics download: the page's period (both optional; defaults as on /staf/pengaduan/metrik). */
export const ZComplaintMetricsExportQuery = z
  .object({ from: isoDay.optional(), to: isoDay.optional() })
  .refine((q) => (q.from === undefined) === (q.to === undefined), {
    message: "Isi from dan to bersama-sama (atau keduanya kosong)",
    path: ["to"],
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from harus sebelum atau sama dengan to",
    path: ["to"],
  });

/**
 * A workflow step in a complaint's history, stored as JSON in ComplaintNote.data (the migration
 * 20261206105009_complaint_note_data converted the older text notes). Free notes and answers have none.
 */
export const ZComplaintNoteData = z.discriminatedUnion("event", [
  z.object({ event: z.literal("assigned"), name: z.string() }),
  z.object({ event: z.literal("categoryChanged"), from: z.string(), to: z.string() }),
  z.object({ event: z.literal("resolved") }),
  z.object({ event: z.literal("closed") }),
  z.object({ event: z.literal("verifiedOurs"), category: z.string(), days: z.number().int(), deadline: isoDay }),
  z.object({ event: z.literal("verifiedNotOurs"), reason: z.string() }),
  z.object({
    event: z.literal("extended"),
    from: isoDay,
    to: isoDay,
    days: z.number().int(),
    reason: z.string(),
  }),
]);
export type TComplaintNoteData = z.infer<typeof ZComplaintNoteData>;

/** The staff list's download (/api/v1/complaints/export.xlsx): the page's tab, search and order. */
export const ZComplaintListExportQuery = z.object({
  filter: z.enum(COMPLAINT_LIST_TABS, { error: "filter harus open, overdue atau all." }).optional(),
  q: z.string().max(60, { error: "q paling panjang 60 karakter." }).optional(),
  sort: z.string().max(40).optional(),
  dir: z.string().max(4).optional(),
});

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
