/**
 * The LKPM (Laporan Kegiatan Penanaman Modal) schedule: which projects owe a report for which period, the periods'
 * WIB boundaries and filing deadlines, realisation ratio and compliance rate. Pure: no Prisma, no clock reads.
 *
 * Schedule (UU 25/2007 Pasal 15 huruf c; PerBKPM 5/2021, then PerBKPM 5/2025; domain reference §7, §9): usaha
 * kecil report per semester (July and January), usaha menengah and besar — and every PMA — per triwulan (April,
 * July, October, January); usaha mikro are exempt. The window closes on the 10th of the month after the period
 * (PerBKPM 5/2021) or the 15th for periods whose deadline falls after PerBKPM 5/2025 took effect (TW3 2025 on),
 * unless the ministry announced another date for a period (admin override). The obligation starts with the period
 * in which the licence was issued.
 */
import { addCalendarDays } from "../calendar/working-days";
import { parsePeriodKey, periodOf } from "../periods/periods";
import { type BusinessScale } from "./derive";
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
