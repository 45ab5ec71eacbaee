import { describe, expect, it } from "vitest";
import { checkFormGuard, issueFormToken } from "./form-guard";
import { isGatewayRequestAuthentic, signGatewayBody } from "./gateway-auth";

const SECRET = "form-secret-for-tests";
const T0 = 1_780_000_000_000;

describe("public form guard", () => {
  const token = issueFormToken(SECRET, T0);
  it.each([
    [{ token, honeypot: "", now: T0 + 3_000 }, "ok"],
    [{ token, honeypot: "", now: T0 + 2_999 }, "too-fast"],
    [{ token, honeypot: "http://spam", now: T0 + 10_000 }, "honeypot"],
    [{ token: `${T0 - 60_000}.${token.split(".")[1]}`, honeypot: "", now: T0 + 10_000 }, "invalid-token"],
    [{ token: "garbage", honeypot: "", now: T0 + 10_000 }, "invalid-token"],
    [{ token, honeypot: "", now: T0 + 6 * 3_600_000 + 1 }, "expired"],
  ])("%j → %s", (input, verdict) => {
    expect(checkFormGuard({ ...input, secret: SECRET })).toBe(verdict);
  });
});

describe("gateway authentication", () => {
  const secret = "gateway-secret-0123456789";
  const body = '{"from":"+6281234567890","text":"halo","messageId":"m1"}';
  it("token mode: header or bearer must equal the secret", () => {
    const config = { secret, mode: "token" as const };
    expect(isGatewayRequestAuthentic(new Headers({ "x-gateway-token": secret }), body, config)).toBe(true);
    expect(isGatewayRequestAuthentic(new Headers({ authorization: `Bearer ${secret}` }), body, config)).toBe(true);
    expect(isGatewayRequestAuthentic(new Headers({ "x-gateway-token": `${secret}x` }), body, config)).toBe(false);
    expect(isGatewayRequestAuthentic(new Headers(), body, config)).toBe(false);
  });
  it("hmac mode: signature of the exact body", () => {
    const config = { secret, mode: "hmac" as const };
    const signature = signGatewayBody(secret, body);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(isGatewayRequestAuthentic(new Headers({ "x-signature": signature }), body, config)).toBe(true);
    expect(isGatewayRequestAuthentic(new Headers({ "x-signature": `sha256=${signature}` }), body, config)).toBe(true);
    expect(isGatewayRequestAuthentic(new Headers({ "x-signature": signature }), `${body} `, config)).toBe(false);
    expect(isGatewayRequestAuthentic(new Headers({ "x-gateway-token": secret }), body, config)).toBe(false);
  });
  it("no configured secret lets nobody in", () => {
    expect(
      isGatewayRequestAuthentic(new Headers({ "x-gateway-token": "" }), body, { secret: undefined, mode: "token" }),
    ).toBe(false);
  });
});
