import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const run = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });

describe("start-up", () => {
  it("an unreachable PostgreSQL is reported plainly and exits non-zero", () => {
    const result = run("scripts/db-migrate.ts", { DATABASE_URL: "postgresql://lentera:secret@127.0.0.1:1/lentera" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("PostgreSQL tidak dapat dihubungi / cannot be reached");
    expect(result.stderr).not.toContain("secret"); // the password is masked
  });

  it("a real office (LENTERA_DEMO=0) gets reference data and the first admin from the environment, no demo data", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lentera-")), "office.db");
    const result = run("scripts/db-prepare.ts", {
      DATABASE_URL: `file:${file}`,
      LENTERA_DEMO: "0",
      LENTERA_ADMIN_EMAIL: "kepala.it@kedirikota.go.id",
      LENTERA_ADMIN_PASSWORD: "a-long-admin-password",
    });
    expect(result.status, result.stderr).toBe(0);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("select email, role from User").all()).toEqual([
      { email: "kepala.it@kedirikota.go.id", role: "ADMIN" },
    ]);
    expect((db.prepare("select count(*) n from LicenseType").get() as { n: number }).n).toBeGreaterThan(15);
    expect((db.prepare("select count(*) n from Kelurahan").get() as { n: number }).n).toBe(46);
    expect(
      (db.prepare("select journal_mode from pragma_journal_mode").get() as { journal_mode: string }).journal_mode,
    ).toBe("wal");
    db.close();
  });

  it("pending migrations are applied at start; a second start finds the schema up to date and keeps the data", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lentera-")), "again.db");
    const env = {
      DATABASE_URL: `file:${file}`,
      LENTERA_DEMO: "0",
      LENTERA_ADMIN_EMAIL: "a@b.go.id",
      LENTERA_ADMIN_PASSWORD: "a-long-admin-password",
    };
    expect(run("scripts/db-prepare.ts", env).status).toBe(0);
    const second = run("scripts/db-prepare.ts", env);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("database schema up to date");
    const db = new Database(file, { readonly: true });
    expect((db.prepare("select count(*) n from User").get() as { n: number }).n).toBe(1);
    db.close();
  }, 300_000); // two cold starts of the script: slow on a busy 2-core machine
});
