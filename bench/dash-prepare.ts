// Used by bench/dashboards-load.ts, in its own process per benchmark file (DATABASE_URL, LENTERA_ADMIN_* set):
// prepares the database as `npm start` does (migrations, reference data, the bench administrator), then prints an
// ADMIN API token for the API targets as "TOKEN <token>".

/** Mojoroto, the kecamatan the processing dashboard's filter is measured with. */
export const KEDIRI_KECAMATAN = "35.71.01";

async function main() {
  const { prepareDatabase } = await import("../scripts/prepare-database");
  await prepareDatabase({ printLogins: false });
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { createApiToken } = await import("../lib/users/user-store");
  const { getEnv } = await import("../lib/env");
  const admin = await getDb().user.findUniqueOrThrow({ where: { email: getEnv().LENTERA_ADMIN_EMAIL!.toLowerCase() } });
  const { token } = await createApiToken(
    { name: `bench-${Date.now()}`, role: "ADMIN", validDays: 1 },
    { id: admin.id, label: admin.email, role: "ADMIN" },
  );
  console.log(`TOKEN ${token}`);
  await disconnectDb();
}

if (process.argv[1]?.endsWith("dash-prepare.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
