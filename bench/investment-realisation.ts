// LKPM plan-vs-realisation benchmark. Copies the 1M-project file made by bench/investment-data.ts to
// data/bench/lkpm.db, adds LKPM reports for the obligated projects (as the demo seeder does: most owed periods filed)
// and times the reads behind GET /api/v1/investment/realisation and the dashboard's project tables. The load bench
// (bench/dashboards-load.ts) serves the same file.
//   node --conditions=react-server --import tsx bench/investment-data.ts   (once)
//   node --conditions=react-server --import tsx bench/investment-realisation.ts [runs] [--reuse]
// --reuse: time the reads on data/bench/lkpm.db as it is (made earlier, migrated since) instead of making it again.
// --reference: also time the project tables as computed before LkpmProjectStat (every project joined to its reports,
// about a minute a call at 1M projects; 2 runs) and the missing-report list's first page, and check both give the same.
import { copyFileSync, existsSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { createRandom } from "../lib/seed/random";
import { duePeriods, isFiledOnTime, lkpmFilingDeadline } from "../lib/investment/lkpm-schedule";
import { addCalendarDays } from "../lib/calendar/working-days";
import { lkpmPeriodRecountSql } from "../lib/investment/lkpm-period-sql";

const SOURCE = "data/bench/investment.db";
export const LKPM_DB_FILE = "data/bench/lkpm.db";
const FILE = LKPM_DB_FILE;
const TODAY = "2026-11-29";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Copies the 1M-project file and files LKPM reports for its obligated projects (about 860k). */
export function prepareLkpmBenchDb(): void {
  if (!existsSync(SOURCE)) throw new Error(`${SOURCE} missing: run bench/investment-data.ts first`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(FILE + suffix, { force: true });
  copyFileSync(SOURCE, FILE);
  const db = new Database(FILE);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const started = Date.now();
  const projects = db
    .prepare(
      `SELECT "id", "scale", "finishedDay", CAST("investmentValue" AS TEXT) AS v FROM "Application"
      WHERE "status" = 'issued' AND "investmentValue" IS NOT NULL AND "scale" IN ('kecil','menengah','besar') ORDER BY "id"`,
    )
    .all() as Array<{ id: string; scale: string; finishedDay: string; v: string }>;
  const insert =
    db.prepare(`INSERT INTO "InvestmentRealisation" ("id","applicationId","year","periodKind","periodNumber","periodFirstDay",
    "periodLastDay","realisedInvestment","currency","originalAmount","workersLocal","workersForeign","reportedAt","reportedDay","isOnTime",
    "source","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?,?,'IDR',?,?,0,?,?,?,'import',?,?)`);
  const random = createRandom(42);
  let reports = 0;
  const write = db.transaction((slice: typeof projects) => {
    for (const project of slice) {
      for (const period of duePeriods({ scale: project.scale, issuedDay: project.finishedDay }, TODAY)) {
        if (random.chance(0.15)) continue;
        const realised = (BigInt(project.v) * BigInt(random.int(0, 300))) / 1000n;
        const reportedDay = addCalendarDays(lkpmFilingDeadline(period), random.chance(0.1) ? 5 : -3);
        const at = `${reportedDay}T05:00:00.000+00:00`;
        insert.run(
          `r${reports}`,
          project.id,
          period.year,
          period.kind,
          period.number,
          period.firstDay,
          period.lastDay,
          realised,
          realised.toString(),
          random.int(1, 50),
          at,
          reportedDay,
          isFiledOnTime(period, reportedDay) ? 1 : 0,
          at,
          at,
        );
        reports += 1;
      }
    }
  });
  for (let from = 0; from < projects.length; from += 20_000) write(projects.slice(from, from + 20_000));
  // The per-period sums the writers keep (LkpmPeriodStat), recounted once for the reports written above.
  for (const statement of lkpmPeriodRecountSql("all")) db.exec(statement);
  db.exec("ANALYZE");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  console.log(
    `${reports.toLocaleString("en")} LKPM reports for ${projects.length.toLocaleString("en")} obligated projects in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main() {
  process.env.DATABASE_URL = `file:./${FILE}`;
  process.env.LENTERA_DEMO = "0";
  if (!process.argv.includes("--reuse")) prepareLkpmBenchDb();
  const { getRealisationSeries, getRealisationProjectTables } = await import("../lib/investment/realisation-queries");
  const { ZRealisationQuery } = await import("../lib/investment/realisation-params");
  const { getDb, disconnectDb } = await import("../lib/db/client");
  console.log(`projects in bench db: ${(await getDb().application.count()).toLocaleString("en")}`);
  const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10);
  const cases: Array<[string, () => Promise<unknown>]> = [
    [
      "series 2y quarter         ",
      () => getRealisationSeries(ZRealisationQuery.parse({ from: "2024-11-29", to: "2026-11-28" }), TODAY),
    ],
    [
      "series 2y year, by sector ",
      () =>
        getRealisationSeries(
          ZRealisationQuery.parse({ from: "2024-11-29", to: "2026-11-28", interval: "year", groupBy: "sector" }),
          TODAY,
        ),
    ],
    [
      "series 2y quarter, by kec.",
      () =>
        getRealisationSeries(
          ZRealisationQuery.parse({ from: "2024-11-29", to: "2026-11-28", groupBy: "kecamatan" }),
          TODAY,
        ),
    ],
    ["project tables (top 10)   ", () => getRealisationProjectTables(TODAY, 10)],
    ["missing list, page 1      ", () => missingListPage(TODAY)],
  ];
  console.log(`\n(${runs} runs after 1 warm-up; ms)     p50     p95     max  CPU ms/call`);
  for (const [label, run] of cases) {
    const times: number[] = [];
    let cpu = 0;
    for (let index = -1; index < runs; index++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await run();
      const used = process.cpuUsage(cpuStarted);
      if (index >= 0) {
        times.push(performance.now() - started);
        cpu += (used.user + used.system) / 1000;
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label} ${percentile(times, 50).toFixed(0).padStart(7)} ${percentile(times, 95).toFixed(0).padStart(7)} ${times.at(-1)!.toFixed(0).padStart(7)} ${(cpu / runs).toFixed(1).padStart(12)}`,
    );
  }
  if (process.argv.includes("--reference")) await compareWithReference(getRealisationProjectTables, missingListPage);
  await disconnectDb();
}

/** The first page of /staf/investasi/realisasi/belum-lapor (oldest licence first) and its total. */
async function missingListPage(today: string) {
  const { missingReportListQuery } = await import("../lib/investment/missing-report-queries");
  const query = missingReportListQuery(today, { q: "", sort: "issued", dir: "asc" });
  const [total, rows] = await Promise.all([query.count(), query.read(0, 50)]);
  return { total, rows };
}

/** Times the old statements (tests/support/realisation-reference.ts) and checks they give the same tables. */
async function compareWithReference(
  current: (today: string, limit: number) => Promise<unknown>,
  currentList: (today: string) => Promise<unknown>,
) {
  const { referenceProjectTables, referenceMissingList } = await import("../tests/support/realisation-reference");
  const json = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v));
  const times: number[] = [];
  let reference: unknown;
  for (let index = 0; index < 2; index++) {
    const started = performance.now();
    reference = await referenceProjectTables(TODAY, 10);
    times.push(performance.now() - started);
  }
  console.log(`project tables, old SQL    ${times.map((t) => t.toFixed(0).padStart(7)).join(" ")}  (2 runs, ms)`);
  const same = json(reference) === json(await current(TODAY, 10));
  console.log(`same tables as the old SQL: ${same ? "yes" : "NO"}`);
  const started = performance.now();
  const list = await referenceMissingList(TODAY, { sort: "issued", dir: "asc", skip: 0, take: 50 });
  console.log(`missing list, old SQL      ${(performance.now() - started).toFixed(0).padStart(7)}  (1 run, ms)`);
  const sameList = json(list) === json(await currentList(TODAY));
  console.log(`same missing list as the old SQL: ${sameList ? "yes" : "NO"}`);
  if (!same || !sameList) process.exitCode = 1;
}
if (process.argv[1]?.endsWith("investment-realisation.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
