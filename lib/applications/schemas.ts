/** Input schemas shared by the officer's forms, the server actions and the route handlers. */
import { z } from "zod";
import { ZInvestmentFields } from "../investment/schemas";
import { indonesianInteger, NUMBER_BOUNDS } from "../validation/bounds";
import { isIsoDate } from "../calendar/working-days";
import { APPLICANT_KINDS, OUTCOMES, REGISTRATION_NO_RULE, STAGES, normalizeRegistrationNo } from "./constants";
import { IMPORT_MODES } from "./import-modes";
import { DURATION_BUCKET_KEYS } from "./duration-buckets";
import { AGING_BUCKET_KEYS } from "./processing-stats";

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

// Query schemas of the applications API, shared by the route handlers and the OpenAPI document.
const ZDay = (name: string) => z.string().refine(isIsoDate, { error: `${name} harus tanggal YYYY-MM-DD.` });

export const ZProcessingSummaryQuery = z
  .object({
    from: ZDay("from").describe("First WIB day (YYYY-MM-DD) of the completion range"),
    to: ZDay("to").describe("Last WIB day (YYYY-MM-DD) of the completion range, inclusive"),
    licenseType: z.string().trim().min(1).optional().describe("Licence type code, e.g. PBG"),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], error: "to tidak boleh sebelum from." });

export const ZImportQuery = z.object({
  mode: z.enum(IMPORT_MODES).default("all-or-nothing").describe("all-or-nothing (default) or valid-only"),
  mapping: z
    .string()
    .optional()
    .describe('JSON object mapping file headers to canonical columns, e.g. {"No Reg":"registrationNo"}')
    .transform((text, ctx) => {
      if (!text) return {};
      try {
        const value: unknown = JSON.parse(text);
        if (
          value &&
          typeof value === "object" &&
          !Array.isArray(value) &&
          Object.values(value).every((v) => typeof v === "string")
        ) {
          return value as Record<string, string>;
        }
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: 'mapping harus objek JSON {"kolom berkas": "kolom kanonik"}.' });
      return z.NEVER;
    }),
});

/** The dashboard slice a drill-down link keeps: a licence type code and a kecamatan code. */
const ZDrillLicenseType = z
  .string()
  .trim()
  .regex(/^[A-Z0-9-]{1,20}$/, { error: "licenseType harus kode jenis izin." })
  .optional();
const ZDrillKecamatan = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{2}$/, { error: "kecamatan harus kode kecamatan (35.71.02)." })
  .optional();

/**
 * The drill-down filter of the applications list (issue 16): the files behind a bar of the processing dashboard's
 * duration distribution — finished from `selesaiDari` to `selesaiSampai` (WIB days, inclusive) in `hari` working
 * days (a bucket key, "6-10"), optionally of one licence type and kecamatan. Absent when none of its parameters is
 * given; the page names the first refused parameter.
 */
export const ZFinishedFilesFilter = z
  .object({
    selesaiDari: ZDay("selesaiDari"),
    selesaiSampai: ZDay("selesaiSampai"),
    hari: z.enum(DURATION_BUCKET_KEYS, { error: `hari harus salah satu dari ${DURATION_BUCKET_KEYS.join(", ")}.` }),
    licenseType: ZDrillLicenseType,
    kecamatan: ZDrillKecamatan,
  })
  .refine((filter) => filter.selesaiDari <= filter.selesaiSampai, {
    path: ["selesaiSampai"],
    error: "selesaiSampai tidak boleh sebelum selesaiDari.",
  });
export type TFinishedFilesFilter = z.infer<typeof ZFinishedFilesFilter>;
export const FINISHED_FILTER_PARAMS = ["selesaiDari", "selesaiSampai", "hari", "licenseType", "kecamatan"] as const;

/**
 * A drill-down filter of a query string: null when it carries none of `names`, else the parsed filter or the name
 * of the first refused parameter.
 */
function parseDrillFilter<T>(
  schema: z.ZodType<T>,
  names: readonly string[],
  raw: Record<string, string | string[] | undefined>,
  fallback: string,
): { filter: T | null; invalid: string | null } {
  const values = Object.fromEntries(
    names.map((name) => {
      const value = raw[name];
      const first = Array.isArray(value) ? value[0] : value;
      return [name, first === "" ? undefined : first];
    }),
  );
  if (names.every((name) => values[name] === undefined)) return { filter: null, invalid: null };
  const parsed = schema.safeParse(values);
  if (parsed.success) return { filter: parsed.data, invalid: null };
  return { filter: null, invalid: String(parsed.error.issues[0]?.path[0] ?? fallback) };
}

/** The finished-files filter of a query string (`parseDrillFilter`). */
export function parseFinishedFilesFilter(raw: Record<string, string | string[] | undefined>): {
  filter: TFinishedFilesFilter | null;
  invalid: string | null;
} {
  return parseDrillFilter(ZFinishedFilesFilter, FINISHED_FILTER_PARAMS, raw, "hari");
}

/**
 * The other drill-down filter of the applications list (issue 16): the open files behind a bar of the processing
 * dashboard's aging chart — in process or returned, `umur` working days old today (a bucket key, "6-10"), optionally
 * of one licence type and kecamatan.
 */
export const ZOpenAgeFilter = z.object({
  umur: z.enum(AGING_BUCKET_KEYS, { error: `umur harus salah satu dari ${AGING_BUCKET_KEYS.join(", ")}.` }),
  licenseType: ZDrillLicenseType,
  kecamatan: ZDrillKecamatan,
});
export type TOpenAgeFilter = z.infer<typeof ZOpenAgeFilter>;
const OPEN_AGE_PARAMS = ["umur", "licenseType", "kecamatan"] as const;

/**
 * The aging filter of a query string: null without `umur` (licenceType and kecamatan alone belong to no drill-down
 * of the open files), else the parsed filter or the first refused parameter.
 */
export function parseOpenAgeFilter(raw: Record<string, string | string[] | undefined>): {
  filter: TOpenAgeFilter | null;
  invalid: string | null;
} {
  const umur = Array.isArray(raw.umur) ? raw.umur[0] : raw.umur;
  if (!umur) return { filter: null, invalid: null };
  return parseDrillFilter(ZOpenAgeFilter, OPEN_AGE_PARAMS, raw, "umur");
}

/**
 * The overdue filter of the applications list (the processing dashboard's "see all overdue files"): the open files
 * (in process or returned) overdue today by overdueSql's rule, optionally of one licence type and kecamatan.
 * `terlambat=1` turns it on; any other value is refused.
 */
export const ZOverdueFilter = z.object({
  terlambat: z.literal("1", { error: "terlambat harus 1." }),
  licenseType: ZDrillLicenseType,
  kecamatan: ZDrillKecamatan,
});
export type TOverdueFilter = z.infer<typeof ZOverdueFilter>;
const OVERDUE_PARAMS = ["terlambat", "licenseType", "kecamatan"] as const;
/** The other drill-downs of the list that `terlambat` cannot be combined with (the aging and duration bars). */
export const OVERDUE_CONFLICTS = ["umur", "hari"] as const;

/**
 * The overdue filter of a query string: null without `terlambat` (licenceType and kecamatan alone belong to no
 * drill-down of the open files), else the parsed filter or the first refused parameter (`umur` or `hari` beside it).
 */
export function parseOverdueFilter(raw: Record<string, string | string[] | undefined>): {
  filter: TOverdueFilter | null;
  invalid: string | null;
} {
  const terlambat = Array.isArray(raw.terlambat) ? raw.terlambat[0] : raw.terlambat;
  if (terlambat === undefined) return { filter: null, invalid: null };
  // "terlambat=" (empty) is refused too: parseDrillFilter would read it as absent and drop the licence type.
  if (terlambat === "") return { filter: null, invalid: "terlambat" };
  // Beside another drill-down of the list it is refused by name, never silently dropped or combined.
  const conflict = OVERDUE_CONFLICTS.find((name) => raw[name] !== undefined);
  if (conflict) return { filter: null, invalid: conflict };
  return parseDrillFilter(ZOverdueFilter, OVERDUE_PARAMS, raw, "terlambat");
}

/**
 * The fee-discrepancy filter of the applications list (the processing dashboard's "see all fee discrepancies"): the
 * files finished from `selesaiDari` to `selesaiSampai` (WIB days, inclusive) whose charged fee differs from the
 * official tariff (`isFeeDiscrepant`), optionally of one licence type and kecamatan — the rows the dashboard's
 * "Selisih tarif" counts. `selisihTarif=1` turns it on; both dates are required.
 */
export const ZFeeDiscrepancyFilter = z
  .object({
    selisihTarif: z.literal("1", { error: "selisihTarif harus 1." }),
    selesaiDari: ZDay("selesaiDari"),
    selesaiSampai: ZDay("selesaiSampai"),
    licenseType: ZDrillLicenseType,
    kecamatan: ZDrillKecamatan,
  })
  .refine((filter) => filter.selesaiDari <= filter.selesaiSampai, {
    path: ["selesaiSampai"],
    error: "selesaiSampai tidak boleh sebelum selesaiDari.",
  });
export type TFeeDiscrepancyFilter = z.infer<typeof ZFeeDiscrepancyFilter>;
const FEE_DISCREPANCY_PARAMS = ["selisihTarif", "selesaiDari", "selesaiSampai", "licenseType", "kecamatan"] as const;
/** The other drill-downs' own parameters: the fee-discrepancy list refuses them rather than guess which one wins. */
export const FEE_DISCREPANCY_CONFLICTS = ["hari", "umur", "terlambat"] as const;

/**
 * The fee-discrepancy filter of a query string: null without `selisihTarif`, else the parsed filter or the first
 * refused parameter — `selisihTarif` empty or other than 1, a missing or malformed date, the dates reversed, a
 * malformed slice, or a parameter of another drill-down (`hari`, `umur`, `terlambat`) given alongside it.
 */
export function parseFeeDiscrepancyFilter(raw: Record<string, string | string[] | undefined>): {
  filter: TFeeDiscrepancyFilter | null;
  invalid: string | null;
} {
  const selisihTarif = Array.isArray(raw.selisihTarif) ? raw.selisihTarif[0] : raw.selisihTarif;
  if (selisihTarif === undefined) return { filter: null, invalid: null };
  if (selisihTarif === "") return { filter: null, invalid: "selisihTarif" };
  const conflict = FEE_DISCREPANCY_CONFLICTS.find((name) => raw[name] !== undefined);
  if (conflict) return { filter: null, invalid: conflict };
  return parseDrillFilter(ZFeeDiscrepancyFilter, FEE_DISCREPANCY_PARAMS, raw, "selisihTarif");
}
