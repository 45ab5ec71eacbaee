import { describe, expect, it } from "vitest";
import { checkRateLimit, clientAddressFrom } from "./rate-limit";

describe("clientAddressFrom", () => {
  it("takes the entry written by the hop next to us, not what the client typed", () => {
    expect(clientAddressFrom("203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressFrom("1.2.3.4, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressFrom("9.9.9.9,1.2.3.4,  203.0.113.7 ")).toBe("203.0.113.7");
  });

  it("is 'unknown' without a header", () => {
    expect(clientAddressFrom(null)).toBe("unknown");
    expect(clientAddressFrom("")).toBe("unknown");
    expect(clientAddressFrom(" , ")).toBe("unknown");
  });
});

describe("checkRateLimit", () => {
  it("allows `limit` calls per window, then says when to retry", () => {
    const bucket = `test-${Math.random()}`;
    const t0 = 1_000_000;
    for (let call = 0; call < 3; call++) expect(checkRateLimit(bucket, "a", 3, 60_000, t0 + call * 1000).ok).toBe(true);
    expect(checkRateLimit(bucket, "a", 3, 60_000, t0 + 10_000)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(checkRateLimit(bucket, "b", 3, 60_000, t0 + 10_000).ok).toBe(true);
    expect(checkRateLimit(bucket, "a", 3, 60_000, t0 + 60_001).ok).toBe(true);
  });
});
