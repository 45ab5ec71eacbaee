import "server-only";
/**
 * Annual investment targets, set by an administrator, kept as history in KpiTarget (one row per change; the
 * latest row for a year and KPI is the one in force).
 */
import { getDb } from "../db/client";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { INVESTMENT_TARGET_KPIS, type TInvestmentTargetInput } from "./schemas";

export type InvestmentTargets = { investmentValue: bigint | null; investmentJobs: number | null };

/** The targets in force for `year` (latest entry per KPI). */
export async function getInvestmentTargets(year: number): Promise<InvestmentTargets> {
  const rows = await getDb().kpiTarget.findMany({
    where: { year, kpi: { in: [...INVESTMENT_TARGET_KPIS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const value = rows.find((row) => row.kpi === "investment_value");
  const jobs = rows.find((row) => row.kpi === "investment_jobs");
  return {
    investmentValue: value ? BigInt(Math.round(value.value)) : null,
    investmentJobs: jobs ? Math.round(jobs.value) : null,
  };
}

/** Every change to the investment targets, newest first. */
export async function listInvestmentTargetHistory(take = 50) {
  return getDb().kpiTarget.findMany({
    where: { kpi: { in: [...INVESTMENT_TARGET_KPIS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** Records a new target (history is kept: earlier rows stay) and audit-logs it. */
export async function setInvestmentTarget(input: TInvestmentTargetInput, actor: Actor): Promise<void> {
  await getDb().kpiTarget.create({
    data: { year: input.year, kpi: input.kpi, value: Number(input.value), setById: actor.id },
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "kpi.target.set",
    target: `${input.kpi}:${input.year}`,
    detail: { value: input.value },
  });
}
