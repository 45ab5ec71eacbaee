// Where the leadership scorecard's time goes at bench size (issue 15): each KPI read of getKpiValues for the
// scorecard's periods (the year and the five before it), run one after another so each read's CPU is its own
// (uncached), then the whole scorecard: kept figures (no write in between), and after a write of each kind this
// year (its change counters bumped as the triggers would: a survey response, a finished file, a complaint).
//   DATABASE_URL=file:./data/bench/dash.db node --conditions=react-server --import tsx bench/scorecard-profile.ts [--runs 3]
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });

async function main() {
  const { toWibDate } = await import("../lib/calendar/working-days");
  const { periodOf, previousPeriod } = await import("../lib/periods/periods");
  const { getDb } = await import("../lib/db/client");
  const { getSkmSummaryForFilter } = await import("../lib/skm/summary-queries");
  const { readOpenFigures } = await import("../lib/applications/processing-summary-queries");
  const { getProcessingKpis } = await import("../lib/applications/processing-kpi-queries");
  const { getAgencyWithinSlaPercent } = await import("../lib/applications/agency-performance-queries");
  const { getInvestmentTotals } = await import("../lib/investment/analytics-queries");
  const { getComplaintKpis } = await import("../lib/complaints");
  const { getFollowUpKpis } = await import("../lib/follow-up/queries");
  const { getScorecard } = await import("../lib/kpi/scorecard-queries");
  const db = getDb();
  const now = new Date();
  const today = toWibDate(now);
  const periods = [periodOf("year", today)];
  while (periods.length < 6) periods.unshift(previousPeriod(periods[0]));
  const clip = (p: { from: string; to: string }) => ({ from: p.from, to: p.to < today ? p.to : today });
  const reads: Array<[string, (p: { from: string; to: string }) => Promise<unknown>]> = [
    ["skm summary", (p) => getSkmSummaryForFilter({ ...clip(p), questionnaire: "SKM-2017" }, db)],
    ["open figures (once)", () => readOpenFigures(db, null, null, today)],
    ["processing kpis", (p) => getProcessingKpis(clip(p), today, db, Promise.resolve({ overdue: 0 } as never))],
    ["investment totals", (p) => getInvestmentTotals(clip(p))],
    ["complaint kpis", (p) => getComplaintKpis({ ...clip(p), today }, db)],
    ["follow-up kpis", (p) => getFollowUpKpis(clip(p), today, db)],
    ["agency within sla", (p) => getAgencyWithinSlaPercent(clip(p), db)],
    ["whole getScorecard", () => getScorecard(periods[5], now)],
  ];
  const year = Number(today.slice(0, 4));
  const bump = (...tables: string[]) =>
    Promise.all(
      tables.map(
        (table) => db.$executeRaw`INSERT INTO "DataVersion" ("tableName", "year", "shard", "version")
          VALUES (${table}, ${year}, 0, 1)
          ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1`,
      ),
    );
  const afterWrite: Array<[string, string[]]> = [
    ["after a survey response", ["SkmDailyAggregate", "SkmMonthlyAggregate"]],
    [
      "after a finished file",
      ["ProcessingDayStat", "ProcessingMonthStat", "ProcessingStageDayStat", "ProcessingStageMonthStat"],
    ],
    ["after a complaint", ["Complaint"]],
  ];
  for (const [name, tables] of afterWrite)
    reads.push([
      name,
      async () => {
        await bump(...tables);
        return getScorecard(periods[5], now);
      },
    ]);
  const runs = Number(values.runs);
  const oneCall = (name: string) => /once|whole|after/.test(name);
  for (const [name, read] of reads) {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      if (oneCall(name)) await read(periods[5]);
      else for (const p of periods) await read(p);
      const used = process.cpuUsage(cpuStarted);
      if (i > 0) {
        cpu.push((used.user + used.system) / 1000);
        wall.push(performance.now() - started);
      }
    }
    console.log(
      `${name.padEnd(24)} ${oneCall(name) ? "1 call  " : "6 periods"}  CPU ${cpu.map((t) => t.toFixed(1)).join(" / ")} ms  wall ${wall.map((t) => t.toFixed(1)).join(" / ")} ms`,
    );
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
