// Data for bench/dashboards-load.ts: the demo office (lib/seed) grown to benchmark size in one SQLite file,
// data/bench/dash.db — 1M applications with their timelines (open, returned, overdue files included), their LKPM
// reports, 1M SKM responses, complaints, targets and the demo staff accounts (so the bench can sign in as ADMIN).
// Every row goes through the seeders' own writers, so all daily aggregates are kept as in a real office.
//   node --conditions=react-server --import tsx bench/dash-data.ts [--applications 1000000] [--responses 1000000]
// Takes several minutes on 2 cores; the load bench reuses the file unless asked to regenerate it.
import { parseArgs } from "node:util";
import { mkdirSync, rmSync } from "node:fs";

export const DASH_DB_FILE = "data/bench/dash.db";

/** Demo seeders at scale 1 write ≈ 7,500 applications and ≈ 21,500 SKM-2017 responses (30–60 a working day). */
const APPLICATIONS_PER_SCALE = 7_500;
const RESPONSES_PER_SCALE = 21_500;

export async function generateDashDb(options: { applications: number; responses: number; today?: Date }) {
  mkdirSync("data/bench", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DASH_DB_FILE + suffix, { force: true });
  process.env.DATABASE_URL = `file:./${DASH_DB_FILE}`;
  process.env.LENTERA_DEMO = "0";
  const { applyMigrations, tuneSqlite } = await import("../lib/db/lifecycle");
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { DEMO_SEEDERS, seedReferenceData } = await import("../lib/seed");
  applyMigrations(process.env.DATABASE_URL, { quiet: true });
  await tuneSqlite(process.env.DATABASE_URL);
  const db = getDb();
  const today = options.today ?? new Date();
  const applicationScale = options.applications / APPLICATIONS_PER_SCALE;
  const scales: Record<string, number> = {
    applications: applicationScale,
    "investment-realisations": applicationScale,
    "skm-responses": options.responses / RESPONSES_PER_SCALE,
    // A realistic complaint volume for a busy office; complaints are not what this bench measures.
    complaints: 10,
  };
  await seedReferenceData(db);
  for (const seeder of DEMO_SEEDERS) {
    const started = Date.now();
    await seeder.run(db, { scale: scales[seeder.name] ?? 1, today, log: (line) => console.log(line) });
    console.log(`  seed ${seeder.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await db.$executeRawUnsafe("ANALYZE");
  await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await disconnectDb();
}

if (process.argv[1]?.endsWith("dash-data.ts")) {
  const { values } = parseArgs({
    options: {
      applications: { type: "string", default: "1000000" },
      responses: { type: "string", default: "1000000" },
    },
  });
  const started = Date.now();
  generateDashDb({ applications: Number(values.applications), responses: Number(values.responses) })
    .then(() => console.log(`${DASH_DB_FILE} generated in ${((Date.now() - started) / 1000).toFixed(0)} s`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
