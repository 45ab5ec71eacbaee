/**
 * The zod input schemas of LKPM: a realisation report (form, API and CSV row, with the CSV header) and an admin's
 * filing-deadline override. Beside the domain's schemas.ts because together they outgrow one file.
 */
import { z } from "zod";
import { addCalendarDays, isIsoDate } from "../calendar/working-days";
import { convertToRupiah, exchangeRateProblem, RUPIAH_CURRENCY } from "./derive";
import {
  decimalTextMessage,
  decimalTextProblem,
  readNumberText,
  integerRangeMessage,
  NUMBER_BOUNDS,
  rupiahBoundProblem,
} from "../validation/bounds";
import { parseLkpmPeriodLabel, lkpmPeriodBounds } from "./lkpm-schedule";

export const LKPM_DEADLINE_FIELD_LABELS = { period: "Periode", deadline: "Batas lapor", reason: "Alasan" } as const;
/** The 422 message of an invalid deadline override (the fields say what is wrong). */
export const LKPM_DEADLINE_INVALID_MESSAGE = "Batas lapor LKPM tidak valid.";
/** The 422 message of an invalid LKPM report (form and API). */
export const REALISATION_INVALID_MESSAGE = "Data LKPM tidak valid. Periksa kolom yang ditandai.";

/**
 * An admin's deadline override for one period: `period` "2026-TW1" / "2026-S2", `deadline` a WIB day after the
 * period ends (at most a year later), and the reason (e.g. the ministry's announcement number).
 */
export const ZLkpmDeadlineOverride = z
  .object({
    period: z
      .string({ error: `${LKPM_DEADLINE_FIELD_LABELS.period} wajib diisi (mis. 2026-TW1).` })
      .trim()
      .transform((value, ctx) => {
        const match = /^(\d{4})-(.+)$/.exec(value.toUpperCase());
        const label = match ? parseLkpmPeriodLabel(match[2]!) : null;
        const year = match ? Number(match[1]) : NaN;
        if (!match || label === null || year < 2000 || year > 2100) {
          ctx.addIssue({
            code: "custom",
            message: `${LKPM_DEADLINE_FIELD_LABELS.period} harus seperti 2026-TW1 atau 2026-S2, bukan "${value}".`,
          });
          return z.NEVER;
        }
        return { year, ...label };
      }),
    deadline: z
      .string({ error: `${LKPM_DEADLINE_FIELD_LABELS.deadline} wajib diisi (YYYY-MM-DD).` })
      .trim()
      .refine(isIsoDate, { error: `${LKPM_DEADLINE_FIELD_LABELS.deadline} harus tanggal yang valid (YYYY-MM-DD).` }),
    reason: z
      .string({ error: `${LKPM_DEADLINE_FIELD_LABELS.reason} wajib diisi.` })
      .trim()
      .min(3, { error: `${LKPM_DEADLINE_FIELD_LABELS.reason} wajib diisi (mis. nomor pengumuman kementerian).` })
      .max(500, { error: `${LKPM_DEADLINE_FIELD_LABELS.reason} paling banyak 500 karakter.` }),
  })
  .superRefine((value, ctx) => {
    if (typeof value.period !== "object" || !isIsoDate(value.deadline)) return;
    const bounds = lkpmPeriodBounds(value.period);
    if (value.deadline <= bounds.lastDay || value.deadline > addCalendarDays(bounds.lastDay, 366)) {
      ctx.addIssue({
        code: "custom",
        path: ["deadline"],
        message: `${LKPM_DEADLINE_FIELD_LABELS.deadline} harus setelah periode berakhir (${bounds.lastDay}) dan paling lambat setahun sesudahnya.`,
      });
    }
  });
export type TLkpmDeadlineOverride = z.output<typeof ZLkpmDeadlineOverride>;

export const REALISATION_FIELD_LABELS = {
  registrationNo: "Nomor registrasi",
  year: "Tahun",
  period: "Periode",
  realisedInvestment: "Realisasi investasi",
  currency: "Mata uang",
  exchangeRate: "Kurs",
  workersLocal: "Tenaga kerja Indonesia",
  workersForeign: "Tenaga kerja asing",
  reportedOn: "Tanggal lapor",
} as const;
const L = REALISATION_FIELD_LABELS;

function text(label: string) {
  return z
    .union([z.string(), z.number()], { error: `${label} wajib diisi.` })
    .transform((value) => String(value).trim());
}

function nonNegativeInteger(label: string) {
  return text(label).transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
      return z.NEVER;
    }
    if (value.startsWith("-")) {
      ctx.addIssue({ code: "custom", message: `${label} tidak boleh negatif.` });
      return z.NEVER;
    }
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      ctx.addIssue({ code: "custom", message: `${label} harus bilangan bulat tidak negatif, mis. 12.` });
      return z.NEVER;
    }
    if (Number(value) > NUMBER_BOUNDS.workers.max) {
      ctx.addIssue({ code: "custom", message: integerRangeMessage(label, NUMBER_BOUNDS.workers) });
      return z.NEVER;
    }
    return Number(value);
  });
}

/**
 * One LKPM realisation report as entered on the form, sent to the API or read from a CSV row. Amounts are decimal
 * text ("1250000.50") so nothing passes through floating point; `realisedRupiah` is the converted integer rupiah.
 */
export const ZRealisationInput = z
  .object({
    registrationNo: text(L.registrationNo).pipe(z.string().min(1, { error: `${L.registrationNo} wajib diisi.` })),
    year: text(L.year).transform((value, ctx) => {
      if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) {
        ctx.addIssue({ code: "custom", message: `${L.year} harus tahun empat angka antara 2000 dan 2100.` });
        return z.NEVER;
      }
      return Number(value);
    }),
    period: text(L.period).transform((value, ctx) => {
      const parsed = parseLkpmPeriodLabel(value);
      if (parsed === null) {
        ctx.addIssue({
          code: "custom",
          message: `${L.period} harus TW1, TW2, TW3, TW4, S1 atau S2, bukan "${value}".`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
    realisedInvestment: text(L.realisedInvestment).transform((value, ctx) => {
      if (value === "") {
        ctx.addIssue({ code: "custom", message: `${L.realisedInvestment} wajib diisi.` });
        return z.NEVER;
      }
      if (value.startsWith("-")) {
        ctx.addIssue({ code: "custom", message: `${L.realisedInvestment} tidak boleh negatif.` });
        return z.NEVER;
      }
      // "1.250.000,50", "Rp 1.250.000" or "1250000.50" (lib/validation/indonesian-number.ts).
      const decimal = readNumberText(value, L.realisedInvestment, NUMBER_BOUNDS.amountText.maxFractionDigits, ctx);
      if (decimal === null) return z.NEVER;
      const problem = decimalTextProblem(decimal, NUMBER_BOUNDS.amountText);
      if (problem) {
        ctx.addIssue({
          code: "custom",
          message: decimalTextMessage(L.realisedInvestment, problem, NUMBER_BOUNDS.amountText),
        });
        return z.NEVER;
      }
      return decimal;
    }),
    currency: z
      .string({ error: `${L.currency} harus berupa teks.` })
      .nullish()
      .transform((value) => (value?.trim() ? value.trim().toUpperCase() : RUPIAH_CURRENCY)),
    exchangeRate: z
      .union([z.string(), z.number()], { error: `${L.exchangeRate} harus berupa angka desimal.` })
      .nullish()
      .transform((value, ctx) => {
        const typed = value === null || value === undefined ? "" : String(value).trim();
        if (typed === "") return null;
        const text = readNumberText(typed, L.exchangeRate, NUMBER_BOUNDS.exchangeRate.maxFractionDigits, ctx);
        if (text === null) return z.NEVER;
        const problem = exchangeRateProblem(text, L.exchangeRate);
        if (problem) {
          ctx.addIssue({ code: "custom", message: problem });
          return z.NEVER;
        }
        return text;
      }),
    workersLocal: nonNegativeInteger(L.workersLocal),
    workersForeign: nonNegativeInteger(L.workersForeign),
    /** WIB day the business filed the report (from OSS); empty = the day it is entered here. */
    reportedOn: z
      .union([z.string(), z.number()], { error: `${L.reportedOn} harus tanggal YYYY-MM-DD.` })
      .nullish()
      .transform((value, ctx) => {
        const day = value === null || value === undefined ? "" : String(value).trim();
        if (day === "") return null;
        if (!isIsoDate(day)) {
          ctx.addIssue({
            code: "custom",
            message: `${L.reportedOn} harus tanggal yang valid dengan format YYYY-MM-DD.`,
          });
          return z.NEVER;
        }
        return day;
      }),
  })
  .transform((fields, ctx) => {
    const converted = convertToRupiah(fields.realisedInvestment, fields.currency, fields.exchangeRate);
    if (!converted.ok) {
      const path =
        converted.error.code === "currency_invalid"
          ? "currency"
          : converted.error.code === "amount_invalid"
            ? "realisedInvestment"
            : "exchangeRate";
      ctx.addIssue({ code: "custom", path: [path], message: converted.error.message });
      return z.NEVER;
    }
    const tooLarge = rupiahBoundProblem(L.realisedInvestment, converted.value);
    if (tooLarge) {
      ctx.addIssue({ code: "custom", path: ["realisedInvestment"], message: tooLarge });
      return z.NEVER;
    }
    return { ...fields, realisedRupiah: converted.value };
  });
export type TRealisationInputRaw = z.input<typeof ZRealisationInput>;
export type TRealisationInput = z.output<typeof ZRealisationInput>;

/** The CSV header of an LKPM import file, in order. */
export const REALISATION_CSV_COLUMNS = [
  "registrationNo",
  "year",
  "period",
  "realisedInvestment",
  "currency",
  "exchangeRate",
  "workersLocal",
  "workersForeign",
  "reportedOn",
] as const;
export const REALISATION_CSV_REQUIRED = [
  "registrationNo",
  "year",
  "period",
  "realisedInvestment",
  "workersLocal",
  "workersForeign",
] as const;
