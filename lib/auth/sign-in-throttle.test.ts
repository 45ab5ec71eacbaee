import { describe, it, expect } from "vitest";
import { SignInThrottle, SIGN_IN_LIMITS } from "./sign-in-throttle";

const T = new Date("2026-11-03T02:00:00Z");
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

describe("SignInThrottle", () => {
  it("refuses the 6th attempt of a pair while five are still being checked (no parallel overshoot)", () => {
    const throttle = new SignInThrottle();
    const tickets = Array.from({ length: 8 }, () => throttle.reserve("a@x", "1.1.1.1", T));
    expect(tickets.map((t) => (t.ok ? "ok" : t.reason))).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
      "locked",
      "locked",
      "locked",
    ]);
    const outcomes = tickets.filter((t) => t.ok).map((t) => (t.ok ? t.settle("failure", T) : null));
    expect(outcomes).toEqual(["open", "open", "open", "open", "locked"]);
    expect(throttle.reserve("a@x", "1.1.1.1", at(14))).toMatchObject({
      ok: false,
      reason: "locked",
      retryAfterSeconds: 60,
    });
    expect(throttle.reserve("a@x", "1.1.1.1", at(15)).ok).toBe(true);
  });

  it("a lock of one pair leaves the same account open from another address", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 5; i++) {
      const t = throttle.reserve("head@x", "6.6.6.6", T);
      if (t.ok) t.settle("failure", T);
    }
    expect(throttle.reserve("head@x", "6.6.6.6", T).ok).toBe(false);
    expect(throttle.reserve("head@x", "10.0.0.5", T).ok).toBe(true);
  });

  it("a success clears the pair's failures; failures older than 15 minutes are forgotten", () => {
    const throttle = new SignInThrottle();
    const fail = (when: Date) => {
      const t = throttle.reserve("b@x", "2.2.2.2", when);
      if (t.ok) t.settle("failure", when);
    };
    for (let i = 0; i < 4; i++) fail(T);
    const ok = throttle.reserve("b@x", "2.2.2.2", T);
    expect(ok.ok && ok.settle("success", T)).toBe("open");
    for (let i = 0; i < 4; i++) fail(T);
    for (let i = 0; i < 4; i++) fail(at(16)); // the four at T no longer count
    expect(throttle.reserve("b@x", "2.2.2.2", at(16)).ok).toBe(true);
  });

  it("limits one address to 20 attempts per 15 minutes across accounts", () => {
    const throttle = new SignInThrottle();
    const results = Array.from({ length: SIGN_IN_LIMITS.addressAttempts + 1 }, (_, i) =>
      throttle.reserve(`u${i}@x`, "3.3.3.3", T),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results[20]).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 900 });
    expect(throttle.reserve("other@x", "3.3.3.3", at(15.01)).ok).toBe(true);
  });

  it("gives a successful sign-in's slot back, so colleagues behind one address are not throttled by each other", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 60; i++) {
      const ticket = throttle.reserve(`staff${i}@x`, "4.4.4.4", T);
      expect(ticket.ok).toBe(true);
      if (ticket.ok) ticket.settle("success", T);
    }
    for (let i = 0; i < SIGN_IN_LIMITS.addressAttempts; i++) {
      const ticket = throttle.reserve(`guess${i}@x`, "4.4.4.4", T);
      if (ticket.ok) ticket.settle("failure", T);
    }
    expect(throttle.reserve("late@x", "4.4.4.4", T)).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 900,
    });
  });
});
