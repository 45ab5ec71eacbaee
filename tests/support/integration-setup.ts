import { inject, beforeAll, afterAll, afterEach } from "vitest";
import { expectAggregatesConsistent } from "./consistency";
import { resetEnvCache } from "../../lib/env";

// Point the application's database client at this run's fresh database before any lib module queries it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.LENTERA_DEMO = "0";
resetEnvCache();

beforeAll(async () => {
  const { getDb } = await import("../../lib/db/client");
  const { seedReferenceData } = await import("../../lib/seed/reference");
  await seedReferenceData(getDb());
});

// Issue 12: after every integration test's writes (imports, submissions, undo, concurrent and interrupted runs),
// each stored daily aggregate must equal its recount from the raw rows.
afterEach(expectAggregatesConsistent);

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/db/client");
  await disconnectDb();
});
