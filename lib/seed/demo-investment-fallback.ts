import "server-only";
/**
 * FALLBACK demo data for the investment dashboard (issue 6), used only while the applications seed of issue 5 is
 * not merged: inserts ~2,000 issued business-licence applications with investment fields over the two years
 * before `options.today`, and does nothing when any application already has an investment value. The lead may
 * drop this seeder once the real applications seed is in main.
 */
import type { Db } from "../db/client";
import type { DemoSeedOptions } from "./index";
import { createRandom } from "./random";
import { loadAreaSeed } from "../reference/reference-data";
import { generateDemoProject } from "../investment/demo-projects";
import { addCalendarDays, toWibDate, wibStartOfDay } from "../calendar/working-days";

const PROJECTS_AT_SCALE_1 = 2000;
const DAYS = 730;

export async function seedDemoInvestmentFallback(db: Db, options: DemoSeedOptions): Promise<void> {
  const existing = await db.application.count({ where: { investmentValue: { not: null } } });
  if (existing > 0) return;
  const licenseTypes = await db.licenseType.findMany({ where: { isBusiness: true, active: true }, orderBy: { code: "asc" } });
  if (licenseTypes.length === 0) return;
  const kelurahan = loadAreaSeed().kelurahan;
  const random = createRandom(20_260_606);
  const today = toWibDate(options.today);
  const count = Math.max(1, Math.round(PROJECTS_AT_SCALE_1 * options.scale));
  const rows = [];
  for (let index = 0; index < count; index++) {
    const licenseType = random.pick(licenseTypes);
    const area = random.pick(kelurahan);
    const project = generateDemoProject(random);
    // Submitted up to two years ago; issued within the SLA (in calendar days here, approximate), never after today.
    const submittedDay = addCalendarDays(today, -random.int(licenseType.slaDays + 2, DAYS));
    const submittedAt = new Date(wibStartOfDay(submittedDay).getTime() + random.int(8 * 60, 15 * 60) * 60_000);
    const fileCompleteAt = new Date(submittedAt.getTime() + random.int(0, 1) * 86_400_000);
    const finishedAt = new Date(fileCompleteAt.getTime() + random.int(1, Math.max(1, licenseType.slaDays)) * 86_400_000);
    rows.push({
      registrationNo: `INV-DEMO-${String(index + 1).padStart(6, "0")}`,
      licenseTypeId: licenseType.id,
      applicantName: project.applicantName,
      applicantKind: "business",
      kecamatanCode: area.kecamatanCode,
      kelurahanCode: area.code,
      submittedAt,
      fileCompleteAt,
      finishedAt,
      status: "issued",
      currentStage: "penyerahan",
      slaDays: licenseType.slaDays,
      investmentValue: project.investmentValue,
      investmentCurrency: project.investmentCurrency,
      investmentOriginalAmount: project.investmentOriginalAmount,
      exchangeRate: project.exchangeRate,
      workersLocal: project.workersLocal,
      workersForeign: project.workersForeign,
      kbli: project.kbli,
      kbliVersion: project.kbliVersion,
      sector: project.sector,
      sectorGroup: project.sectorGroup,
      origin: project.origin,
      scale: project.scale,
    });
  }
  for (let start = 0; start < rows.length; start += 500) {
    await db.application.createMany({ data: rows.slice(start, start + 500) });
  }
  options.log?.(`  investment fallback: ${rows.length} issued business applications`);
}

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
