// Writes during a large SQLite import (issue 15: "during a 100k-row import on SQLite, survey submissions and other
// writes keep being accepted, answered within 2 s"). Serves the BUILT app on a copy of the seeded demo office
// (data/bench/load-template.db, made by bench/load.ts), posts the CSV of bench/applications-import.ts to the import API
// (the staff upload's path, in the server's process) and, while it runs, sends one survey submission every --every ms
// (ADMIN API token, unique idempotency keys) and, every fourth time, an SMS complaint through the gateway webhook (a
// write through Prisma, another path than the survey writer). Prints the import's time and, per kind of write, the
// statuses and latency (p50/p99/max) during it, against the target; then counts what is stored: every acknowledged
// submission and complaint once, the imported rows, no import journal left behind.
//   node --conditions=react-server --import tsx bench/import-concurrency.ts [--rows 100000] [--every 250] [--port 3335]
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    every: { type: "string", default: "250" },
    port: { type: "string", default: "3335" },
  },
});
const BASE = `http://127.0.0.1:${values.port}`;
const TSX = ["--conditions=react-server", "--import", "tsx"];
const TARGET_MS = 2_000;
const SMS_SECRET = randomBytes(24).toString("base64url");

function prepareFile(): string {
  const template = path.join("data", "bench", "load-template.db");
  if (!existsSync(template)) throw new Error(`${template} is missing: run bench/load.ts once (it seeds it)`);
  const file = path.join("data", "bench", "import-concurrency.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  copyFileSync(template, file);
  return `file:./${file}`;
}

function apiToken(url: string): string {
  const out = spawnSync(process.execPath, [...TSX, "bench/load-token.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`no token:\n${out.stderr}`);
  return out.stdout.trim().split("\n").at(-1)!;
}

async function startServer(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: values.port,
      HOST: "127.0.0.1",
      DATABASE_URL: url,
      LENTERA_DEMO: "0",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: BASE,
      LENTERA_PUBLIC_URL: BASE,
      LENTERA_SMS_SECRET: SMS_SECRET,
      LENTERA_SMS_AUTH_MODE: "token",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    try {
      if ((await fetch(`${BASE}/api/v1/license-types`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill("SIGKILL");
  throw new Error("server did not start");
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const csvFile = path.join("data", "bench", `applications-${values.rows}.csv`);
  if (!existsSync(csvFile))
    throw new Error(`${csvFile} is missing: run bench/applications-import.ts ${values.rows} once (it writes it)`);
  const url = prepareFile();
  const token = apiToken(url);
  const server = await startServer(url);
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const licenseType = ((await (await fetch(`${BASE}/api/v1/license-types`)).json()) as { data: { code: string }[] })
    .data[0]!.code;
  const run = randomBytes(4).toString("hex");
  const submit = async (n: number) => {
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`U${i + 1}`, ((n + i) % 4) + 1]));
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/responses`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        questionnaire: "SKM-2017",
        answers,
        respondent: { age: 30, sex: "P", education: "s1", occupation: "swasta" },
        channel: "web",
        licenseType,
        counter: "L1",
        infoSource: "at_office",
        idempotencyKey: `import-concurrency-${run}-${n}`,
      }),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  };
  const complain = async (n: number) => {
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/complaints/sms`, {
      method: "POST",
      headers: { "x-gateway-token": SMS_SECRET, "content-type": "application/json" },
      body: JSON.stringify({
        from: `+62812${String(n).padStart(8, "0")}`, // one sender each: no per-sender limit
        text: `Antrean loket lama sekali hari ini (uji ${n}).`,
        messageId: `import-concurrency-${run}-${n}`,
      }),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  };
  try {
    const idle = await submit(0);
    console.log(`before the import: a submission answered ${idle.status} in ${idle.ms.toFixed(0)} ms`);
    const importStarted = performance.now();
    let importDone = false;
    const importing = fetch(`${BASE}/api/v1/applications/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
      body: readFileSync(csvFile),
    }).then(async (response) => {
      const text = await response.text();
      importDone = true;
      return { status: response.status, ms: performance.now() - importStarted, text };
    });
    const during: Promise<{ status: number; ms: number }>[] = [];
    const complaints: Promise<{ status: number; ms: number }>[] = [];
    for (let n = 1; !importDone; n++) {
      during.push(submit(n));
      if (n % 4 === 0) complaints.push(complain(n));
      await new Promise((resolve) => setTimeout(resolve, Number(values.every)));
    }
    const imported = await importing;
    console.log(
      `import of ${values.rows} rows: ${imported.status} in ${(imported.ms / 1000).toFixed(1)} s ${imported.status === 200 ? "" : imported.text.slice(0, 200)}`,
    );
    let met = imported.status === 200;
    const report = (label: string, answers: { status: number; ms: number }[]) => {
      const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
      const failed = answers.filter((a) => a.status !== 201 && a.status !== 200).length;
      const statuses = new Map<number, number>();
      for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      const ok = failed === 0 && (latencies.at(-1) ?? 0) <= TARGET_MS;
      met &&= ok;
      console.log(
        `${label}: ${answers.length}, failed ${failed} ` +
          `(statuses ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(", ")}); ` +
          `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ` +
          `max ${(latencies.at(-1) ?? Number.NaN).toFixed(0)} ms (target: all accepted, each within ${TARGET_MS} ms: ` +
          `${ok ? "met" : "MISSED"})`,
      );
      return answers.filter((a) => a.status === 201 || a.status === 200).length;
    };
    const acceptedSubmissions = report(
      `survey submissions sent during it (one every ${values.every} ms)`,
      await Promise.all(during),
    );
    const acceptedComplaints = report(
      "SMS complaints sent during it (every fourth tick)",
      await Promise.all(complaints),
    );
    server.kill("SIGINT");
    await new Promise((resolve) => server.once("exit", resolve));
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
      const stored = {
        submissions: count(
          `SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "idempotencyKey" LIKE ?`,
          `import-concurrency-${run}-%`,
        ),
        complaints: count(
          `SELECT COUNT(*) AS n FROM "InboundMessage" WHERE "messageId" LIKE ? AND "complaintId" IS NOT NULL`,
          `import-concurrency-${run}-%`,
        ),
        journal:
          count(`SELECT COUNT(*) AS n FROM "BulkWriteJournal"`) + count(`SELECT COUNT(*) AS n FROM "BulkWriteSession"`),
      };
      const ok =
        stored.submissions === acceptedSubmissions + 1 &&
        stored.complaints === acceptedComplaints &&
        stored.journal === 0;
      met &&= ok;
      console.log(
        `stored after the run: ${stored.submissions} submissions (${acceptedSubmissions} accepted during the import + 1 before), ` +
          `${stored.complaints} complaints (${acceptedComplaints} accepted), ${stored.journal} journal rows left: ${ok ? "0 lost, 0 duplicated" : "MISMATCH"}`,
      );
    } finally {
      db.close();
    }
    console.log(met ? "→ target met" : "→ TARGET MISSED");
    if (!met) process.exitCode = 1;
  } finally {
    server.kill("SIGINT");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
