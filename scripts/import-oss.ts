// `npm run import:oss -- file.xlsx [--dry-run] [--valid-only]`
// Imports an OSS-RBA "Data Proyek" download (.xlsx or CSV) into the database named by DATABASE_URL, with the same
// rules as the staff page and POST /api/v1/oss/projects/import: upsert by id_proyek, links to applications by NIB,
// all-or-nothing unless --valid-only; --dry-run prints the preview and stores nothing.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { printNothingStored, printRowErrors, runImport } from "./import-cli";
import { importOssProjects } from "../lib/oss/import-store";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, "valid-only": { type: "boolean", default: false } },
});

async function main() {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run import:oss -- file.xlsx [--dry-run] [--valid-only]");
  const started = Date.now();
  const result = await importOssProjects(new Uint8Array(readFileSync(file)), {
    actor: { id: null, label: "cli:import-oss", role: "ADMIN" },
    dryRun: values["dry-run"],
    mode: values["valid-only"] ? "valid-only" : "all-or-nothing",
    fileName: basename(file),
    onProgress: ({ phase, rows }) => {
      if (rows % 20_000 === 0 && rows > 0)
        console.error(`${phase === "validate" ? "diperiksa" : "diproses"}: ${rows} baris`);
    },
  });
  for (const message of result.missingHeaderMessages) console.log(message);
  printRowErrors(result);
  for (const difference of result.scaleDifferences.slice(0, 20))
    console.log(
      `baris ${difference.line} ${difference.idProyek}: skala OSS "${difference.ossScale}", dihitung ${difference.derivedScale}`,
    );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = `${result.created} baru, ${result.updated} diperbarui, ${result.unchanged} tetap, ${result.linked} terhubung ke permohonan, ${result.scaleDifferenceCount} beda skala`;
  if (result.dryRun)
    console.log(`Pratinjau (tidak ada yang disimpan): ${result.rows} baris; ${summary} (${seconds} s).`);
  else if (!result.committed) {
    printNothingStored(result, seconds);
  } else console.log(`Impor ${result.importId}: ${result.rows} baris; ${summary} (${seconds} s).`);
}
runImport(main);
