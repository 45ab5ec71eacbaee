import { getEnv } from "../lib/env";
import { applyMigrations, checkDatabaseReachable, tuneSqlite } from "../lib/db/lifecycle";
import { disconnectDb, getDb } from "../lib/db/client";
import { seedDemo, seedReferenceData } from "../lib/seed";
import { recomputeLkpmTimeliness } from "../lib/investment/lkpm-deadline-store";
import { DEMO_USERS } from "../lib/seed/demo-users";
import { createUser, countUsers } from "../lib/users/user-store";
import { recoverInterruptedImports } from "../lib/applications/bulk-store";

/**
 * Brings the database to a usable state: reachable, migrated, reference data present, the first admin
 * from LENTERA_ADMIN_EMAIL/PASSWORD, and (unless LENTERA_DEMO=0) the demo office on an empty database.
 */
export async function prepareDatabase(options: { printLogins?: boolean; scale?: number } = {}): Promise<void> {
  const env = getEnv();
  await checkDatabaseReachable(env.DATABASE_URL);
  applyMigrations(env.DATABASE_URL);
  await tuneSqlite(env.DATABASE_URL);
  // An import killed in the middle (SQLite imports commit chunk by chunk) is taken back out, whole.
  try {
    const recovered = await recoverInterruptedImports();
    if (recovered.undone > 0)
      console.log(`  interrupted import undone: ${recovered.applications} application(s) put back as they were`);
  } catch (error) {
    // The office keeps working; the rows of that import stay until the undo succeeds (tried again at every start).
    console.error(
      `  an interrupted import could not be undone (tried again at the next start): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const db = getDb();
  const isEmpty = (await countUsers()) === 0;
  await seedReferenceData(db);
  // Stored LKPM on-time flags follow the deadline rule of this release (e.g. the 15th from TW3 2025) and overrides.
  const lkpmChanged = await recomputeLkpmTimeliness(db);
  if (lkpmChanged > 0) console.log(`  LKPM: on-time flag recomputed for ${lkpmChanged} report(s)`);

  if (env.LENTERA_ADMIN_EMAIL && env.LENTERA_ADMIN_PASSWORD) {
    const exists = await db.user.findUnique({ where: { email: env.LENTERA_ADMIN_EMAIL.toLowerCase() } });
    if (!exists) {
      await createUser(
        { email: env.LENTERA_ADMIN_EMAIL, name: "Administrator", role: "ADMIN", password: env.LENTERA_ADMIN_PASSWORD },
        null,
      );
      console.log(`  first administrator created: ${env.LENTERA_ADMIN_EMAIL}`);
    }
  }

  if (env.LENTERA_DEMO === "1" && isEmpty) {
    console.log("  empty database: loading the demo office (set LENTERA_DEMO=0 for a real office)…");
    await seedDemo(db, { scale: options.scale ?? 1, today: new Date(), log: (l) => console.log(l) });
  }
  // Reports published before snapshots existed are frozen now, so public pages only ever read snapshots.
  // (imported only when there is a published report: the SKM modules are not needed to start an empty office)
  if ((await db.skmReport.count({ where: { status: "PUBLISHED" } })) > 0) {
    const { freezeReportsPublishedWithoutSnapshot } = await import("../lib/skm/report-store");
    const frozen = await freezeReportsPublishedWithoutSnapshot(db);
    if (frozen > 0) console.log(`  ${frozen} published SKM report(s) frozen as snapshots`);
  }
  if (env.LENTERA_DEMO === "1" && options.printLogins) {
    console.log("\n  Demo sign-ins (demo installations only):");
    for (const u of DEMO_USERS)
      console.log(`    ${u.role.padEnd(10)} ${u.email.padEnd(28)} ${u.password}${u.agency ? `  (${u.agency})` : ""}`);
  } else if ((await countUsers()) === 0) {
    console.log(
      "\n  No staff account yet. Create the first administrator with\n" +
        "    npm run user:create -- --email you@office.go.id --password '...' --role ADMIN\n" +
        "  or start with LENTERA_ADMIN_EMAIL and LENTERA_ADMIN_PASSWORD set.",
    );
  }
  await disconnectDb();
}
