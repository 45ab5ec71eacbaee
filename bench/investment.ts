// Investment analytics benchmark over the 1M-project file made by bench/investment-data.ts:
//   node --conditions=react-server --import tsx bench/investment.ts
// Prints the trend query p95 per interval and grouping (target ≤ 150 ms) and the CSV export of every project:
// rows/s (target ≥ 100k) and the largest resident set size sampled during the export (target ≤ 256 MB).
process.env.DATABASE_URL = "file:./data/bench/investment.db";
process.env.LENTERA_DEMO = "0";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const { getInvestmentTrend } = await import("../lib/investment/analytics-queries");
  const { createInvestmentExport } = await import("../lib/investment/export");
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { ZInvestmentFilter } = await import("../lib/investment/schemas");

  const projects = await getDb().application.count();
  console.log(`projects in bench db: ${projects.toLocaleString("en")}`);

  const RUNS = Number(process.argv[2] ?? 20);
  const isExportOnly = process.argv.includes("--export-only");
  const ranges = [
    { label: "1 year ", from: "2025-11-29", to: "2026-11-28" },
    { label: "2 years", from: "2024-11-29", to: "2026-11-28" },
  ];
  console.log(`\ntrend query (${RUNS} runs after 2 warm-ups; ms)`);
  console.log("range    interval groupBy       p50     p95     max");
  for (const range of isExportOnly ? [] : ranges) {
    for (const interval of ["month", "quarter", "year"] as const) {
      for (const groupBy of [undefined, "sector", "kecamatan", "origin", "scale"] as const) {
        if (interval !== "month" && groupBy !== undefined && groupBy !== "sector") continue;
        const filter = ZInvestmentFilter.parse({ from: range.from, to: range.to, interval, groupBy });
        const times: number[] = [];
        for (let run = -2; run < RUNS; run++) {
          const started = performance.now();
          await getInvestmentTrend(filter);
          if (run >= 0) times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        console.log(
          `${range.label}  ${interval.padEnd(8)} ${(groupBy ?? "-").padEnd(10)} ${percentile(times, 50).toFixed(1).padStart(7)} ${percentile(times, 95).toFixed(1).padStart(7)} ${times.at(-1)!.toFixed(1).padStart(7)}`,
        );
      }
    }
  }

  let peakRss = process.memoryUsage().rss;
  console.log(`\nRSS before the export ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const stream = await createInvestmentExport(
    { from: "2024-01-01", to: "2026-12-31", interval: "month", kind: "projects" },
    { id: null, label: "bench", role: "PLANNER" },
  );
  const reader = stream.getReader();
  let bytes = 0;
  let lines = 0;
  let firstChunkMs = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstChunkMs === 0) firstChunkMs = performance.now() - started;
    bytes += value.byteLength;
    for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lines++;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const rows = lines - 1;
  console.log(
    `\nexport projects CSV: ${rows.toLocaleString("en")} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(2)} s`,
  );
  console.log(`  first bytes after ${firstChunkMs.toFixed(1)} ms`);
  console.log(`  ${Math.round(rows / seconds).toLocaleString("en")} rows/s (target ≥ 100,000)`);
  console.log(`  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (target ≤ 256 MB)`);
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
