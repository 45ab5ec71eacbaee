// `npm run import:applications -- file.csv|file.xlsx [--valid-only] [--mapping '{"No Reg":"registrationNo"}']`
// Imports permit applications into the database named by DATABASE_URL (same rules as the staff UI and the API:
// all-or-nothing unless --valid-only; re-importing a file is an idempotent upsert by registration number).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { printNothingStored, printRowErrors, runImport } from "./import-cli";
import { importApplicationsCsv } from "../lib/applications/import-store";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "valid-only": { type: "boolean", default: false }, mapping: { type: "string" } },
});

// Ctrl-C stops the import at its next chunk and undoes what it wrote (SQLite commits chunk by chunk); a second one,
// or a kill, leaves the undo to the next start of the app or the next import.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error("dihentikan: membatalkan impor… / stopping: undoing the import…");
  });
}

async function main() {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run import:applications -- file.csv [--valid-only] [--mapping JSON]");
  const started = Date.now();
  const result = await importApplicationsCsv(new Uint8Array(readFileSync(file)), {
    mode: values["valid-only"] ? "valid-only" : "all-or-nothing",
    mapping: values.mapping ? (JSON.parse(values.mapping) as Record<string, string>) : undefined,
    actor: { id: null, label: "cli:import-applications", role: "ADMIN" },
    onProgress: ({ phase, rows }) => {
      if (interrupted)
        throw new Error("Impor dihentikan; tidak ada yang disimpan. / Import stopped; nothing was stored.");
      if (rows % 20_000 === 0 && rows > 0)
        console.error(`${phase === "validate" ? "diperiksa" : "disimpan"}: ${rows} baris`);
    },
  });
  printRowErrors(result);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!result.committed) {
    printNothingStored(result, seconds);
  } else {
    console.log(
      `${result.imported} baris disimpan (${result.created} baru, ${result.updated} diperbarui), ${result.invalidRows} baris dilewati, ${seconds} s.`,
    );
  }
}
runImport(main);
