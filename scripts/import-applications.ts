// `npm run import:applications -- file.csv|file.xlsx [--valid-only] [--mapping '{"No Reg":"registrationNo"}']`
// Imports permit applications into the database named by DATABASE_URL (same rules as the staff UI and the API:
// all-or-nothing unless --valid-only; re-importing a file is an idempotent upsert by registration number).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { disconnectDb } from "../lib/db/client";
import { importApplicationsCsv } from "../lib/applications/import-store";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "valid-only": { type: "boolean", default: false }, mapping: { type: "string" } },
});

async function main() {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run import:applications -- file.csv [--valid-only] [--mapping JSON]");
  const started = Date.now();
  const result = await importApplicationsCsv(new Uint8Array(readFileSync(file)), {
    mode: values["valid-only"] ? "valid-only" : "all-or-nothing",
    mapping: values.mapping ? (JSON.parse(values.mapping) as Record<string, string>) : undefined,
    actor: { id: null, label: "cli:import-applications", role: "ADMIN" },
    onProgress: ({ phase, rows }) => {
      if (rows % 20_000 === 0 && rows > 0)
        console.error(`${phase === "validate" ? "diperiksa" : "disimpan"}: ${rows} baris`);
    },
  });
  for (const error of result.errors.slice(0, 50))
    console.log(`baris ${error.line} / ${error.column}: ${error.message}`);
  if (result.errorCount > 50) console.log(`… dan ${result.errorCount - 50} kesalahan lain`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!result.committed) {
    console.log(`Tidak ada yang disimpan: ${result.invalidRows} dari ${result.rows} baris tidak valid (${seconds} s).`);
    process.exitCode = 1;
  } else {
    console.log(
      `${result.imported} baris disimpan (${result.created} baru, ${result.updated} diperbarui), ${result.invalidRows} baris dilewati, ${seconds} s.`,
    );
  }
  await disconnectDb();
}
main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  if (error && typeof error === "object" && "fields" in error) console.error(error.fields);
  await disconnectDb();
  process.exit(1);
});
