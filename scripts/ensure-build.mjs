// Builds the app when there is no build yet or when a source file is newer than the last build,
// so `npm start` on a fresh clone (or after `git pull`) always serves the current code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

const buildId = path.join(".next", "BUILD_ID");
const sources = ["app", "lib", "components", "public", "next.config.mjs", "package.json"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const st = statSync(entry);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestMtime));
if (process.env.LENTERA_SKIP_BUILD === "1" && builtAt) process.exit(0);
if (builtAt < changedAt) {
  console.log(
    builtAt ? "Sources changed since the last build: rebuilding…" : "First start: building Lentera (a minute or two)…",
  );
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
}
