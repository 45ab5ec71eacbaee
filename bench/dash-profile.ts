// Where a staff dashboard's time goes at bench size (issue 15): runs each page's lib reads once cold and a few times
// warm against a bench file (made by bench/dashboards-load.ts) in this one process and prints the milliseconds of
// each read, slowest first, and with --queries the slowest SQL statements (Prisma's query events).
//   DATABASE_URL=file:./data/bench/dash.db node --conditions=react-server --import tsx bench/dash-profile.ts \
//     [--runs 3] [--only scorecard,skm] [--queries]
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    only: { type: "string" },
    queries: { type: "boolean", default: false },
  },
});

type Probe = { name: string; run: () => Promise<unknown> };

async function probes(): Promise<Probe[]> {
  const { toWibDate, addCalendarDays } = await import("../lib/calendar/working-days");
  const { getScorecard, defaultDashboardPeriod } = await import("../lib/kpi/scorecard-queries");
  const { getSkmDashboard } = await import("../lib/skm/dashboard-queries");
  const { getLowScoreTable } = await import("../lib/skm/answer-queries");
  const { resolveDashboardPeriod } = await import("../lib/skm/dashboard-params");
  const { getProcessingDashboard } = await import("../lib/applications/processing-dashboard-queries");
  const { getProcessingSummary } = await import("../lib/applications/processing-summary-queries");
  const { getAgencyPerformance } = await import("../lib/applications/agency-performance-queries");
  const { getProcessingBreakdown } = await import("../lib/applications/breakdown-queries");
  const { getInvestmentDashboard } = await import("../lib/investment/dashboard");
  const { dashboardFilter } = await import("../lib/investment/filter");
  const { KEDIRI_KECAMATAN } = await import("./dash-prepare");
  const now = new Date();
  const today = toWibDate(now);
  const year = Number(today.slice(0, 4));
  const skmPeriod = resolveDashboardPeriod({}, today);
  const skmFilter = { from: skmPeriod.period.from, to: skmPeriod.period.to, questionnaire: "SKM-2017" };
  const processing = (kecamatanCode: string | null) => ({
    from: addCalendarDays(today, -729),
    to: today,
    licenseTypeId: null,
    kecamatanCode,
  });
  return [
    { name: "dashboard: getScorecard(year)", run: () => getScorecard(defaultDashboardPeriod(now), now) },
    {
      name: "skm: getSkmDashboard",
      run: () => getSkmDashboard(skmFilter, { trendKind: skmPeriod.trendKind, trendCount: 8 }),
    },
    {
      name: "skm: getLowScoreTable(14 days)",
      run: () =>
        getLowScoreTable(
          { from: addCalendarDays(today, -13), to: today, questionnaire: "SKM-2017" },
          ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"],
          30,
        ),
    },
    { name: "waktu-proses: getProcessingDashboard", run: () => getProcessingDashboard(processing(null), now) },
    {
      name: "waktu-proses: getProcessingDashboard(kecamatan)",
      run: () => getProcessingDashboard(processing(KEDIRI_KECAMATAN), now),
    },
    ...(["counter", "officer"] as const).flatMap((by) => [
      { name: `waktu-proses: getProcessingBreakdown(${by})`, run: () => getProcessingBreakdown(processing(null), by) },
      {
        name: `waktu-proses: getProcessingBreakdown(${by}, kecamatan)`,
        run: () => getProcessingBreakdown(processing(KEDIRI_KECAMATAN), by),
      },
    ]),
    {
      name: "waktu-proses: getAgencyPerformance",
      run: () => getAgencyPerformance({ from: processing(null).from, to: today }, now),
    },
    {
      name: "summary API: getProcessingSummary(year)",
      run: () => getProcessingSummary({ from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }, now),
    },
    { name: "investasi: getInvestmentDashboard", run: () => getInvestmentDashboard(dashboardFilter({}, today).filter) },
  ];
}

async function main() {
  const slow: { ms: number; sql: string; probe: string }[] = [];
  let current = "";
  if (values.queries) {
    // better-sqlite3 runs each statement synchronously: timing its calls is each statement's own cost, not the
    // time it waited behind the request's other reads.
    const { default: Database } = await import("better-sqlite3");
    const probe = new Database(":memory:");
    const Statement = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, unknown>;
    probe.close();
    for (const method of ["all", "get", "run", "iterate", "raw"]) {
      const original = Statement[method] as (this: { source: string }, ...args: unknown[]) => unknown;
      Statement[method] = function (this: { source: string }, ...args: unknown[]) {
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          if (method !== "raw") slow.push({ ms: performance.now() - started, sql: this.source, probe: current });
        }
      };
    }
  }
  const only = values.only?.split(",");
  const runs = Number(values.runs);
  for (const probe of await probes()) {
    if (only && !only.some((o) => probe.name.includes(o))) continue;
    current = probe.name;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await probe.run();
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    console.log(
      `${probe.name.padEnd(50)} cold ${times[0].toFixed(0).padStart(6)} ms  warm ${times
        .slice(1)
        .map((t) => t.toFixed(0))
        .join(" / ")} ms  CPU ${cpu
        .slice(1)
        .map((t) => t.toFixed(0))
        .join(" / ")} ms`,
    );
  }
  if (values.queries) {
    // Per read and statement text: calls and total milliseconds over all runs, the costliest first.
    const totals = new Map<string, { probe: string; sql: string; calls: number; ms: number }>();
    for (const s of slow) {
      const key = `${s.probe}\u0000${s.sql}`;
      const entry = totals.get(key) ?? { probe: s.probe, sql: s.sql, calls: 0, ms: 0 };
      entry.calls += 1;
      entry.ms += s.ms;
      totals.set(key, entry);
    }
    console.log(`\ncostliest statements over ${runs + 1} runs of each read:`);
    for (const s of [...totals.values()].sort((a, b) => b.ms - a.ms).slice(0, 30))
      console.log(
        `${s.ms.toFixed(1).padStart(8)} ms ${String(s.calls).padStart(4)}×  [${s.probe}]  ${s.sql.replace(/\s+/g, " ").slice(0, 220)}`,
      );
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
