// Load bench for issue 15: survey submissions and the public pages under 50 concurrent connections, against the
// BUILT app (run `npm run build` first; this script builds nothing of Lentera), side by side with bare references it
// starts itself (bench/load-reference.ts: a bare Next route handler, JSON in/out, and a bare static Next page).
//
//   node --conditions=react-server --import tsx bench/load.ts [--seconds 10] [--rounds 2] [--postgres URL]
//
// SQLite always (data/bench/load.db, copied from a seeded demo office kept in data/bench/load-template.db); with
// --postgres (or BENCH_POSTGRES_URL) also PostgreSQL, on a fresh database that is dropped afterwards. Autocannon,
// 127.0.0.1 only, 50 connections, each target for --seconds per round, targets alternating, --rounds rounds.
// Submissions use an ADMIN API token (no per-address limit), unique idempotency keys, and every 10th request repeats
// the previous key. Prints requests/s, p50/p99 per target, the references, the ratios against the targets,
// and after each engine's run: acknowledged vs stored rows (lost, duplicated), aggregate respondents vs rows, and the
// app's own consistency check (stored daily aggregates vs a recount). Ports 3330–3332 (--port-base to move them).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ensureBareReference, startBareReference } from "./load-reference";
import { countStored, type StoredCounts } from "./load-verify";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "50" },
    postgres: { type: "string", default: process.env.BENCH_POSTGRES_URL ?? "" },
    "port-base": { type: "string", default: "3330" },
    reseed: { type: "boolean", default: false },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
const PORT_BASE = Number(args["port-base"]);
const BARE = `http://127.0.0.1:${PORT_BASE + 2}`;
const RUN_ID = Date.now().toString(36);
const TARGETS = { submitSqlite: 0.5, submitPostgres: 0.4, submitP99Ms: 150, pages: 0.8, pagesP99Ms: 50 };

type Measured = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time of the server's processes per answered request (Linux /proc), a figure the machine's load bends less. */
  cpuMsPerRequest: number | null;
};
type SubmitLedger = { acknowledged: Map<string, number[]>; sent: number };

const log = (line: string) => console.log(line);
const load = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(", ");

async function waitFor(url: string, timeoutMs = 300_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

function startLentera(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LENTERA_DEMO: "1",
      LENTERA_SKIP_BUILD: "1",
      LENTERA_PUBLIC_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "bench-secret-not-for-production",
    },
    detached: true,
  });
}

/** A valid SKM-2017 web submission; every 10th request repeats the previous idempotency key. */
function submissionBody(n: number, licenseType: string) {
  const answers: Record<string, number> = {};
  for (let u = 1; u <= 9; u++) answers[`U${u}`] = ((n * 7 + u * 3) % 4) + 1;
  const keyIndex = n % 10 === 9 ? n - 1 : n;
  return {
    key: `load-${RUN_ID}-${keyIndex}`,
    body: JSON.stringify({
      questionnaire: "SKM-2017",
      answers,
      respondent: { age: 18 + (n % 60), sex: n % 2 ? "L" : "P", education: "s1", occupation: "swasta" },
      channel: "web",
      licenseType,
      counter: "L1",
      infoSource: "at_office",
      idempotencyKey: `load-${RUN_ID}-${keyIndex}`,
    }),
  };
}

let submissionCounter = 0;

/** User + system CPU ticks of a process and its descendants (null where /proc is not readable). */
function treeCpuTicks(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    let ticks = Number(fields[11]) + Number(fields[12]);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    for (const child of children ? children.split(/\s+/) : []) ticks += treeCpuTicks(Number(child)) ?? 0;
    return ticks;
  } catch {
    return null;
  }
}
const TICK_MS = 10; // USER_HZ 100 on Linux

async function measure(
  name: string,
  url: string,
  options: { serverPid?: number; post?: { token?: string; licenseType: string; ledger?: SubmitLedger } } = {},
): Promise<Measured> {
  const post = options.post;
  const cpuBefore = treeCpuTicks(options.serverPid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    ...(post
      ? {
          method: "POST" as const,
          headers: {
            "content-type": "application/json",
            ...(post.token ? { authorization: `Bearer ${post.token}` } : {}),
          },
          requests: [
            {
              setupRequest: (request, context) => {
                const { key, body } = submissionBody(submissionCounter++, post.licenseType);
                (context as { key?: string }).key = key;
                if (post.ledger) post.ledger.sent += 1;
                return { ...request, body };
              },
              onResponse: (status, _body, context) => {
                const key = (context as { key?: string }).key;
                if (!post.ledger || !key || (status !== 200 && status !== 201)) return;
                const statuses = post.ledger.acknowledged.get(key) ?? [];
                statuses.push(status);
                post.ledger.acknowledged.set(key, statuses);
              },
            },
          ],
        }
      : {}),
  });
  const cpuAfter = treeCpuTicks(options.serverPid);
  return {
    name,
    rps: result.requests.total / SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || result.requests.total === 0
        ? null
        : ((cpuAfter - cpuBefore) * TICK_MS) / result.requests.total,
  };
}

function merge(rounds: Measured[]): Measured {
  const sum = (pick: (m: Measured) => number) => rounds.reduce((s, m) => s + pick(m), 0);
  return {
    name: rounds[0].name,
    rps: sum((m) => m.rps) / rounds.length,
    p50: Math.max(...rounds.map((m) => m.p50)),
    p99: Math.max(...rounds.map((m) => m.p99)),
    non2xx: sum((m) => m.non2xx),
    errors: sum((m) => m.errors),
    cpuMsPerRequest: rounds.every((m) => m.cpuMsPerRequest !== null)
      ? sum((m) => m.cpuMsPerRequest!) / rounds.length
      : null,
  };
}

const row = (m: Measured) =>
  `  ${m.name.padEnd(44)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(5)} ms   p99 ${String(m.p99).padStart(5)} ms   non-2xx ${m.non2xx}   errors ${m.errors}   server CPU ${m.cpuMsPerRequest === null ? "n/a" : m.cpuMsPerRequest.toFixed(2)} ms/req`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

async function apiToken(databaseUrl: string): Promise<string> {
  const out = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("bench", "load-token.ts")],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  if (out.status !== 0) throw new Error(`could not create the bench API token:\n${out.stderr}`);
  return out.stdout.trim().split("\n").pop()!;
}

async function firstLink(base: string, page: string, pattern: RegExp): Promise<string> {
  const html = await (await fetch(`${base}${page}`)).text();
  const match = pattern.exec(html);
  if (!match) throw new Error(`no link matching ${pattern} on ${page}`);
  return match[1];
}

async function runEngine(engine: "SQLite" | "PostgreSQL", databaseUrl: string, port: number, barePid?: number) {
  const base = `http://127.0.0.1:${port}`;
  log(`\n== ${engine}: starting Lentera on ${base} (load average ${load()})`);
  const lentera = startLentera(databaseUrl, port);
  try {
    await waitFor(`${base}/api/v1/license-types`);
    const token = await apiToken(databaseUrl);
    const licenseType = await firstLink(base, "/layanan", /href="\/layanan\/([^"/]+)"/);
    const period = await firstLink(base, "/laporan", /href="\/laporan\/skm\/([^"/]+)"/);
    const pages =
      engine === "SQLite"
        ? [
            "/",
            "/layanan",
            `/layanan/${licenseType}`,
            "/laporan",
            `/laporan/skm/${period}`,
            `/laporan/skm/${period}/gambar`,
          ]
        : ["/", `/laporan/skm/${period}`];
    const ledger: SubmitLedger = { acknowledged: new Map(), sent: 0 };
    const before = await countStored(databaseUrl, `load-${RUN_ID}-`);
    // Warm-up: both servers' routes compiled and caches filled before the first measured round.
    await measure("warm-up", `${BARE}/api/echo`, { post: { licenseType } });
    await measure("warm-up", `${base}/api/v1/responses`, { post: { token, licenseType, ledger } });
    for (const page of pages) await fetch(`${base}${page}`).then((r) => r.arrayBuffer());
    const results = new Map<string, Measured[]>();
    const add = (m: Measured) => results.set(m.name, [...(results.get(m.name) ?? []), m]);
    for (let round = 1; round <= ROUNDS; round++) {
      log(`  round ${round}/${ROUNDS} (load average ${load()})`);
      add(
        await measure("bare Next route handler POST /api/echo", `${BARE}/api/echo`, {
          serverPid: barePid,
          post: { licenseType },
        }),
      );
      add(
        await measure("POST /api/v1/responses", `${base}/api/v1/responses`, {
          serverPid: lentera.pid,
          post: { token, licenseType, ledger },
        }),
      );
      add(await measure("bare Next static page /static", `${BARE}/static`, { serverPid: barePid }));
      for (const page of pages) add(await measure(`GET ${page}`, `${base}${page}`, { serverPid: lentera.pid }));
    }
    const merged = new Map([...results].map(([name, rounds]) => [name, merge(rounds)]));
    const bareRoute = merged.get("bare Next route handler POST /api/echo")!;
    const bareStatic = merged.get("bare Next static page /static")!;
    const submit = merged.get("POST /api/v1/responses")!;
    log(
      `\n  ${engine}, ${ROUNDS} rounds × ${SECONDS} s per target, ${CONNECTIONS} connections (mean req/s, worst p50/p99)`,
    );
    for (const m of merged.values()) log(row(m));
    const submitTarget = engine === "SQLite" ? TARGETS.submitSqlite : TARGETS.submitPostgres;
    const ratio = submit.rps / bareRoute.rps;
    log(
      `\n  submissions: ${ratio.toFixed(2)}× the bare route (target ≥ ${submitTarget}×: ${verdict(ratio >= submitTarget)}); p99 ${submit.p99} ms (target ≤ ${TARGETS.submitP99Ms} ms: ${verdict(submit.p99 <= TARGETS.submitP99Ms)}; the bare route's own p99 ${bareRoute.p99} ms)`,
    );
    if (submit.cpuMsPerRequest !== null && bareRoute.cpuMsPerRequest !== null)
      log(
        `  server CPU per request: submissions ${submit.cpuMsPerRequest.toFixed(2)} ms, bare route ${bareRoute.cpuMsPerRequest.toFixed(2)} ms (${(submit.cpuMsPerRequest / bareRoute.cpuMsPerRequest).toFixed(2)}×)`,
      );
    for (const page of pages) {
      const m = merged.get(`GET ${page}`)!;
      const r = m.rps / bareStatic.rps;
      log(
        `  ${page.padEnd(36)} ${r.toFixed(2)}× the bare static page (target ≥ ${TARGETS.pages}×: ${verdict(r >= TARGETS.pages)}); p99 ${m.p99} ms (target ≤ ${TARGETS.pagesP99Ms} ms: ${verdict(m.p99 <= TARGETS.pagesP99Ms)}; bare static p99 ${bareStatic.p99} ms)`,
      );
    }
    stop(lentera); // the verification reads a database nobody writes to any more
    await new Promise((r) => setTimeout(r, 1500));
    report(ledger, before, await countStored(databaseUrl, `load-${RUN_ID}-`));
  } finally {
    stop(lentera);
  }
}

function report(ledger: SubmitLedger, before: StoredCounts, after: StoredCounts) {
  const keysAcknowledged = [...ledger.acknowledged.keys()];
  const lost = keysAcknowledged.filter((k) => !after.keys.has(k));
  const createdTwice = [...ledger.acknowledged.values()].filter((s) => s.filter((x) => x === 201).length > 1);
  const unanswered = [...after.keys].filter((k) => !ledger.acknowledged.has(k));
  const acknowledgements = [...ledger.acknowledged.values()].reduce((s, v) => s + v.length, 0);
  log(
    `\n  verification: ${ledger.sent} submissions sent, ${acknowledgements} acknowledged (201/200) for ${keysAcknowledged.length} idempotency keys`,
  );
  log(
    `    stored rows with the run's keys: ${after.keyRows} (distinct keys ${after.keys.size}); lost (acknowledged, not stored): ${lost.length}; keys answered 201 twice: ${createdTwice.length}; rows stored for a request still in flight when a run stopped (or timed out): ${unanswered.length}`,
  );
  const rowsDelta = after.responses - before.responses;
  const respondentsDelta = after.aggregateRespondents - before.aggregateRespondents;
  log(
    `    SurveyResponse rows +${rowsDelta}; SkmDailyAggregate respondents +${respondentsDelta} (${rowsDelta === respondentsDelta ? "equal" : "DIFFERENT"}); answer sums in rows +${after.answerSum - before.answerSum}, in aggregates +${after.aggregateAnswerSum - before.aggregateAnswerSum}`,
  );
  log(`    consistency check (stored aggregates vs recount): ${after.consistencyDifferences} difference(s)`);
  const ok =
    lost.length === 0 &&
    createdTwice.length === 0 &&
    after.keyRows === after.keys.size &&
    rowsDelta === respondentsDelta &&
    after.consistencyDifferences === 0;
  log(`    → ${ok ? "0 lost, 0 duplicated, aggregates consistent" : "VERIFICATION FAILED"}`);
  if (!ok) process.exitCode = 1;
}

async function sqliteDatabase(): Promise<string> {
  const template = path.join("data", "bench", "load-template.db");
  const file = path.join("data", "bench", "load.db");
  mkdirSync(path.dirname(file), { recursive: true });
  if (args.reseed || !existsSync(template)) {
    for (const s of ["", "-wal", "-shm"]) rmSync(template + s, { force: true });
    log("seeding the demo office into data/bench/load-template.db (once) …");
    const out = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-prepare.ts"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: `file:./${template}`, LENTERA_DEMO: "1" },
    });
    if (out.status !== 0) throw new Error("seeding the bench template failed");
  }
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  copyFileSync(template, file);
  return `file:./${file}`;
}

async function main() {
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("no build: run `npm run build` first");
  log(`Lentera load bench (issue 15), 2 cores shared; load average at start ${load()}`);
  ensureBareReference(log);
  const bare = startBareReference(PORT_BASE + 2);
  try {
    await waitFor(`${BARE}/static`);
    await runEngine("SQLite", await sqliteDatabase(), PORT_BASE, bare.pid);
    if (args.postgres) {
      const { createBenchDatabase } = await import("./load-verify");
      const database = await createBenchDatabase(args.postgres, RUN_ID);
      try {
        await runEngine("PostgreSQL", database.url, PORT_BASE + 1, bare.pid);
      } finally {
        await database.drop();
      }
    }
  } finally {
    stop(bare);
  }
  log(`\nload average at the end ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
