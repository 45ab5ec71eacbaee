/**
 * LKPM (Laporan Kegiatan Penanaman Modal) arithmetic: which projects owe a report for which period, the periods'
 * WIB boundaries, realisation ratio and compliance rate, and the one zod schema of a realisation report (form, API
 * and CSV row). Pure: no Prisma, no clock reads (pass `today`).
 *
 * Schedule (UU 25/2007 Pasal 15 huruf c; PerBKPM 5/2021, then PerBKPM 5/2025; domain reference §7, §9): usaha
 * kecil report per semester (July and January), usaha menengah and besar — and every PMA — per triwulan (April,
 * July, October, January); usaha mikro are exempt. The window closes on the 10th of the month after the period
 * (PerBKPM 5/2021) or the 15th for periods whose deadline falls after PerBKPM 5/2025 took effect (TW3 2025 on),
 * unless the ministry announced another date for a period (admin override). The obligation starts with the period
 * in which the licence was issued.
 */
import { z } from "zod";
import { addCalendarDays, isIsoDate } from "../calendar/working-days";
import { parsePeriodKey, periodOf } from "../periods/periods";
import { convertToRupiah, exchangeRateProblem, RUPIAH_CURRENCY, type BusinessScale } from "./derive";
import {
  decimalTextMessage,
  decimalTextProblem,
  readNumberText,
  integerRangeMessage,
  NUMBER_BOUNDS,
  rupiahBoundProblem,
} from "../validation/bounds";
import { fail, ok, type Result } from "./result";

export const LKPM_PERIOD_KINDS = ["triwulan", "semester"] as const;
export type LkpmPeriodKind = (typeof LKPM_PERIOD_KINDS)[number];

export const REALISATION_SOURCES = ["form", "import", "api"] as const;
export type RealisationSource = (typeof REALISATION_SOURCES)[number];

/** Day of the month after the period on which the filing window closed under PerBKPM 5/2021 (1st–10th). */
export const LKPM_FILING_WINDOW_LAST_DAY_PERBKPM_5_2021 = 10;
/** Day of the month after the period on which the filing window closes under PerBKPM 5/2025 (1st–15th). */
export const LKPM_FILING_WINDOW_LAST_DAY_PERBKPM_5_2025 = 15;
/**
 * PerBKPM (Peraturan Menteri Investasi dan Hilirisasi/Kepala BKPM) No. 5 Tahun 2025, set 1 October 2025: the 15th
 * applies to every report whose deadline falls after this day (TW3 2025, due October 2025, onwards); reference §9.
 */
export const PERBKPM_5_2025_EFFECTIVE_DAY = "2025-10-01";

/** One reporting period of a project: TW1–TW4 (triwulan) or S1–S2 (semester) of a year. */
export type LkpmPeriod = { year: number; kind: LkpmPeriodKind; number: number };
export type LkpmPeriodWithBounds = LkpmPeriod & { firstDay: string; lastDay: string };

/** The LKPM period kind a business scale reports in: kecil → semester, menengah/besar → triwulan, mikro → none. */
export function lkpmPeriodKindFor(scale: BusinessScale | string | null): LkpmPeriodKind | null {
  if (scale === "kecil") return "semester";
  if (scale === "menengah" || scale === "besar") return "triwulan";
  return null;
}

const LABEL_PATTERN = /^(TW|S)\s*([1-4])$/;

/** "TW1".."TW4", "S1", "S2" (case and inner spaces ignored) → kind and number; null when not a period label. */
export function parseLkpmPeriodLabel(label: string): { kind: LkpmPeriodKind; number: number } | null {
  const match = LABEL_PATTERN.exec(label.trim().toUpperCase());
  if (!match) return null;
  const number = Number(match[2]);
  if (match[1] === "S") return number <= 2 ? { kind: "semester", number } : null;
  return { kind: "triwulan", number };
}

/** The short label used in files and the API: TW3, S1. */
export function lkpmPeriodLabel(period: { kind: LkpmPeriodKind; number: number }): string {
  return `${period.kind === "triwulan" ? "TW" : "S"}${period.number}`;
}

/** A stable key that sorts chronologically within a kind: "2026-TW3", "2026-S1". */
export function lkpmPeriodKey(period: LkpmPeriod): string {
  return `${period.year}-${lkpmPeriodLabel(period)}`;
}

/** First and last WIB day of a reporting period: TW2 2026 → 2026-04-01 … 2026-06-30; S2 2026 → 2026-07-01 … 2026-12-31. */
export function lkpmPeriodBounds(period: LkpmPeriod): LkpmPeriodWithBounds {
  const key = `${String(period.year).padStart(4, "0")}-${period.kind === "triwulan" ? "Q" : "S"}${period.number}`;
  const calendar = parsePeriodKey(key);
  if (calendar === null) throw new RangeError(`Periode LKPM tidak valid: ${JSON.stringify(period)}`);
  return { ...period, firstDay: calendar.from, lastDay: calendar.to };
}

/** The reporting period of `kind` containing WIB day `day`. */
export function lkpmPeriodContaining(kind: LkpmPeriodKind, day: string): LkpmPeriodWithBounds {
  const calendar = periodOf(kind === "triwulan" ? "quarter" : "semester", day);
  const number = Number(calendar.key.slice(-1));
  return { year: Number(calendar.key.slice(0, 4)), kind, number, firstDay: calendar.from, lastDay: calendar.to };
}

/** The period after `period` of the same kind: TW4 2025 → TW1 2026. */
export function nextLkpmPeriod(period: LkpmPeriod): LkpmPeriodWithBounds {
  const count = period.kind === "triwulan" ? 4 : 2;
  return period.number === count
    ? lkpmPeriodBounds({ year: period.year + 1, kind: period.kind, number: 1 })
    : lkpmPeriodBounds({ ...period, number: period.number + 1 });
}

/** Admin overrides of the filing deadline, by period key ("2026-TW1" → "2026-04-17"). */
export type LkpmDeadlineOverrides = ReadonlyMap<string, string>;

/**
 * The deadline the regulation sets for `period`, before any override: the 10th of the month after the period
 * (PerBKPM 5/2021) when that month starts before PerBKPM 5/2025 took effect (2025-10-01), the 15th otherwise.
 * TW2 2025 → 2025-07-10; S1 2025 → 2025-07-10; TW3 2025 → 2025-10-15; TW4 2025 → 2026-01-15; S2 2025 → 2026-01-15.
 */
export function lkpmRuleDeadline(period: LkpmPeriod): { deadline: string; rule: "PerBKPM 5/2021" | "PerBKPM 5/2025" } {
  const monthAfter = `${addCalendarDays(lkpmPeriodBounds(period).lastDay, 1).slice(0, 8)}01`;
  const isNewRule = monthAfter >= PERBKPM_5_2025_EFFECTIVE_DAY;
  const day = isNewRule ? LKPM_FILING_WINDOW_LAST_DAY_PERBKPM_5_2025 : LKPM_FILING_WINDOW_LAST_DAY_PERBKPM_5_2021;
  return {
    deadline: `${monthAfter.slice(0, 8)}${String(day).padStart(2, "0")}`,
    rule: isNewRule ? "PerBKPM 5/2025" : "PerBKPM 5/2021",
  };
}

/**
 * Last WIB day of the filing window of `period`: the admin's override for that period when there is one (the
 * ministry moves a deadline that falls on a holiday), else the rule's (lkpmRuleDeadline).
 */
export function lkpmFilingDeadline(period: LkpmPeriod, overrides?: LkpmDeadlineOverrides): string {
  return overrides?.get(lkpmPeriodKey(period)) ?? lkpmRuleDeadline(period).deadline;
}

/** Whether a report filed on WIB day `reportedDay` met the filing window of `period` (TW4 2025 filed 2026-01-12: on time). */
export function isFiledOnTime(period: LkpmPeriod, reportedDay: string, overrides?: LkpmDeadlineOverrides): boolean {
  return reportedDay <= lkpmFilingDeadline(period, overrides);
}

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

/** A project as far as the LKPM schedule is concerned. */
export type LkpmProject = { scale: string | null; issuedDay: string };

/**
 * The reporting periods a project owes as of `today` (WIB): from the period containing its issue day through the
 * last period that has ended before `today`, in order. Empty for mikro (exempt) and unknown scales.
 * A besar project issued 2026-02-10 owes, on 2026-10-05, TW1, TW2 and TW3 2026.
 */
export function duePeriods(project: LkpmProject, today: string): LkpmPeriodWithBounds[] {
  const kind = lkpmPeriodKindFor(project.scale);
  if (kind === null) return [];
  const periods: LkpmPeriodWithBounds[] = [];
  for (
    let period = lkpmPeriodContaining(kind, project.issuedDay);
    period.lastDay < today;
    period = nextLkpmPeriod(period)
  ) {
    periods.push(period);
  }
  return periods;
}

export type ObligationErrorCode = "exempt" | "wrong_kind" | "before_issue" | "not_ended";

/**
 * Whether `project` owes (and so may file) a report for `period` as of `today`; the failure names why not in
 * Indonesian: mikro exempt, wrong period kind for the scale, a period before the licence, or one not yet ended.
 */
export function checkObligation(
  project: LkpmProject,
  period: LkpmPeriod,
  today: string,
): Result<LkpmPeriodWithBounds, ObligationErrorCode> {
  const kind = lkpmPeriodKindFor(project.scale);
  if (kind === null) {
    return fail(
      "exempt",
      `Proyek berskala ${project.scale ?? "tidak diketahui"} tidak wajib LKPM (usaha mikro dikecualikan).`,
    );
  }
  if (period.kind !== kind) {
    const expected = kind === "semester" ? "semester (S1 atau S2)" : "triwulan (TW1–TW4)";
    return fail("wrong_kind", `Usaha ${project.scale} melapor per ${expected}, bukan ${lkpmPeriodLabel(period)}.`);
  }
  const bounds = lkpmPeriodBounds(period);
  const first = lkpmPeriodContaining(kind, project.issuedDay);
  if (bounds.lastDay < first.firstDay) {
    return fail(
      "before_issue",
      `Periode ${lkpmPeriodLabel(period)} ${period.year} sebelum izin terbit (${project.issuedDay}); kewajiban LKPM dimulai ${lkpmPeriodLabel(first)} ${first.year}.`,
    );
  }
  if (bounds.lastDay >= today) {
    return fail(
      "not_ended",
      `Periode ${lkpmPeriodLabel(period)} ${period.year} belum berakhir (berakhir ${bounds.lastDay}).`,
    );
  }
  return ok(bounds);
}

// Half-up division for non-negative operands.
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * A share in tenths of a percent, rounded half-up, exact for any bigint: part ÷ whole × 1000.
 * 7 of 8 → 875 (87,5 %); 1 of 3 → 333 (33,3 %); 2 of 3 → 667. Null when `whole` ≤ 0 (no plan / no obligation).
 */
export function shareInTenthsOfPercent(part: bigint | number, whole: bigint | number): number | null {
  const denominator = BigInt(whole);
  if (denominator <= 0n) return null;
  const numerator = BigInt(part);
  if (numerator < 0n) throw new RangeError("Nilai tidak boleh negatif.");
  return Number(divideRoundHalfUp(numerator * 1000n, denominator));
}

/** Realisation ratio (realised ÷ planned, cumulative per project), in tenths of a percent; may exceed 1000. */
export function realisationRatio(realised: bigint, planned: bigint): number | null {
  return shareInTenthsOfPercent(realised, planned);
}

/** Compliance rate (reports filed ÷ reports owed), in tenths of a percent; KPI 7 of reference §8. */
export function complianceRate(filed: number, obligated: number): number | null {
  return shareInTenthsOfPercent(filed, obligated);
}

/** Tenths of a percent as the API's decimal fraction: 875 → 0.875. */
export function tenthsToFraction(tenths: number | null): number | null {
  return tenths === null ? null : tenths / 1000;
}

// ---------------------------------------------------------------- input schema

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

// ---------------------------------------------------------------- plan vs realisation per period

export type RealisationBucketInterval = "quarter" | "year";

/** Issued non-mikro projects summed per issue day (and group), as kept in InvestmentDayStat. */
export type ProjectDayRow = { day: string; group: string | null; scale: string; projects: number; investment: bigint };
/** Stored reports summed per reporting period (and group of their project). */
export type ReportPeriodRow = {
  periodLastDay: string;
  periodKind: LkpmPeriodKind;
  group: string | null;
  reports: number;
  /** Of `reports`, those filed by the deadline. */
  onTime: number;
  realised: bigint;
};

export type RealisationPoint = {
  /** Period key: "2026-Q1" or "2026". */
  period: string;
  group: string | null;
  /** Planned investment of the projects obligated by the end of the period (non-mikro licences issued so far). */
  plannedInvestment: bigint;
  /** Realised investment reported for reporting periods ending on or before the end of the period (cumulative). */
  realisedInvestment: bigint;
  /** Realised investment reported for reporting periods ending within the period. */
  realisedInPeriod: bigint;
  /** realisedInvestment ÷ plannedInvestment in tenths of a percent. */
  ratio: number | null;
  /** Reports owed for reporting periods ending within the period (ended before `today`). */
  obligated: number;
  /** Of those, the reports filed. */
  filed: number;
  /** Of the filed reports, those filed within the window (10th/15th of the month after the period, or the override). */
  filedOnTime: number;
  /** filed ÷ obligated in tenths of a percent. */
  compliance: number | null;
};

/** The reporting periods (TW and S) that end within a bucket [from, to]. */
function reportingPeriodsEndingIn(from: string, to: string): LkpmPeriodWithBounds[] {
  const periods: LkpmPeriodWithBounds[] = [];
  for (const kind of LKPM_PERIOD_KINDS) {
    for (let period = lkpmPeriodContaining(kind, from); period.firstDay <= to; period = nextLkpmPeriod(period)) {
      if (period.lastDay >= from && period.lastDay <= to) periods.push(period);
    }
  }
  return periods;
}

/**
 * Plan vs realisation per bucket (quarter or year) and group. Semester reports fall in the quarter they end in
 * (S1 → Q2, S2 → Q4). A reporting period counts as owed only once it has ended before `today`; a project owes it
 * when its scale reports in that kind and its licence was issued on or before the period's last day.
 * `reports` must hold only reports that match an obligation (the store checks this on every write).
 */
export function computeRealisationSeries(input: {
  buckets: ReadonlyArray<{ key: string; from: string; to: string }>;
  projects: readonly ProjectDayRow[];
  reports: readonly ReportPeriodRow[];
  today: string;
  isGrouped: boolean;
}): RealisationPoint[] {
  // Rows by group once (the loops below then touch only their group's rows), each project row with its report kind.
  const groupOf = (group: string | null) => (input.isGrouped ? group : null);
  const byGroup = new Map<
    string | null,
    { projects: Array<ProjectDayRow & { kind: LkpmPeriodKind | null }>; reports: ReportPeriodRow[] }
  >();
  const entryOf = (group: string | null) => {
    let entry = byGroup.get(groupOf(group));
    if (!entry) byGroup.set(groupOf(group), (entry = { projects: [], reports: [] }));
    return entry;
  };
  for (const row of input.projects) entryOf(row.group).projects.push({ ...row, kind: lkpmPeriodKindFor(row.scale) });
  for (const row of input.reports) entryOf(row.group).reports.push(row);
  if (!input.isGrouped) entryOf(null);
  const groups = [...byGroup.keys()].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  const points: RealisationPoint[] = [];
  for (const bucket of input.buckets) {
    const reportingPeriods = reportingPeriodsEndingIn(bucket.from, bucket.to).filter(
      (period) => period.lastDay < input.today,
    );
    for (const group of groups) {
      const rows = byGroup.get(group)!;
      let planned = 0n;
      for (const row of rows.projects) {
        if (row.kind !== null && row.day <= bucket.to) planned += row.investment;
      }
      let obligated = 0;
      for (const period of reportingPeriods) {
        for (const row of rows.projects) {
          if (row.kind === period.kind && row.day <= period.lastDay) obligated += row.projects;
        }
      }
      let realised = 0n;
      let realisedInPeriod = 0n;
      let filed = 0;
      let filedOnTime = 0;
      for (const row of rows.reports) {
        if (row.periodLastDay > bucket.to) continue;
        realised += row.realised;
        if (row.periodLastDay >= bucket.from) {
          realisedInPeriod += row.realised;
          if (row.periodLastDay < input.today) {
            filed += row.reports;
            filedOnTime += row.onTime;
          }
        }
      }
      if (input.isGrouped && planned === 0n && realised === 0n && obligated === 0) continue;
      points.push({
        period: bucket.key,
        group,
        plannedInvestment: planned,
        realisedInvestment: realised,
        realisedInPeriod,
        ratio: realisationRatio(realised, planned),
        obligated,
        filed,
        filedOnTime,
        compliance: complianceRate(filed, obligated),
      });
    }
  }
  return points;
}

/** The JSON shape of a point in the API: rupiah as integer strings, ratios as fractions (0.875 = 87,5 %). */
export function realisationPointToJson(point: RealisationPoint) {
  return {
    period: point.period,
    group: point.group,
    plannedInvestment: point.plannedInvestment.toString(),
    realisedInvestment: point.realisedInvestment.toString(),
    realisedInPeriod: point.realisedInPeriod.toString(),
    ratio: tenthsToFraction(point.ratio),
    obligated: point.obligated,
    filed: point.filed,
    filedOnTime: point.filedOnTime,
    compliance: tenthsToFraction(point.compliance),
  };
}

// ---------------------------------------------------------------- resolving a report against its project

/** A project as looked up by registration number for a report (null when the number is unknown). */
export type RealisationProject = {
  id: string;
  registrationNo: string;
  status: string;
  scale: string | null;
  issuedDay: string | null;
  hasInvestment: boolean;
};

export type RealisationFieldError = { field: keyof typeof REALISATION_FIELD_LABELS; message: string };

/**
 * Checks a parsed report against its project as of `today`: the registration number must be an issued business
 * licence with a declared investment, and the project must owe a report for that period (checkObligation).
 * Returns the period with its WIB bounds, or the field and the reason in Indonesian.
 */
export function resolveRealisation(
  input: Pick<TRealisationInput, "registrationNo" | "year" | "period"> & { reportedOn?: string | null },
  project: RealisationProject | null,
  today: string,
  overrides?: LkpmDeadlineOverrides,
):
  | { ok: true; period: LkpmPeriodWithBounds; applicationId: string; reportedDay: string; isOnTime: boolean }
  | { ok: false; error: RealisationFieldError } {
  if (project === null) {
    return {
      ok: false,
      error: { field: "registrationNo", message: `Nomor registrasi ${input.registrationNo} tidak ditemukan.` },
    };
  }
  if (project.status !== "issued" || project.issuedDay === null || !project.hasInvestment) {
    return {
      ok: false,
      error: {
        field: "registrationNo",
        message: `Permohonan ${input.registrationNo} bukan izin usaha terbit dengan rencana investasi, sehingga tidak wajib LKPM.`,
      },
    };
  }
  const checked = checkObligation(
    { scale: project.scale, issuedDay: project.issuedDay },
    { year: input.year, ...input.period },
    today,
  );
  if (!checked.ok) {
    const field = checked.error.code === "exempt" ? "registrationNo" : "period";
    return { ok: false, error: { field, message: `${input.registrationNo}: ${checked.error.message}` } };
  }
  const reportedDay = input.reportedOn ?? today;
  if (reportedDay <= checked.value.lastDay || reportedDay > today) {
    return {
      ok: false,
      error: {
        field: "reportedOn",
        message: `Tanggal lapor ${reportedDay} harus setelah periode berakhir (${checked.value.lastDay}) dan tidak setelah hari ini (${today}).`,
      },
    };
  }
  return {
    ok: true,
    period: checked.value,
    applicationId: project.id,
    reportedDay,
    isOnTime: isFiledOnTime(checked.value, reportedDay, overrides),
  };
}
