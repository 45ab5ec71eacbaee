// Benchmark: GET /api/v1/processing/summary over 1M applications on SQLite (issue 5: p95 ≤ 150 ms).
// Run: node --conditions=react-server --import tsx bench/processing-summary.ts [applications]
// Generator: the demo seeder at the matching scale into data/bench/processing-summary.db (kept between runs).
// Runner: 60 summaries over month / quarter / year ranges, with and without a licence type filter; prints p50/p95.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

const target = Number(process.argv[2] ?? 1_000_000);
const dir = path.join("data", "bench");
const dbFile = path.join(dir, `processing-summary-${target}.db`);
process.env.DATABASE_URL = `file:./${dbFile}`;
const TODAY = new Date("2026-11-27T05:00:00Z");

async function main() {
  mkdirSync(dir, { recursive: true });
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const fresh = !existsSync(dbFile);
  if (fresh) {
    const { applyMigrations } = await import("../lib/db/lifecycle");
    applyMigrations(process.env.DATABASE_URL as string, { quiet: true });
    const { seedReferenceData } = await import("../lib/seed/reference");
    const { seedDemoApplications } = await import("../lib/seed/demo-applications");
    const started = Date.now();
    await seedReferenceData(getDb());
    await seedDemoApplications(getDb(), { scale: target / 7_500, today: TODAY, log: (line) => console.log(line) });
    console.log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const db = getDb();
  if (!fresh) {
    const { applyMigrations } = await import("../lib/db/lifecycle");
    applyMigrations(process.env.DATABASE_URL as string, { quiet: true });
    if ((await db.processingDayStat.count()) === 0) {
      const { refreshProcessingStats } = await import("../lib/applications/processing-day-stat-store");
      const started = Date.now();
      await db.$transaction(async (tx) => refreshProcessingStats(tx, "all"), { timeout: 600_000 });
      console.log(`aggregates rebuilt in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  }
  await db.$executeRawUnsafe("ANALYZE");
  console.log(`aggregate rows: ${await db.processingDayStat.count()} + ${await db.processingStageDayStat.count()}`);
  console.log(`applications: ${await db.application.count()}, events: ${await db.applicationEvent.count()}`);
  const { getProcessingSummary } = await import("../lib/applications/processing-summary-queries");
  const types = await db.licenseType.findMany({ where: { active: true } });
  const ranges = [
    ["2026-10-01", "2026-10-31"],
    ["2026-07-01", "2026-09-30"],
    ["2025-12-01", "2026-11-30"],
    ["2026-01-01", "2026-06-30"],
    ["2025-01-01", "2025-12-31"],
  ];
  const timings: number[] = [];
  let last: Awaited<ReturnType<typeof getProcessingSummary>> | null = null;
  for (let i = 0; i < 60; i += 1) {
    const [from, to] = ranges[i % ranges.length];
    const licenseTypeId = i % 3 === 0 ? types[i % types.length].id : null;
    const started = performance.now();
    last = await getProcessingSummary({ from, to, licenseTypeId }, TODAY);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => timings[Math.max(0, Math.ceil((p / 100) * timings.length) - 1)].toFixed(0);
  console.log(`summary over ${target} applications: p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms (60 runs)`);
  console.log(
    `last: completed ${last?.completed}, onTimeRate ${last?.onTimeRate}, median ${last?.medianDays}, backlog ${last?.backlog}, overdue ${last?.overdue}`,
  );
  await disconnectDb();
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
