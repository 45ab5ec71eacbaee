// Benchmark: import 100k application rows from CSV into a fresh SQLite database (issue 5: ≤ 30 s).
// Run: node --conditions=react-server --import tsx bench/applications-import.ts [rows]
// Writes data/bench/applications-<rows>.csv (generator, in a child process, skipped when the file exists), then times
// the import and a re-import (idempotent upsert) with peak RSS, CPU time and the longest event-loop stall of each.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

const rows = Number(process.argv[2] ?? 100_000);
const dir = path.join("data", "bench");
const csvFile = path.join(dir, `applications-${rows}.csv`);
const dbFile = path.join(dir, "applications-import.db");
process.env.DATABASE_URL = `file:./${dbFile}`;

async function generate() {
  const { createRandom } = await import("../lib/seed/random");
  const { LICENSE_TYPES } = await import("../lib/reference/license-types");
  const { loadAreaSeed } = await import("../lib/reference/reference-data");
  const random = createRandom(100_000);
  const types = LICENSE_TYPES.filter((lt) => lt.active);
  const { kelurahan, kecamatan } = loadAreaSeed();
  const kecName = new Map(kecamatan.map((k) => [k.code, k.name]));
  const header =
    "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt,investmentValue,investmentCurrency,exchangeRate,workersLocal,workersForeign,kbli,kbliVersion,origin";
  const lines = [header];
  const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  const start = Date.UTC(2025, 0, 6);
  for (let i = 1; i <= rows; i += 1) {
    const lt = random.pick(types);
    const kel = random.pick(kelurahan);
    const s = random.int(0, 640);
    const paused = random.chance(0.1);
    const v = s + random.int(0, 2);
    const ret = paused ? `${day(start, v + 1)}T10:00` : "";
    const res = paused ? `${day(start, v + 4)}T09:00` : "";
    const r = v + (paused ? 5 : 1) + random.int(0, 5);
    const p = r + random.int(1, 10);
    const c = p + random.int(0, 2);
    const invest = lt.isBusiness
      ? `${random.int(50, 5_000) * 1_000_000},IDR,,${random.int(1, 30)},0,47111,2020,PMDN`
      : ",,,,,,,";
    lines.push(
      [
        `BENCH-${String(i).padStart(7, "0")}`,
        lt.code,
        `Pemohon ${i}`,
        lt.isBusiness ? "business" : "individual",
        kecName.get(kel.kecamatanCode),
        kel.name,
        `${day(start, s)}T08:30`,
        `${day(start, c)}T14:00`,
        "issued",
        String(lt.tariff),
        "L1",
        `${day(start, v)}T09:00`,
        `${day(start, r)}T09:00`,
        `${day(start, p)}T09:00`,
        ret,
        res,
        invest,
      ].join(","),
    );
  }
  writeFileSync(csvFile, lines.join("\n") + "\n");
}

async function main() {
  mkdirSync(dir, { recursive: true });
  if (process.argv.includes("--generate-only")) {
    const started = Date.now();
    await generate();
    console.log(`generated ${rows} rows → ${csvFile} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  let started = Date.now();
  // The generator runs in a child process (once per row count), so its garbage does not count in this RSS.
  if (!existsSync(csvFile)) {
    execFileSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", process.argv[1], String(rows), "--generate-only"],
      { stdio: "inherit" },
    );
  }
  console.log(`${rows} rows in ${csvFile} (${(statSync(csvFile).size / 1e6).toFixed(1)} MB)`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const { applyMigrations } = await import("../lib/db/lifecycle");
  applyMigrations(process.env.DATABASE_URL as string, { quiet: true });
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { seedReferenceData } = await import("../lib/seed/reference");
  await seedReferenceData(getDb());
  const { importApplicationsCsv } = await import("../lib/applications/import-store");
  const csv = readFileSync(csvFile, "utf8");
  const actor = { id: null, label: "bench", role: "ADMIN" as const };
  // Peak RSS is sampled every 10 ms by a worker thread (RSS is per process, and a worker keeps sampling even while
  // the main thread is blocked). A main-thread timer records the longest gap between its ticks, i.e. how long the
  // event loop was blocked (a server would answer no request for that long).
  const shared = new Float64Array(new SharedArrayBuffer(8));
  const sampler = new Worker(
    `const { workerData } = require("node:worker_threads");
     const peak = new Float64Array(workerData);
     setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 10);`,
    { eval: true, workerData: shared.buffer },
  );
  let lastTick = performance.now();
  let longestStall = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - lastTick);
    lastTick = now;
  }, 10);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  console.log(`RSS before the import (CSV text loaded): ${mb(process.memoryUsage.rss())}`);
  for (const label of ["import", "re-import"]) {
    shared[0] = process.memoryUsage.rss();
    longestStall = 0;
    lastTick = performance.now();
    started = Date.now();
    const cpuBefore = process.cpuUsage();
    let validated = 0;
    const result = await importApplicationsCsv(csv, {
      actor,
      onProgress: ({ phase }) => {
        if (phase === "validate") validated = (Date.now() - started) / 1000;
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    longestStall = Math.max(longestStall, performance.now() - lastTick);
    const peak = Math.max(shared[0], process.memoryUsage.rss());
    console.log(
      `${label}: ${result.imported} rows (${result.created} new, ${result.updated} updated, ${result.errorCount} errors) in ${seconds.toFixed(1)} s = ${Math.round(result.imported / seconds)} rows/s (validation pass ${validated.toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s); peak RSS ${mb(peak)}; longest event-loop stall ${Math.round(longestStall)} ms`,
    );
  }
  clearInterval(ticker);
  await sampler.terminate();
  const db = getDb();
  console.log(
    `stored: ${await db.application.count()} applications, ${await db.applicationEvent.count()} events; RSS at the end ${mb(process.memoryUsage.rss())}`,
  );
  await disconnectDb();
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
