// `npm run seed -- [--scale N]`: loads the demo office into the database named by DATABASE_URL.
// --scale multiplies volumes (e.g. --scale 100 for benchmarks). Refuses a database that already has staff
// accounts unless --force is given, so a real office's data is never mixed with demo data by accident.
import { parseArgs } from "node:util";
import { getEnv } from "../lib/env";
import { applyMigrations, checkDatabaseReachable } from "../lib/db/lifecycle";
import { disconnectDb, getDb } from "../lib/db/client";
import { seedDemo } from "../lib/seed";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "1" }, force: { type: "boolean", default: false } },
});
const scale = Number(values.scale);

async function main() {
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error("--scale harus bilangan positif / must be a positive number");
  const url = getEnv().DATABASE_URL;
  await checkDatabaseReachable(url);
  applyMigrations(url, { quiet: true });
  const db = getDb();
  if ((await db.user.count()) > 0 && !values.force) {
    throw new Error("Basis data sudah berisi akun staf; tambahkan --force untuk tetap memuat data demo.");
  }
  const started = Date.now();
  await seedDemo(db, { scale, today: new Date(), log: (l) => console.log(l) });
  console.log(`demo data loaded (scale ${scale}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await disconnectDb();
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
