// `npm test`: format check, lint, type-check, unit tests, integration tests (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set),
// then end-to-end tests in Chromium against the built app. Stops at the first failing stage.
import { spawnSync } from "node:child_process";

const stages = [
  ["format", "npm", ["run", "format:check"]],
  ["lint", "npm", ["run", "lint"]],
  ["type-check", "npm", ["run", "typecheck"]],
  ["unit tests", "npm", ["run", "test:unit"]],
  ["integration tests", "npm", ["run", "test:int"]],
  ["build", "npm", ["run", "build"]],
  ["end-to-end tests", "npm", ["run", "test:e2e"]],
];
const only = process.env.LENTERA_TEST_STAGES?.split(",");
for (const [name, cmd, args] of stages) {
  if (only && !only.includes(name)) continue;
  console.log(`\n##### ${name} #####`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  console.log(
    `##### ${name}: ${result.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
