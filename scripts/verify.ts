// `npm run verify [-- --json]`: recomputes every daily aggregate from the raw rows and prints each difference.
// Exit code 0 = consistent, 1 = differences found, 2 = the check could not run.
import { parseArgs } from "node:util";
import { getEnv } from "../lib/env";
import { applyMigrations, checkDatabaseReachable } from "../lib/db/lifecycle";
import { disconnectDb } from "../lib/db/client";
import { runConsistencyCheck } from "../lib/integrity/consistency-queries";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });

async function main(): Promise<number> {
  const url = getEnv().DATABASE_URL;
  await checkDatabaseReachable(url);
  applyMigrations(url, { quiet: true });
  const report = await runConsistencyCheck();
  await disconnectDb();
  if (values.json) {
    console.log(
      JSON.stringify(report, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2),
    );
    return report.differenceCount === 0 ? 0 : 1;
  }
  console.log(`Consistency check (${report.checkedAt.toISOString()}, ${report.durationMs} ms)`);
  for (const s of report.sections) {
    console.log(
      `  ${s.name.padEnd(18)} raw rows ${String(s.rawRows).padStart(9)}  stored rows ${String(s.storedRows).padStart(9)}  differences ${s.differenceCount}`,
    );
    for (const d of s.differences)
      console.log(`      ${d.key}  ${d.column}: recomputed ${String(d.expected)}, stored ${String(d.stored)}`);
    if (s.differenceCount > s.differences.length)
      console.log(`      … and ${s.differenceCount - s.differences.length} more`);
  }
  console.log(
    report.differenceCount === 0
      ? "OK: every aggregate equals its recount from the raw rows."
      : `FOUND ${report.differenceCount} difference(s).`,
  );
  return report.differenceCount === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error("verify failed:", error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
