// Load bench of the staff dashboards at a million rows (issue 15): serves the BUILT app (npm run build first) on
// two benchmark files and measures each target with autocannon against 127.0.0.1 — N concurrent users (default 10)
// for a bounded time each — printing requests/s and p50/p95/p99 from every response's latency, the load average
// around each run, and the ratio of each p95 to a same-run reference (the signed-in staff home, /staf, or the
// who-am-I API for API targets), since a shared 2-core machine is noisy.
//   data/bench/dash.db  bench/dash-data.ts: the demo office at 1M applications and 1M SKM responses
//   data/bench/lkpm.db  bench/investment-data.ts + investment-realisation.ts: 1M projects, ~860k LKPM reports
// Both files are made on the first run (minutes on 2 cores) and reused after; --fresh makes them again.
//   node --conditions=react-server --import tsx bench/dashboards-load.ts [--duration 10] [--connections 10]
//     [--rounds 1] [--port 3340] [--only dashboard,summary] [--skip realisasi] [--fresh]
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "1" },
    port: { type: "string", default: "3340" },
    only: { type: "string" },
    skip: { type: "string" },
    fresh: { type: "boolean", default: false },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { email: "bench-admin@lentera.test", password: "bench-admin-lentera-2026" };
const TSX = ["--conditions=react-server", "--import", "tsx"];

type Auth = "cookie" | "token";
type Target = { name: string; path: string; auth: Auth; p95?: number; p99?: number; reference?: boolean };
type Result = {
  name: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  load: string;
};

const thisYear = new Date().getUTCFullYear();

function dashTargets(kecamatan: string): Target[] {
  return [
    { name: "reference /staf", path: "/staf", auth: "cookie", reference: true },
    { name: "reference /api/v1/me", path: "/api/v1/me", auth: "token", reference: true },
    { name: "/dashboard", path: "/dashboard", auth: "cookie", p95: 300 },
    { name: "/staf/skm", path: "/staf/skm", auth: "cookie", p95: 300 },
    { name: "/staf/waktu-proses", path: "/staf/waktu-proses", auth: "cookie", p95: 300 },
    {
      name: "/staf/waktu-proses kecamatan",
      path: `/staf/waktu-proses?kecamatan=${kecamatan}`,
      auth: "cookie",
      p95: 300,
    },
    { name: "/staf/investasi", path: "/staf/investasi", auth: "cookie", p95: 300 },
    {
      name: "summary API, a year",
      path: `/api/v1/processing/summary?from=${thisYear - 1}-01-01&to=${thisYear - 1}-12-31`,
      auth: "token",
      p99: 250,
    },
  ];
}

const LKPM_TARGETS: Target[] = [
  { name: "reference /staf", path: "/staf", auth: "cookie", reference: true },
  { name: "reference /api/v1/me", path: "/api/v1/me", auth: "token", reference: true },
  {
    name: "LKPM series API, 2 years",
    path: `/api/v1/investment/realisation?from=${thisYear - 1}-01-01&to=${thisYear}-12-31`,
    auth: "token",
    p95: 300,
  },
  {
    name: "LKPM series API, by sector",
    path: `/api/v1/investment/realisation?from=${thisYear - 1}-01-01&to=${thisYear}-12-31&groupBy=sector`,
    auth: "token",
    p95: 300,
  },
  { name: "/staf/investasi/realisasi", path: "/staf/investasi/realisasi", auth: "cookie", p95: 300 },
];

function runNode(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [...TSX, ...args], { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

/** Migrates the file (a file made before a migration gets its aggregates backfilled), adds the bench admin and an ADMIN API token. */
function prepareDatabase(file: string): string {
  const url = `file:./${file}`;
  const out = spawnSync(process.execPath, [...TSX, "bench/dash-prepare.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      LENTERA_DEMO: "0",
      LENTERA_ADMIN_EMAIL: ADMIN.email,
      LENTERA_ADMIN_PASSWORD: ADMIN.password,
    },
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`preparing ${file} failed:\n${out.stderr}`);
  const token = /^TOKEN (\S+)$/m.exec(out.stdout)?.[1];
  if (!token) throw new Error(`no API token for ${file}:\n${out.stdout}`);
  return token;
}

async function startServer(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:./${file}`,
      LENTERA_DEMO: "0",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: BASE,
      LENTERA_PUBLIC_URL: BASE,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/v1/license-types`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start within 120 s");
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/** Signs in through next-auth's credentials endpoint as the e2e specs do through the form; returns the cookie header. */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: BASE,
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email: ADMIN.email, password: ADMIN.password, callbackUrl: `${BASE}/staf` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error("sign-in failed");
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(target: Target, headers: Record<string, string>): Promise<Result> {
  // Warm-up: compile paths, fill per-process caches, as a user's second visit would find them.
  for (let i = 0; i < 3; i++) await fetch(`${BASE}${target.path}`, { headers }).then((r) => r.arrayBuffer());
  const before = loadavg()[0];
  const latencies: number[] = [];
  let errors = 0;
  const summary = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${BASE}${target.path}`, connections: CONNECTIONS, duration: DURATION, headers, timeout: 30 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== 200) errors += 1;
    });
  });
  errors += summary.errors + summary.timeouts;
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    path: target.path,
    requests: latencies.length,
    rps: latencies.length / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    load: `${before.toFixed(1)}→${loadavg()[0].toFixed(1)}`,
  };
}

function print(title: string, targets: Target[], results: Result[]): void {
  const reference = (auth: Auth) =>
    results.find(
      (r) => targets.find((t) => t.name === r.name)?.reference && targets.find((t) => t.name === r.name)?.auth === auth,
    );
  console.log(`\n${title} — ${CONNECTIONS} connections × ${DURATION} s each, 2 cores shared`);
  console.log(
    `${"target".padEnd(30)} ${"req/s".padStart(6)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)}  ${"×ref p95".padStart(8)}  ${"target".padEnd(12)} ${"errors".padStart(6)}  load 1m`,
  );
  for (const r of results) {
    const target = targets.find((t) => t.name === r.name)!;
    const ref = target.reference ? undefined : reference(target.auth);
    const goal = target.p95 ? `p95 ≤ ${target.p95}` : target.p99 ? `p99 ≤ ${target.p99}` : "";
    const met = target.p95 ? r.p95 <= target.p95 : target.p99 ? r.p99 <= target.p99 : undefined;
    console.log(
      `${r.name.padEnd(30)} ${r.rps.toFixed(1).padStart(6)} ${r.p50.toFixed(0).padStart(6)} ${r.p95.toFixed(0).padStart(6)} ${r.p99.toFixed(0).padStart(6)}  ${(ref ? (r.p95 / ref.p95).toFixed(1) : "").padStart(8)}  ${`${goal}${met === undefined ? "" : met ? " ok" : " MISS"}`.padEnd(12)} ${String(r.errors).padStart(6)}  ${r.load}`,
    );
  }
}

/** The targets --only and --skip leave (with the references); none but references when nothing of the file is wanted. */
function chosenTargets(targets: Target[]): Target[] {
  const only = values.only?.split(",");
  const skip = values.skip?.split(",") ?? [];
  return targets.filter(
    (t) =>
      t.reference ||
      ((!only || only.some((o) => t.name.includes(o) || t.path.includes(o))) && !skip.some((s) => t.path.includes(s))),
  );
}

const isWanted = (targets: Target[]) => chosenTargets(targets).some((t) => !t.reference);

async function benchFile(title: string, file: string, targets: Target[]): Promise<void> {
  const chosen = chosenTargets(targets);
  if (!isWanted(targets)) return;
  const token = prepareDatabase(file);
  const server = await startServer(file);
  try {
    const cookie = await signIn();
    const results: Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of chosen) {
        const headers: Record<string, string> =
          target.auth === "cookie" ? { cookie } : { authorization: `Bearer ${token}`, accept: "application/json" };
        results.push(await measure(target, headers));
      }
    }
    print(title, chosen, results);
  } finally {
    await stopServer(server);
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("no build: run `npm run build` first (the bench serves the built app)");
  // Only the files a chosen target is served from are made (minutes each on 2 cores).
  const { KEDIRI_KECAMATAN } = await import("./dash-prepare");
  const dash = dashTargets(KEDIRI_KECAMATAN);
  if (isWanted(dash) && (values.fresh || !existsSync("data/bench/dash.db"))) runNode(["bench/dash-data.ts"]);
  const lkpm = isWanted(LKPM_TARGETS) && (values.fresh || !existsSync("data/bench/lkpm.db"));
  if (lkpm && (values.fresh || !existsSync("data/bench/investment.db"))) runNode(["bench/investment-data.ts"]);
  if (lkpm) {
    const { prepareLkpmBenchDb } = await import("./investment-realisation");
    prepareLkpmBenchDb();
  }
  console.log(
    `node ${process.version}, load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  await benchFile("data/bench/dash.db: 1M applications, 1M SKM responses", "data/bench/dash.db", dash);
  await benchFile("data/bench/lkpm.db: 1M projects, ~860k LKPM reports", "data/bench/lkpm.db", LKPM_TARGETS);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
