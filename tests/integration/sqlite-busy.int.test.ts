import { describe, it, expect, inject } from "vitest";
import { spawn } from "node:child_process";
import { sqliteFilePath } from "@/lib/db/lifecycle";
import { createUser } from "@/lib/users/user-store";
import { getDb } from "@/lib/db/client";

// Issue 14 item 8: `npm run user:create` and migrations while the server holds the SQLite lock wait, not fail.
const url = inject("databaseUrl");
const isSqlite = inject("databaseEngine") === "sqlite";

/** Another process (standing in for the server) holds an exclusive lock on the file for `ms`. */
async function holdExclusiveLock(ms: number): Promise<{ released: Promise<void> }> {
  const script = `const D=require("better-sqlite3");const d=new D(process.argv[1]);d.exec("BEGIN EXCLUSIVE");process.stdout.write("locked\\n");setTimeout(()=>{d.exec("COMMIT");d.close();process.exit(0)},${ms});`;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(url)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited ${code}`)));
  });
  return { released: new Promise((resolve) => child.once("exit", () => resolve())) };
}

describe.skipIf(!isSqlite)("SQLite busy timeout", () => {
  it("a user created while another process holds the lock for 1.5 s waits and succeeds", async () => {
    await getDb().user.count(); // connection opened before the lock
    const lock = await holdExclusiveLock(1500);
    const user = await createUser(
      { email: "tunggu@kantor.go.id", name: "Tunggu", role: "OFFICER", password: "tunggu-benar-2026" },
      null,
    );
    expect(user.email).toBe("tunggu@kantor.go.id");
    await lock.released;
  });
});
