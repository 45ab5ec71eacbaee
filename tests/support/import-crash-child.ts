// Child process of tests/integration/applications-import.int.test.ts: imports the CSV file named by argv[2] in chunks
// of 4 rows and kills itself with SIGKILL (no clean-up of any kind can run) once argv[3] rows are written, so the
// parent can check that the next start undoes what the committed chunks wrote. Prints "written N" before dying.
import { readFileSync } from "node:fs";
import { importApplicationsCsv } from "../../lib/applications/import-store";

const [file, dieAfter] = [process.argv[2]!, Number(process.argv[3])];
void importApplicationsCsv(readFileSync(file, "utf8"), {
  actor: { id: null, label: "crash-test", role: "ADMIN" },
  chunkSize: 4,
  onProgress: ({ phase, rows }) => {
    if (phase !== "write" || rows < dieAfter) return;
    process.stdout.write(`written ${rows}\n`, () => process.kill(process.pid, "SIGKILL"));
    return new Promise<void>(() => undefined); // never resumes: the kill comes first
  },
}).then(() => process.stdout.write("finished without being killed\n"));
