// `npm start`: prepares the database (migrations, reference data, first admin, demo data) and serves Lentera.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { prepareDatabase } from "./prepare-database";

async function main() {
  // The server runs in production: check the environment by production rules before anything starts, so a real
  // office without LENTERA_PUBLIC_URL stops here with the reason instead of printing links nobody can open.
  const env = parseEnv(process.env, { production: true });
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST ?? "0.0.0.0";
  await prepareDatabase({ printLogins: true });

  // A signing secret for sessions: from the environment, else generated once and kept beside the data.
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    const file = path.join(process.cwd(), "data", ".auth-secret");
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    secret = readFileSync(file, "utf8").trim();
  }
  const publicUrl = env.LENTERA_PUBLIC_URL;
  console.log(
    publicUrl
      ? `\nLentera: ${publicUrl}\n`
      : `\nLentera: http://localhost:${port} (demo; links and QR codes use the address each visitor opens — set LENTERA_PUBLIC_URL for a real office)\n`,
  );
  // A plain Node process (this one runs with the react-server condition, which Next's renderer must not see).
  const child = spawn(process.execPath, [path.join(process.cwd(), "scripts", "serve.mjs")], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: port,
      HOST: host,
      NEXTAUTH_SECRET: secret,
      ...(publicUrl ? { NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? publicUrl, LENTERA_PUBLIC_URL: publicUrl } : {}),
    },
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
