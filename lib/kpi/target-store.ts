import "server-only";
import { readNumberText } from "../validation/bounds";
import { z } from "zod";
import { getDb } from "../db/client";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { KPI_CODES, KPI_DEFINITIONS, type KpiCode } from "./kpi-definitions";
import { parseOrThrow, fieldIssue } from "../validation/parse";
import { NUMBER_BOUNDS } from "../validation/bounds";

export const ZKpiTargetInput = z
  .object({
    year: z.coerce
      .number()
      .int()
      .min(2000, { message: "Tahun tidak valid" })
      .max(2100, { message: "Tahun tidak valid" }),
    kpi: z.enum(KPI_CODES, { message: "KPI tidak dikenal" }),
    // "88,31", "95", "1.250.000" or 88.31 (lib/validation/indonesian-number.ts).
    value: z.union([z.string(), z.number()], { message: "Target harus angka" }).transform((value, ctx) => {
      const decimal = readNumberText(String(value), "Target", 2, ctx);
      return decimal === null ? z.NEVER : Number(decimal);
    }),
  })
  .superRefine((input, ctx) => {
    // Rupiah targets are whole rupiah kept exact in a double; every other KPI (percent, index, days, counts) is small.
    const max = KPI_DEFINITIONS[input.kpi].unit === "rupiah" ? Number.MAX_SAFE_INTEGER : NUMBER_BOUNDS.kpiTarget.max;
    if (input.value > max)
      fieldIssue(ctx, "value", `Target paling banyak ${new Intl.NumberFormat("id-ID").format(max)}`);
  });

/** The targets in force for a year: the latest value set for each KPI (history is kept), else the default. */
export async function getKpiTargets(year: number): Promise<Record<KpiCode, { value: number; isDefault: boolean }>> {
  const rows = await getDb().kpiTarget.findMany({ where: { year }, orderBy: { createdAt: "asc" } });
  const result = {} as Record<KpiCode, { value: number; isDefault: boolean }>;
  for (const code of KPI_CODES) result[code] = { value: KPI_DEFINITIONS[code].defaultTarget, isDefault: true };
  for (const row of rows)
    if ((KPI_CODES as readonly string[]).includes(row.kpi))
      result[row.kpi as KpiCode] = { value: row.value, isDefault: false };
  return result;
}

export async function setKpiTarget(input: unknown, actor: Actor): Promise<void> {
  const data = parseOrThrow(ZKpiTargetInput, input);
  await getDb().kpiTarget.create({ data: { ...data, setById: actor.id } });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "kpi.target.set",
    target: `${data.year}/${data.kpi}`,
    detail: { value: data.value },
  });
}

export async function listKpiTargetHistory(year: number) {
  return getDb().kpiTarget.findMany({ where: { year }, orderBy: { createdAt: "desc" }, take: 100 });
}
