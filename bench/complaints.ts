// Complaint module benchmark: `node --conditions=react-server --import tsx bench/complaints.ts [scale]`.
// Builds data/bench/complaints.db (SQLite, never committed) with the demo seeder at `scale` (1 ≈ 580 complaints over
// two years), then times the summary/KPI queries the dashboards run and the gateway intake path.
import { mkdirSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";

const scale = Number(process.argv[2] ?? "50");
const file = "data/bench/complaints.db";
mkdirSync("data/bench", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = `file:./${file}`;
process.env.LENTERA_DEMO = "0";

async function time<T>(label: string, runs: number, fn: () => Promise<T>): Promise<T> {
  const samples: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    result = await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(52)} median ${samples[Math.floor(samples.length / 2)].toFixed(1).padStart(8)} ms  (n=${runs})`,
  );
  return result as T;
}

async function main() {
  const { resetEnvCache } = await import("../lib/env");
  resetEnvCache();
  const { applyMigrations } = await import("../lib/db/lifecycle");
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { seedReferenceData } = await import("../lib/seed/reference");
  const { seedDemoUsers } = await import("../lib/seed/demo-users");
  const { seedDemoComplaints } = await import("../lib/seed/demo-complaints");
  const { getComplaintSummary, getComplaintKpis, listComplaints } = await import("../lib/complaints/queries");
  const { receiveGatewayMessage } = await import("../lib/complaints/intake-store");
  const { toWibDate, addCalendarDays } = await import("../lib/calendar/working-days");

  applyMigrations(process.env.DATABASE_URL as string, { quiet: true });
  const db = getDb();
  await seedReferenceData(db);
  await seedDemoUsers(db);
  const today = new Date();
  const seedStart = performance.now();
  await seedDemoComplaints(db, { scale, today });
  const count = await db.complaint.count();
  console.log(
    `seeded ${count} complaints (scale ${scale}) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const day = toWibDate(today);
  const range = { from: addCalendarDays(day, -730), to: day, today: day };
  const summary = await time("getComplaintSummary, two years", 5, () => getComplaintSummary(range, db));
  await time("getComplaintSummary, one month", 5, () =>
    getComplaintSummary({ ...range, from: addCalendarDays(day, -30) }, db),
  );
  const kpis = await time("getComplaintKpis, one year", 5, () =>
    getComplaintKpis({ ...range, from: addCalendarDays(day, -365) }, db),
  );
  await time("listComplaints open (staff list)", 5, () => listComplaints({ status: "open", today: day }, "OFFICER"));
  await time("listComplaints all, first 200", 5, () => listComplaints({ status: "all", today: day }, "OFFICER"));
  let n = 0;
  await time("gateway message → ticket (sequential)", 200, () =>
    receiveGatewayMessage(
      {
        from: `+62857${String(10_000_000 + (n += 1))}`,
        text: "Izin saya belum selesai",
        receivedAt: null,
        messageId: `bench-${n}`,
      },
      new Date(),
    ),
  );
  const burst = 50;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: burst }, (_, i) =>
      receiveGatewayMessage(
        { from: `+62858${String(10_000_000 + i)}`, text: "Antrean lama", receivedAt: null, messageId: `burst-${i}` },
        new Date(),
      ),
    ),
  );
  console.log(
    `${`gateway burst of ${burst} concurrent messages`.padEnd(52)} total  ${(performance.now() - started).toFixed(1).padStart(8)} ms`,
  );
  console.log(
    `two-year figures: received ${summary.received}, on time ${summary.resolvedWithinDeadlinePercent}%, median to answer ${summary.medianWorkingDaysToFirstAnswer} wd, to resolution ${summary.medianWorkingDaysToResolution} wd; open overdue ${kpis.overdueCount}`,
  );
  const first = summary.trend[0];
  const last = summary.trend[summary.trend.length - 2] ?? first;
  console.log(
    `trend: ${first.month} median resolution ${first.medianWorkingDaysToResolution} wd → ${last.month} ${last.medianWorkingDaysToResolution} wd`,
  );
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
