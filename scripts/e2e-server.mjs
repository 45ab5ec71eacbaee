// Starts the built app for end-to-end tests on a fresh SQLite file with the demo office.
import { rmSync, mkdirSync } from "node:fs";
import { spawn } from "node:child_process";

const port = process.env.E2E_PORT ?? "3100";
const file = "data/e2e/lentera-e2e.db";
mkdirSync("data/e2e", { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const child = spawn("npm", ["start"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: `file:./${file}`,
    PORT: port,
    HOST: "127.0.0.1",
    LENTERA_DEMO: "1",
    LENTERA_SKIP_BUILD: "1",
    LENTERA_PUBLIC_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
