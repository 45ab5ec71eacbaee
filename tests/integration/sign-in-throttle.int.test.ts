import { describe, it, expect, beforeAll } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate, createUser, SIGN_IN_LIMITS } from "@/lib/users/user-store";

// Issue 14 items 1–2: parallel guessing, lockout as a weapon, account enumeration.
const T0 = new Date("2026-11-03T02:00:00Z");

async function auditCount(action: string, actor: string) {
  return getDb().auditLog.count({ where: { action, actor } });
}

describe("sign-in throttling", () => {
  beforeAll(async () => {
    await createUser(
      { email: "head@kantor.go.id", name: "Kepala", role: "LEADERSHIP", password: "kepala-benar-2026" },
      null,
    );
    await createUser(
      { email: "burst@kantor.go.id", name: "Burst", role: "OFFICER", password: "burst-benar-2026" },
      null,
    );
    await createUser(
      { email: "spread@kantor.go.id", name: "Spread", role: "OFFICER", password: "spread-benar-2026" },
      null,
    );
  });

  it("40 parallel wrong passwords from one address: only 5 are checked, the rest are refused, and then the right password is refused too", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => authenticate("burst@kantor.go.id", "tebakan-salah", T0, "203.0.113.7")),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
    expect(reasons.filter((r) => r === "invalid")).toHaveLength(4);
    expect(reasons.filter((r) => r === "locked")).toHaveLength(36);
    // Exactly five passwords were hashed and compared; 35 never reached the password check.
    expect(await auditCount("auth.signin.failure", "burst@kantor.go.id")).toBe(4);
    expect(await auditCount("auth.lockout", "burst@kantor.go.id")).toBe(1);
    expect(await auditCount("auth.signin.throttled", "burst@kantor.go.id")).toBe(35);
    expect(
      await authenticate("burst@kantor.go.id", "burst-benar-2026", new Date(T0.getTime() + 60_000), "203.0.113.7"),
    ).toEqual({ ok: false, reason: "locked" });
  });

  it("a stranger's failures from another address do not lock the account for its owner", async () => {
    for (let i = 0; i < 12; i++) await authenticate("head@kantor.go.id", "tebakan-salah", T0, "198.51.100.66");
    expect(await authenticate("head@kantor.go.id", "tebakan-salah", T0, "198.51.100.66")).toEqual({
      ok: false,
      reason: "locked",
    });
    const owner = await authenticate("head@kantor.go.id", "kepala-benar-2026", T0, "10.20.0.15");
    expect(owner.ok).toBe(true);
  });

  it("one address is limited across accounts (20 attempts per 15 minutes)", async () => {
    const results = [];
    for (let i = 0; i < SIGN_IN_LIMITS.addressAttempts + 2; i++) {
      results.push(await authenticate(`tamu${i}@kantor.go.id`, "tebakan-salah", T0, "192.0.2.200"));
    }
    expect(results.slice(0, SIGN_IN_LIMITS.addressAttempts).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(SIGN_IN_LIMITS.addressAttempts)).toEqual([
      { ok: false, reason: "throttled" },
      { ok: false, reason: "throttled" },
    ]);
    const afterWindow = new Date(T0.getTime() + (SIGN_IN_LIMITS.addressWindowMinutes + 1) * 60_000);
    expect(await authenticate("tamu-baru@kantor.go.id", "tebakan-salah", afterWindow, "192.0.2.200")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("an unknown e-mail answers exactly like a known one (same reasons in the same order, similar time)", async () => {
    await createUser(
      { email: "known@kantor.go.id", name: "Known", role: "OFFICER", password: "known-benar-2026" },
      null,
    );
    async function sequence(email: string) {
      const reasons: string[] = [];
      const started = performance.now();
      for (let i = 0; i < 7; i++) {
        const r = await authenticate(email, "tebakan-salah", T0, "192.0.2.51");
        reasons.push(r.ok ? "ok" : r.reason);
      }
      return { reasons, ms: performance.now() - started };
    }
    const known = await sequence("known@kantor.go.id");
    const unknown = await sequence("unknown-person@kantor.go.id");
    expect(known.reasons).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked", "locked"]);
    expect(unknown.reasons).toEqual(known.reasons);
    // Both run the same scrypt work (5 hashes); without the dummy hash the unknown run would take a few ms.
    expect(unknown.ms).toBeGreaterThan(known.ms * 0.5);
    expect(unknown.ms).toBeLessThan(known.ms * 2);
  });

  it("the account-wide lock needs 50 failures from many addresses and is claimed atomically: 56 parallel guesses check 50", async () => {
    const results = await Promise.all(
      Array.from({ length: 56 }, (_, i) =>
        authenticate("spread@kantor.go.id", "tebakan-salah", T0, `100.64.${Math.floor(i / 200)}.${i}`),
      ),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
    expect(reasons.filter((r) => r === "invalid")).toHaveLength(SIGN_IN_LIMITS.accountFailures - 1);
    expect(reasons.filter((r) => r === "locked")).toHaveLength(56 - SIGN_IN_LIMITS.accountFailures + 1);
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "spread@kantor.go.id" } });
    expect(user.failedLogins).toBe(SIGN_IN_LIMITS.accountFailures);
    expect(user.lockedUntil?.toISOString()).toBe("2026-11-03T02:15:00.000Z");
    expect(await authenticate("spread@kantor.go.id", "spread-benar-2026", T0, "10.30.0.1")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(
      (await authenticate("spread@kantor.go.id", "spread-benar-2026", new Date("2026-11-03T02:15:01Z"), "10.30.0.1"))
        .ok,
    ).toBe(true);
  }, 180_000);
});
