/**
 * The leadership scorecard's KPIs (reference.md §8) with their direction and default yearly targets.
 * Defaults follow the office's Renstra convention: IKM ≥ 88,31 (grade A), permits on time ≥ 95 %.
 */
export const KPI_CODES = [
  "ikm",
  "on_time_rate",
  "median_processing_days",
  "overdue_count",
  "agency_within_sla",
  "complaints_within_deadline",
  "investment_value",
  "investment_jobs",
  "permits_issued",
] as const;
export type KpiCode = (typeof KPI_CODES)[number];

export type KpiDirection = "higher" | "lower";
export type KpiUnit = "index" | "percent" | "days" | "count" | "rupiah" | "people";

export const KPI_DEFINITIONS: Record<
  KpiCode,
  { direction: KpiDirection; unit: KpiUnit; defaultTarget: number; detailHref: string }
> = {
  ikm: { direction: "higher", unit: "index", defaultTarget: 88.31, detailHref: "/staf/skm" },
  on_time_rate: { direction: "higher", unit: "percent", defaultTarget: 95, detailHref: "/staf/waktu-proses" },
  median_processing_days: { direction: "lower", unit: "days", defaultTarget: 5, detailHref: "/staf/waktu-proses" },
  overdue_count: { direction: "lower", unit: "count", defaultTarget: 0, detailHref: "/staf/waktu-proses" },
  // Issue 20: technical agencies' recommendations given within their agency SLA (files finished in the period).
  agency_within_sla: {
    direction: "higher",
    unit: "percent",
    defaultTarget: 90,
    detailHref: "/staf/waktu-proses#h-agency-section",
  },
  complaints_within_deadline: {
    direction: "higher",
    unit: "percent",
    defaultTarget: 90,
    detailHref: "/staf/pengaduan/metrik",
  },
  investment_value: {
    direction: "higher",
    unit: "rupiah",
    defaultTarget: 500_000_000_000,
    detailHref: "/staf/investasi",
  },
  investment_jobs: { direction: "higher", unit: "people", defaultTarget: 2_000, detailHref: "/staf/investasi" },
  permits_issued: { direction: "higher", unit: "count", defaultTarget: 3_000, detailHref: "/staf/waktu-proses" },
};

export function isKpiCode(value: unknown): value is KpiCode {
  return typeof value === "string" && (KPI_CODES as readonly string[]).includes(value);
}
