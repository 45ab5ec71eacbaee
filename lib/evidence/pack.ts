/**
 * The yearly evidence pack for the evaluators (issue 18): what the PEKPPP evaluation (PermenPANRB 29/2022) and the
 * Ombudsman's compliance assessment ask for, each item with where it lives in Lentera, whether it is complete and
 * which gaps remain ("Triwulan III: tindak lanjut belum ada"). Pure: the figures are gathered by queries.ts; gaps are
 * message keys with values, translated by whoever shows them (page or PDF).
 */
import { STANDARD_COMPONENTS, type StandardComponent } from "../kpi/standards-coverage";
import type { Period } from "../periods/periods";

export const EVIDENCE_ITEMS = ["standards", "maklumat", "skm", "followUp", "complaints", "compensation"] as const;
export type EvidenceItemId = (typeof EVIDENCE_ITEMS)[number];

/** A gap: a key under evidence.gapText with its values. */
export type EvidenceGap = { key: string; vars?: Record<string, string | number> };
export type EvidenceStatus = { isComplete: boolean; gaps: EvidenceGap[] };

export type StandardInput = {
  code: string;
  name: string;
  components: Record<StandardComponent, boolean>;
  standardPublished: boolean;
};

export type PublishedReportInput = {
  key: string;
  labelId: string;
  labelEn: string;
  from: string;
  to: string;
  publishedAt: Date;
  version: number;
  regulation: string;
  respondents: number;
  population: number | null;
  requiredSample: number | null;
  sampleAdequate: boolean | null;
  ikm: number | null;
  grade: string | null;
};

export type FollowUpInput = {
  id: string;
  periodKey: string;
  title: string;
  basis: string;
  owner: string;
  status: string;
  dueDay: string;
  doneDay: string | null;
  evidenceText: string;
  files: string[];
};

export type EvidencePackInput = {
  year: number;
  today: string;
  /** The calendar quarters of the year (each expected to have a published SKM once it has ended). */
  quarters: Period[];
  standards: StandardInput[];
  maklumat: { text: string; published: boolean };
  reports: PublishedReportInput[];
  followUps: FollowUpInput[];
  complaints: {
    received: number;
    resolvedWithinDeadlinePercent: number | null;
    medianWorkingDaysToResolution: number | null;
    overdueCount: number;
  };
  compensation: {
    id: string;
    occurredOn: string;
    component: string;
    shortfall: string;
    kind: string;
    offered: string;
    amount: number | null;
    status: string;
    licenseType: string | null;
  }[];
};

const status = (gaps: EvidenceGap[]): EvidenceStatus => ({ isComplete: gaps.length === 0, gaps });

/** Every active licence type: all fourteen components filled and the standard published. */
export function standardsStatus(rows: readonly StandardInput[]): EvidenceStatus {
  if (rows.length === 0) return status([{ key: "noLicenseTypes" }]);
  const gaps: EvidenceGap[] = [];
  for (const row of rows) {
    const missing = STANDARD_COMPONENTS.filter((c) => !row.components[c]);
    if (missing.length) gaps.push({ key: "standardMissing", vars: { code: row.code, components: missing.join(",") } });
    // `components` is a comma-separated list of StandardComponent codes; readers translate each (gapText).
    if (!row.standardPublished) gaps.push({ key: "standardUnpublished", vars: { code: row.code } });
  }
  return status(gaps);
}

export function maklumatStatus(maklumat: EvidencePackInput["maklumat"]): EvidenceStatus {
  if (!maklumat.text.trim()) return status([{ key: "maklumatEmpty" }]);
  return status(maklumat.published ? [] : [{ key: "maklumatUnpublished" }]);
}

/** The published report that covers a quarter (a quarter's own, or a semester or year report containing it). */
export function reportForQuarter(
  quarter: Period,
  reports: readonly PublishedReportInput[],
): PublishedReportInput | null {
  const own = reports.find((r) => r.key === quarter.key);
  return own ?? reports.find((r) => r.from <= quarter.from && r.to >= quarter.to) ?? null;
}

/**
 * Each quarter that has ended by `today` has a published SKM report (its own or one covering it), with an adequate
 * sample (Krejcie–Morgan against the period's population).
 */
export function skmStatus(input: Pick<EvidencePackInput, "quarters" | "reports" | "today">): EvidenceStatus {
  const gaps: EvidenceGap[] = [];
  for (const quarter of input.quarters.filter((q) => q.to < input.today)) {
    if (!reportForQuarter(quarter, input.reports)) gaps.push({ key: "skmNotPublished", vars: { period: quarter.key } });
  }
  for (const report of input.reports) {
    if (report.sampleAdequate === false)
      gaps.push({
        key: "skmSampleShort",
        vars: { period: report.key, respondents: report.respondents, required: report.requiredSample ?? 0 },
      });
    else if (report.sampleAdequate === null) gaps.push({ key: "skmNoPopulation", vars: { period: report.key } });
  }
  return status(gaps);
}

/**
 * Every published report has follow-up actions planned from it; actions past their due day are done; every done
 * action has evidence (a text or a file).
 */
export function followUpStatus(input: Pick<EvidencePackInput, "reports" | "followUps" | "today">): EvidenceStatus {
  const gaps: EvidenceGap[] = [];
  for (const report of input.reports) {
    const actions = input.followUps.filter((a) => a.periodKey === report.key && a.status !== "dropped");
    if (actions.length === 0) {
      gaps.push({ key: "followUpNone", vars: { period: report.key } });
      continue;
    }
    const late = actions.filter((a) => a.status !== "done" && a.dueDay < input.today).length;
    if (late) gaps.push({ key: "followUpOverdue", vars: { period: report.key, n: late } });
    const unproven = actions.filter(
      (a) => a.status === "done" && !a.evidenceText.trim() && a.files.length === 0,
    ).length;
    if (unproven) gaps.push({ key: "followUpNoEvidence", vars: { period: report.key, n: unproven } });
  }
  return status(gaps);
}

export function complaintsStatus(complaints: EvidencePackInput["complaints"]): EvidenceStatus {
  return status(
    complaints.overdueCount > 0 ? [{ key: "complaintsOverdue", vars: { n: complaints.overdueCount } }] : [],
  );
}

/** The register is in use: at least one record in the year (an empty register is what the Ombudsman asks about). */
export function compensationStatus(input: Pick<EvidencePackInput, "compensation" | "year">): EvidenceStatus {
  return status(input.compensation.length === 0 ? [{ key: "compensationNone", vars: { year: input.year } }] : []);
}

export type EvidencePack = EvidencePackInput & { status: Record<EvidenceItemId, EvidenceStatus> };

export function buildEvidencePack(input: EvidencePackInput): EvidencePack {
  return {
    ...input,
    status: {
      standards: standardsStatus(input.standards),
      maklumat: maklumatStatus(input.maklumat),
      skm: skmStatus(input),
      followUp: followUpStatus(input),
      complaints: complaintsStatus(input.complaints),
      compensation: compensationStatus(input),
    },
  };
}

/** Where each item lives in Lentera (staff pages; public pages where the item is public). */
export const EVIDENCE_LOCATIONS: Record<EvidenceItemId, string[]> = {
  standards: ["/layanan", "/staf/admin/layanan"],
  maklumat: ["/", "/staf/admin/kantor"],
  skm: ["/laporan", "/staf/skm/laporan"],
  followUp: ["/staf/tindak-lanjut"],
  complaints: ["/staf/pengaduan/metrik"],
  compensation: ["/staf/kompensasi"],
};
