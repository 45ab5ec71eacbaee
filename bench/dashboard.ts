// Server time of the leadership dashboard's data (scorecard of 8 KPIs for the year + 6-period trends + the
// comparison year, and the standards coverage) at the 1M-application scale. Target: ≤ 300 ms.
// Uses the 1M-project file of bench/investment-data.ts (run that first). Usage:
//   node --conditions=react-server --import tsx bench/dashboard.ts [runs]
import { existsSync } from "node:fs";

process.env.DATABASE_URL = "file:./data/bench/investment.db";
process.env.LENTERA_DEMO = "0";
if (!existsSync("data/bench/investment.db")) {
  console.error("data/bench/investment.db is missing: run bench/investment-data.ts first");
  process.exit(1);
}
async function main() {
  const runs = Number(process.argv[2] ?? 15);
  const { getScorecard } = await import("../lib/kpi/scorecard-queries");
  const { getStandardsCoverage } = await import("../lib/kpi/standards-queries");
  const { periodOf } = await import("../lib/periods/periods");
  const { getDb, disconnectDb } = await import("../lib/db/client");

  const applications = await getDb().application.count();
  const now = new Date("2026-11-28T05:00:00Z");
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    await Promise.all([getScorecard(periodOf("year", "2026-11-28"), now), getStandardsCoverage("2026-11-28")]);
    if (i >= 2) times.push(performance.now() - started); // two warm-up runs
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  console.log(`leadership dashboard data over ${applications.toLocaleString("en")} applications, ${runs} runs:`);
  console.log(
    `  median ${pick(50).toFixed(1)} ms, p95 ${pick(95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (target ≤ 300 ms)`,
  );
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
