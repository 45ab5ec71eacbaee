import "server-only";
import type { Db } from "../db/client";
import type { DemoSeedOptions } from "./index";
import { toWibDate, wibStartOfDay, addCalendarDays } from "../calendar/working-days";
import { duePeriods, isFiledOnTime, lkpmFilingDeadline } from "../investment/lkpm-schedule";
import { createRandom } from "./random";
import { recountLkpmPeriodStats } from "../investment/lkpm-period-stat-store";

/** Reporting periods over which a demo project realises its plan (a year and a half: 6 triwulan or 3 semester). */
const HORIZON = { triwulan: 6, semester: 3 } as const;
const CHUNK = 1_000;

/**
 * Demo LKPM reports (issue 6) for the obligated demo projects (issued, non-mikro): each project gets a target
 * realisation of 0–120 % of its plan spread over a year and a half, files most owed periods (about 1 in 8 missing, 1 in 20
 * projects never files) and about 1 in 10 reports arrives after the filing window. Deterministic; skipped when any
 * report exists.
 */
export async function seedDemoInvestmentRealisations(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.investmentRealisation.count()) > 0) return;
  const today = toWibDate(options.today);
  const random = createRandom(20260629);
  const projects = await db.application.findMany({
    where: {
      status: "issued",
      investmentValue: { not: null },
      scale: { in: ["kecil", "menengah", "besar"] },
      finishedDay: { not: null },
    },
    select: {
      id: true,
      registrationNo: true,
      scale: true,
      finishedDay: true,
      investmentValue: true,
      workersLocal: true,
      workersForeign: true,
    },
    orderBy: { registrationNo: "asc" },
  });
  const rows = [];
  for (const project of projects) {
    const due = duePeriods({ scale: project.scale, issuedDay: project.finishedDay! }, today);
    if (due.length === 0) continue;
    const isSilent = random.chance(0.05);
    const targetPermille = BigInt(
      random.weighted([
        [random.int(0, 300), 2],
        [random.int(300, 900), 5],
        [random.int(900, 1200), 3],
      ] as const),
    );
    const horizon = BigInt(HORIZON[due[0].kind]);
    for (const [index, period] of due.entries()) {
      if (isSilent || random.chance(0.12)) continue;
      const jitterPercent = BigInt(random.int(50, 150));
      // Plan × target ÷ horizon, ±50 %: exact integer rupiah rounded down to whole thousands.
      const realised =
        index < Number(horizon)
          ? ((project.investmentValue! * targetPermille * jitterPercent) / (1000n * horizon * 100n) / 1000n) * 1000n
          : 0n;
      const deadline = lkpmFilingDeadline(period);
      const isLate = random.chance(0.1);
      let reportedDay = isLate
        ? addCalendarDays(deadline, random.int(1, 30))
        : addCalendarDays(deadline, -random.int(0, 9));
      if (reportedDay >= today) reportedDay = addCalendarDays(today, -1);
      const share = Math.min(1, (index + 1) / Number(horizon));
      rows.push({
        applicationId: project.id,
        year: period.year,
        periodKind: period.kind,
        periodNumber: period.number,
        periodFirstDay: period.firstDay,
        periodLastDay: period.lastDay,
        realisedInvestment: realised,
        currency: "IDR",
        originalAmount: realised.toString(),
        exchangeRate: null,
        workersLocal: Math.round((project.workersLocal ?? 0) * share),
        workersForeign: Math.round((project.workersForeign ?? 0) * share),
        reportedAt: new Date(wibStartOfDay(reportedDay).getTime() + random.int(8, 15) * 3_600_000),
        reportedDay,
        isOnTime: isFiledOnTime(period, reportedDay),
        source: random.chance(0.7) ? "import" : "form",
        createdById: null,
      });
    }
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db.investmentRealisation.createMany({ data: rows.slice(start, start + CHUNK) });
  }
  // The per-period sums once at the end (the chunks above skip them to stay fast).
  await db.$transaction((tx) => recountLkpmPeriodStats(tx, "all"), { timeout: 600_000, maxWait: 60_000 });
  options.log?.(`    ${rows.length} LKPM reports for ${projects.length} obligated projects`);
}
