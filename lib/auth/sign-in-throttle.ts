/**
 * Sign-in throttling kept in process memory, keyed by client address and by (account, address) pair.
 * Every check-and-count happens synchronously (no await between reading and writing a counter), so parallel
 * requests cannot all read "0 failures" and pass together: the sixth parallel guess from one address is refused
 * before its password is hashed. The account-wide limit lives in the database (lib/users/user-store.ts) because it must
 * hold across addresses; it is set much higher so that strangers cannot lock a colleague out from elsewhere.
 *
 * OWASP ASVS 4.0 V2.2.1: anti-automation that does not let an attacker lock out a legitimate user.
 */
export const SIGN_IN_LIMITS = {
  /** Failed passwords per (account, address) pair before that pair is locked. */
  pairFailures: 5,
  pairLockMinutes: 15,
  /**
   * Failed (or still unchecked) sign-ins per address across all accounts, per window. A successful sign-in gives its
   * slot back: an office whose staff share one address (NAT) is not throttled by its own morning sign-ins.
   */
  addressAttempts: 20,
  addressWindowMinutes: 15,
  /** Failed passwords for one account from all addresses together before the whole account is locked. */
  accountFailures: 50,
  accountLockMinutes: 15,
} as const;

export type ThrottleRefusal = { ok: false; reason: "locked" | "throttled"; retryAfterSeconds: number };
export type ThrottleTicket = {
  ok: true;
  settle: (outcome: "success" | "failure" | "not-checked", at: Date) => "locked" | "open";
};

type PairState = { failures: number; pending: number; firstFailureAt: number; lockedUntil: number };

const MAX_KEYS = 50_000;

export class SignInThrottle {
  private readonly addresses = new Map<string, number[]>();
  private readonly pairs = new Map<string, PairState>();

  constructor(private readonly limits: typeof SIGN_IN_LIMITS = SIGN_IN_LIMITS) {}

  /**
   * Reserves one attempt for `account` from `address`. A refused attempt must not check the password; an accepted
   * one must be settled once with its outcome (failures count, a success clears the pair).
   */
  reserve(account: string, address: string, now: Date): ThrottleTicket | ThrottleRefusal {
    const t = now.getTime();
    const windowMs = this.limits.addressWindowMinutes * 60_000;
    const recent = (this.addresses.get(address) ?? []).filter((at) => at > t - windowMs);
    if (recent.length >= this.limits.addressAttempts) {
      this.addresses.set(address, recent);
      return {
        ok: false,
        reason: "throttled",
        retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - t) / 1000)),
      };
    }
    const pairKey = `${account}\u0000${address}`;
    const pair = this.pairState(pairKey, t);
    if (pair.lockedUntil > t)
      return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil((pair.lockedUntil - t) / 1000) };
    // Attempts still being checked count as failures until they settle: no parallel burst gets past the limit.
    if (pair.failures + pair.pending >= this.limits.pairFailures) {
      return { ok: false, reason: "locked", retryAfterSeconds: this.limits.pairLockMinutes * 60 };
    }
    recent.push(t);
    this.addresses.set(address, recent);
    pair.pending += 1;
    if (this.addresses.size > MAX_KEYS) this.addresses.clear(); // bounded memory under address spraying
    let settled = false;
    return {
      ok: true,
      settle: (outcome, at) => {
        if (settled) return pair.lockedUntil > at.getTime() ? "locked" : "open";
        settled = true;
        pair.pending -= 1;
        if (outcome === "success") {
          const slots = this.addresses.get(address);
          const index = slots ? slots.indexOf(t) : -1;
          if (slots && index >= 0) slots.splice(index, 1);
          pair.failures = 0;
          pair.firstFailureAt = 0;
        } else if (outcome === "failure") {
          if (pair.failures === 0) pair.firstFailureAt = at.getTime();
          pair.failures += 1;
          if (pair.failures >= this.limits.pairFailures) {
            pair.failures = 0;
            pair.firstFailureAt = 0;
            pair.lockedUntil = at.getTime() + this.limits.pairLockMinutes * 60_000;
            return "locked";
          }
        }
        return "open";
      },
    };
  }

  private pairState(key: string, t: number): PairState {
    let pair = this.pairs.get(key);
    if (!pair) {
      if (this.pairs.size > MAX_KEYS) this.dropIdlePairs(t);
      pair = { failures: 0, pending: 0, firstFailureAt: 0, lockedUntil: 0 };
      this.pairs.set(key, pair);
    }
    // Failures older than the lock period are forgotten (a typo last week does not count today).
    if (pair.failures > 0 && t - pair.firstFailureAt > this.limits.pairLockMinutes * 60_000) {
      pair.failures = 0;
      pair.firstFailureAt = 0;
    }
    return pair;
  }

  private dropIdlePairs(t: number): void {
    for (const [key, pair] of this.pairs) {
      if (pair.pending === 0 && pair.lockedUntil <= t) this.pairs.delete(key);
    }
  }
}
