// Runs the integration suite against a real SQLite file, then against PostgreSQL when TEST_POSTGRES_URL is set.
import { spawnSync } from "node:child_process";
import path from "node:path";

const vitest = path.join("node_modules", ".bin", "vitest");
const engines = ["sqlite"];
if (process.env.TEST_POSTGRES_URL) engines.push("postgresql");
else console.log("TEST_POSTGRES_URL not set: integration tests run on SQLite only.");

for (const engine of engines) {
  console.log(`\n=== integration tests on ${engine} ===`);
  const result = spawnSync(vitest, ["run", "--config", "vitest.integration.config.mts"], {
    stdio: "inherit",
    env: { ...process.env, TEST_DB: engine },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
