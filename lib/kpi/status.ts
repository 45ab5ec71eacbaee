import type { KpiDirection } from "./kpi-definitions";

export type KpiStatus = "met" | "at_risk" | "missed" | "no_data";

/** Within this share of the target (5 %) a KPI that has not met its target is "at risk" rather than "missed". */
export const AT_RISK_TOLERANCE = 0.05;

/**
 * Status of a KPI against its target.
 * - higher is better: met when value ≥ target; at risk when value ≥ target × (1 − 5 %); else missed.
 * - lower is better: met when value ≤ target; at risk when value ≤ target × (1 + 5 %) (or target + 1 for a target of 0); else missed.
 * A value for a part of the year can be compared with a pro-rated target: pass `fractionOfYear` for cumulative KPIs.
 */
export function kpiStatus(
  value: number | null,
  target: number,
  direction: KpiDirection,
  options: { cumulative?: boolean; fractionOfYear?: number } = {},
): KpiStatus {
  if (value === null || !Number.isFinite(value)) return "no_data";
  const effectiveTarget = options.cumulative ? target * Math.min(1, Math.max(0, options.fractionOfYear ?? 1)) : target;
  if (direction === "higher") {
    if (value >= effectiveTarget) return "met";
    return value >= effectiveTarget * (1 - AT_RISK_TOLERANCE) ? "at_risk" : "missed";
  }
  if (value <= effectiveTarget) return "met";
  const limit = effectiveTarget === 0 ? 1 : effectiveTarget * (1 + AT_RISK_TOLERANCE);
  return value <= limit ? "at_risk" : "missed";
}

/** Change from the previous period: absolute difference and relative change (null when the base is 0 or missing). */
export function kpiChange(
  current: number | null,
  previous: number | null,
): { difference: number | null; relative: number | null } {
  if (current === null || previous === null) return { difference: null, relative: null };
  const difference = current - previous;
  return { difference, relative: previous === 0 ? null : difference / Math.abs(previous) };
}
