// What the import scripts (import-applications.ts, import-oss.ts) print and how they end, written once.
import { disconnectDb } from "../lib/db/client";

type RowErrors = { errors: readonly { line: number; column: string; message: string }[]; errorCount: number };

/** Prints the first 50 row errors ("baris N / kolom: …") and how many more there are. */
export function printRowErrors(result: RowErrors): void {
  for (const error of result.errors.slice(0, 50))
    console.log(`baris ${error.line} / ${error.column}: ${error.message}`);
  if (result.errorCount > 50) console.log(`… dan ${result.errorCount - 50} kesalahan lain`);
}

/** Says that nothing was stored because of invalid rows, and makes the script exit 1. */
export function printNothingStored(result: { invalidRows: number; rows: number }, seconds: string): void {
  console.log(`Tidak ada yang disimpan: ${result.invalidRows} dari ${result.rows} baris tidak valid (${seconds} s).`);
  process.exitCode = 1;
}

/** Runs `main`, then closes the database; on an error prints its message (and its fields) and exits 1. */
export function runImport(main: () => Promise<void>): void {
  main()
    .then(() => disconnectDb())
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      if (error && typeof error === "object" && "fields" in error) console.error(error.fields);
      await disconnectDb();
      process.exit(1);
    });
}
