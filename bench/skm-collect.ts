// Benchmark for SKM collection (issue 3). Starts the built app (`npx next build` first) on its own SQLite file under
// data/bench/, localhost only, then prints:
//  1. first-load weight of the invitation survey page /s/<token>: HTML and every <script> it loads, gzipped
//     (budget: JavaScript ≤ 80 KB gzipped);
//  2. the time to submit 1,000 responses through POST /api/v1/responses (bounded loop, fixed concurrency),
//     then replays 100 idempotency keys and checks that nothing was stored twice.
// Run: node --conditions=react-server --import tsx bench/skm-collect.ts
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";

const PORT = 3119;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_FILE = "data/bench/skm-collect.db";
const RESPONSES = 1000;
const CONCURRENCY = 4;
const KIOSK_KEY = "ksk_demo_L1_lentera2026"; // demo kiosk (lib/seed/demo-survey-channels.ts)
const JS_BUDGET_BYTES = 80 * 1024;

async function waitForServer(timeoutMs = 180_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${BASE}/api/v1/license-types`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function pageWeight(path: string) {
  const html = await (await fetch(`${BASE}${path}`)).text();
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  let jsGzip = inline ? gzipSync(inline).length : 0;
  for (const src of scripts)
    jsGzip += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return { htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, scriptCount: scripts.length, jsGzip };
}

function responseBody(i: number) {
  const answers: Record<string, number> = {};
  for (let u = 1; u <= 9; u++) answers[`U${u}`] = ((i * 7 + u * 3) % 4) + 1;
  return {
    questionnaire: "SKM-2017",
    answers,
    respondent: {
      age: 18 + (i % 60),
      sex: i % 2 ? "L" : "P",
      education: ["sma", "s1", "d1_d3", "s2"][i % 4],
      occupation: ["swasta", "wirausaha", "pns", "lainnya"][i % 4],
    },
    channel: "kiosk",
    infoSource: "at_office",
    idempotencyKey: `bench-${i.toString().padStart(6, "0")}`,
  };
}

async function post(i: number) {
  const res = await fetch(`${BASE}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-kiosk-key": KIOSK_KEY },
    body: JSON.stringify(responseBody(i)),
  });
  await res.arrayBuffer();
  return res.status;
}

async function submitAll(count: number, offset = 0) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const status = await post(offset + i);
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const totalMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    totalMs,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p95: latencies[Math.floor(latencies.length * 0.95)],
    statuses: Object.fromEntries(statuses),
  };
}

async function main() {
  mkdirSync("data/bench", { recursive: true });
  for (const s of ["", "-wal", "-shm"]) rmSync(DB_FILE + s, { force: true });
  const server = spawn("node", ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: `file:./${DB_FILE}`,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      LENTERA_DEMO: "1",
      LENTERA_PUBLIC_URL: BASE,
      NEXTAUTH_SECRET: "bench-secret-not-for-production",
    },
    detached: true,
  });
  try {
    await waitForServer();
    const weight = await pageWeight("/s/demo000000");
    const publicWeight = await pageWeight("/survei");
    console.log("SKM collection bench");
    console.log(
      `  invitation page /s/<token>: HTML ${weight.htmlBytes} B (${weight.htmlGzip} B gzipped), ${weight.scriptCount} script files, first-load JS ${(weight.jsGzip / 1024).toFixed(1)} KB gzipped (budget 80 KB: ${weight.jsGzip <= JS_BUDGET_BYTES ? "OK" : "OVER"})`,
    );
    console.log(
      `  public page /survei:        HTML ${publicWeight.htmlBytes} B (${publicWeight.htmlGzip} B gzipped), first-load JS ${(publicWeight.jsGzip / 1024).toFixed(1)} KB gzipped`,
    );
    await submitAll(20, 100_000); // warm-up (compiles routes, opens the database)
    const run = await submitAll(RESPONSES);
    console.log(
      `  ${RESPONSES} responses via POST /api/v1/responses (concurrency ${CONCURRENCY}): ${(run.totalMs / 1000).toFixed(2)} s, ${(RESPONSES / (run.totalMs / 1000)).toFixed(0)} responses/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, statuses ${JSON.stringify(run.statuses)}`,
    );
    const replay = await submitAll(100);
    const db = new Database(DB_FILE, { readonly: true });
    const stored = (
      db.prepare("SELECT COUNT(*) AS n FROM SurveyResponse WHERE idempotencyKey LIKE 'bench-0%'").get() as { n: number }
    ).n;
    const aggregated = (
      db.prepare("SELECT SUM(respondents) AS n FROM SkmDailyAggregate WHERE channel = 'kiosk'").get() as { n: number }
    ).n;
    db.close();
    console.log(
      `  replay of 100 idempotency keys: statuses ${JSON.stringify(replay.statuses)}; stored ${stored} rows (expected ${RESPONSES}), aggregate respondents ${aggregated} (expected ${RESPONSES + 20})`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
