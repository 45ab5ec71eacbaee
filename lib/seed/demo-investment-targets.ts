import "server-only";
import type { Db } from "../db/client";
import type { DemoSeedOptions } from "./index";
import { toWibDate, wibStartOfDay } from "../calendar/working-days";

/**
 * Demo annual targets for the investment dashboard (issue 6): for the demo's current year, 110% of the previous
 * year's issued investment and jobs, rounded to whole miliar / hundreds. Skipped when a target already exists.
 */
export async function seedDemoInvestmentTargets(db: Db, options: DemoSeedOptions): Promise<void> {
  const year = Number(toWibDate(options.today).slice(0, 4));
  if ((await db.kpiTarget.count({ where: { year, kpi: { in: ["investment_value", "investment_jobs"] } } })) > 0) return;
  const previous = await db.application.findMany({
    where: {
      status: "issued",
      investmentValue: { not: null },
      finishedAt: { gte: wibStartOfDay(`${year - 1}-01-01`), lt: wibStartOfDay(`${year}-01-01`) },
    },
    select: { investmentValue: true, workersLocal: true, workersForeign: true },
  });
  if (previous.length === 0) return;
  const rupiah = previous.reduce((sum, row) => sum + (row.investmentValue ?? 0n), 0n);
  const jobs = previous.reduce((sum, row) => sum + (row.workersLocal ?? 0) + (row.workersForeign ?? 0), 0);
  const miliar = 1_000_000_000n;
  await db.kpiTarget.createMany({
    data: [
      { year, kpi: "investment_value", value: Number(((rupiah * 11n) / 10n / miliar) * miliar) },
      { year, kpi: "investment_jobs", value: Math.round((jobs * 1.1) / 100) * 100 },
    ],
  });
}
