/**
 * LKPM plan against realisation: the per-period series of the dashboard and API from the stored day and period
 * roll-ups, and the resolution of one report against its project (which period, on time, the ratio). Pure: no
 * Prisma, no clock reads (pass `today`). The schedule is lkpm-schedule.ts; the input schemas lkpm-schemas.ts.
 */
import {
  LKPM_PERIOD_KINDS,
  LkpmPeriodKind,
  LkpmPeriodWithBounds,
  lkpmPeriodKindFor,
  lkpmPeriodContaining,
  nextLkpmPeriod,
  LkpmDeadlineOverrides,
  isFiledOnTime,
  checkObligation,
  realisationRatio,
  complianceRate,
  tenthsToFraction,
} from "./lkpm-schedule";
import { REALISATION_FIELD_LABELS, TRealisationInput } from "./lkpm-schemas";

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
