// Generates 1M issued business-licence projects with investment fields over two years into a fresh SQLite file
// (data/bench/investment.db) for bench/investment.ts. Usage:
//   node --conditions=react-server --import tsx bench/investment-data.ts [--rows 1000000]
// Rows are written with one prepared statement inside a transaction (the app's Prisma client is not needed to
// create benchmark data); timestamps use Prisma's SQLite format "YYYY-MM-DDTHH:MM:SS.mmm+00:00".
import { parseArgs } from "node:util";
import { mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { applyMigrations, sqliteFilePath } from "../lib/db/lifecycle";
import { createRandom } from "../lib/seed/random";
import { generateDemoProject } from "../lib/investment/demo-projects";
import { loadAreaSeed } from "../lib/reference/reference-data";
import { LICENSE_TYPES } from "../lib/reference/license-types";
import { processingStatsRefreshSql } from "../lib/applications/processing-day-stat-store";

export const BENCH_DB_URL = "file:./data/bench/investment.db";

const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" } } });
const total = Number(values.rows);
const file = sqliteFilePath(BENCH_DB_URL);
mkdirSync("data/bench", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
applyMigrations(BENCH_DB_URL, { quiet: true });

const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
const insertType = db.prepare(
  `INSERT INTO "LicenseType" ("code","name","nameEn","slaDays","tariff","agency","isBusiness","active","updatedAt") VALUES (?,?,?,?,?,?,?,?,?)`,
);
const business = LICENSE_TYPES.filter((lt) => lt.isBusiness && lt.active);
const typeIds: Array<{ id: number; slaDays: number }> = [];
for (const lt of business) {
  const info = insertType.run(
    lt.code,
    lt.name,
    lt.nameEn,
    lt.slaDays,
    lt.tariff,
    lt.agency,
    1,
    1,
    new Date().toISOString(),
  );
  typeIds.push({ id: Number(info.lastInsertRowid), slaDays: lt.slaDays });
}
const kelurahan = loadAreaSeed().kelurahan;
const insert =
  db.prepare(`INSERT INTO "Application" ("id","registrationNo","licenseTypeId","applicantName","applicantKind",
  "kecamatanCode","kelurahanCode","submittedAt","fileCompleteAt","clockStartDay","dueDate","finishedAt","finishedDay","status","currentStage","slaDays",
  "investmentValue","investmentCurrency","investmentOriginalAmount","exchangeRate","workersLocal","workersForeign",
  "kbli","kbliVersion","sector","sectorGroup","origin","scale","createdAt","updatedAt")
  VALUES (?,?,?,?,'business',?,?,?,?,?,?,?,?,'issued','penyerahan',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
const wibDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const random = createRandom(1_000_003);
const end = Date.UTC(2026, 10, 28);
const span = 730 * 86_400_000;
const started = Date.now();
const batch = db.transaction((from: number, to: number) => {
  for (let index = from; index < to; index++) {
    const type = typeIds[index % typeIds.length];
    const area = kelurahan[index % kelurahan.length];
    const project = generateDemoProject(random);
    const submitted = end - span + Math.floor(random.next() * (span - 30 * 86_400_000));
    const finished = submitted + random.int(1, type.slaDays + 1) * 86_400_000;
    const now = iso(finished);
    insert.run(
      `b${String(index).padStart(8, "0")}`,
      `BENCH-${index}`,
      type.id,
      project.applicantName,
      area.kecamatanCode,
      area.code,
      iso(submitted),
      iso(submitted),
      wibDay(submitted),
      wibDay(finished + 86_400_000),
      now,
      wibDay(finished),
      type.slaDays,
      project.investmentValue,
      project.investmentCurrency,
      project.investmentOriginalAmount,
      project.exchangeRate,
      project.workersLocal,
      project.workersForeign,
      project.kbli,
      project.kbliVersion,
      project.sector,
      project.sectorGroup,
      project.origin,
      project.scale,
      now,
      now,
    );
  }
});
for (let from = 0; from < total; from += 50_000) batch(from, Math.min(total, from + 50_000));
// The per-day aggregates the analytics read, as the application writers keep them.
const aggregated = Date.now();
for (const statement of processingStatsRefreshSql("all")) db.exec(statement);
console.log(`day aggregates rebuilt in ${((Date.now() - aggregated) / 1000).toFixed(1)} s`);
db.pragma("wal_checkpoint(TRUNCATE)");
db.exec("ANALYZE");
db.close();
console.log(
  `generated ${total.toLocaleString("en")} projects in ${((Date.now() - started) / 1000).toFixed(1)} s → ${file}`,
);
