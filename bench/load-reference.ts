// The bare references of bench/load.ts: a minimal Next app with one JSON route handler (POST /api/echo: parse the
// JSON body, answer JSON) and one static page (/static), generated under data/bench/bare-next/ and built there with
// this project's Next (never committed). The build is reused while its sources are unchanged.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const BARE_DIR = path.join("data", "bench", "bare-next");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next-reference", private: true }, null, 2),
  "next.config.mjs": `export default { poweredByHeader: false, typescript: { ignoreBuildErrors: true }, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="id"><body>{children}</body></html>);
}
`,
  "app/static/page.tsx": `export default function StaticPage() {
  return (<main><h1>Lentera</h1><p>A bare static page: the reference for cached public pages.</p></main>);
}
`,
  "app/api/echo/route.ts": `export async function POST(request: Request) {
  const body = (await request.json()) as { idempotencyKey?: string };
  return Response.json({ id: body.idempotencyKey ?? null, duplicate: false }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
`,
};

const nextBin = () => path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** Writes the reference app and builds it unless the same sources were built before. */
export function ensureBareReference(log: (line: string) => void): void {
  const stamp = JSON.stringify(FILES);
  const stampFile = path.join(BARE_DIR, ".built-from");
  if (existsSync(path.join(BARE_DIR, ".next", "BUILD_ID")) && existsSync(stampFile)) {
    if (readFileSync(stampFile, "utf8") === stamp) return;
  }
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(BARE_DIR, file)), { recursive: true });
    writeFileSync(path.join(BARE_DIR, file), text);
  }
  log("building the bare Next reference app (once) …");
  const result = spawnSync(process.execPath, [nextBin(), "build", BARE_DIR], {
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`bare reference build failed:\n${result.stdout}\n${result.stderr}`);
  writeFileSync(stampFile, stamp);
}

export function startBareReference(port: number): ChildProcess {
  return spawn(process.execPath, [nextBin(), "start", BARE_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
  });
}
