import { describe, it, expect, beforeAll } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  authenticate,
  createUser,
  createApiToken,
  revokeApiToken,
  actorFromApiToken,
  updateUser,
  SIGN_IN_LIMITS,
} from "@/lib/users/user-store";
import { isAppError } from "@/lib/errors";

const admin = { id: null, label: "test", role: "ADMIN" as const };

describe("sign-in", () => {
  beforeAll(async () => {
    await createUser(
      { email: "Officer.One@Kantor.go.id", name: "Officer One", role: "OFFICER", password: "correct-horse-1" },
      null,
    );
  });

  it("accepts the right password (e-mail is case-insensitive) and records it in the audit log", async () => {
    const result = await authenticate("officer.one@kantor.go.id", "correct-horse-1");
    expect(result).toMatchObject({ ok: true, user: { email: "officer.one@kantor.go.id", role: "OFFICER" } });
    const audit = await getDb().auditLog.findFirst({
      where: { action: "auth.signin.success", actor: "officer.one@kantor.go.id" },
    });
    expect(audit).not.toBeNull();
  });

  it("answers a wrong password and an unknown user alike", async () => {
    expect(await authenticate("officer.one@kantor.go.id", "wrong-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@kantor.go.id", "whatever-123")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the (account, address) pair after five failures, even for the right password, until the lock ends", async () => {
    await createUser({ email: "lock@kantor.go.id", name: "Lock", role: "PLANNER", password: "right-password-1" }, null);
    const now = new Date("2026-11-02T03:00:00Z");
    for (let i = 1; i < SIGN_IN_LIMITS.pairFailures; i++) {
      expect(await authenticate("lock@kantor.go.id", "bad-password", now, "10.1.0.1")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate("lock@kantor.go.id", "bad-password", now, "10.1.0.1")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(
      await authenticate("lock@kantor.go.id", "right-password-1", new Date(now.getTime() + 60_000), "10.1.0.1"),
    ).toEqual({ ok: false, reason: "locked" });
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await authenticate("lock@kantor.go.id", "right-password-1", later, "10.1.0.1")).ok).toBe(true);
  });

  it("refuses a disabled account with its own reason", async () => {
    const { id } = await createUser(
      { email: "gone@kantor.go.id", name: "Gone", role: "OFFICER", password: "right-password-2" },
      null,
    );
    await updateUser({ id, active: false }, { id: "someone-else", label: "admin", role: "ADMIN" });
    expect(await authenticate("gone@kantor.go.id", "right-password-2")).toEqual({ ok: false, reason: "disabled" });
  });
});

describe("user administration", () => {
  it("rejects a duplicate e-mail with 409 and a bad role/password with field errors", async () => {
    await createUser({ email: "dup@kantor.go.id", name: "Dup", role: "OFFICER", password: "long-enough-1" }, null);
    await expect(
      createUser({ email: "DUP@kantor.go.id", name: "Dup", role: "OFFICER", password: "long-enough-1" }, null),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    try {
      await createUser({ email: "x@kantor.go.id", name: "X", role: "KING", password: "short" }, null);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("VALIDATION");
      expect(isAppError(e) && Object.keys(e.fields ?? {}).sort()).toEqual(["password", "role"]);
    }
  });

  it("stores passwords hashed with scrypt, never in clear", async () => {
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "dup@kantor.go.id" } });
    expect(user.passwordHash.startsWith("scrypt$")).toBe(true);
    expect(user.passwordHash).not.toContain("long-enough-1");
  });
});

describe("API tokens", () => {
  it("resolves a token to its role, stores only a hash, and stops working once revoked", async () => {
    const { id, token } = await createApiToken({ name: "SMS gateway", role: "OFFICER" }, admin);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token);
    expect(await actorFromApiToken(token)).toMatchObject({ role: "OFFICER", label: "token:SMS gateway" });
    await revokeApiToken(id, admin);
    expect(await actorFromApiToken(token)).toBeNull();
    expect(await actorFromApiToken("lnt_made_up")).toBeNull();
  });
});
