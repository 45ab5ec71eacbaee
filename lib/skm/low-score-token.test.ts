import { describe, expect, it } from "vitest";
import { lowElements, offerIntakeKey, signLowScoreOffer, verifyLowScoreOffer } from "./low-score-token";

const SECRET = "test-secret-for-low-scores";
const offer = { elements: ["U3", "U7"], licenseTypeId: 4, nonce: "bm9uY2Utb25l", expiresAt: 1_800_000_000_000 };

describe("the low-score offer token", () => {
  it("finds the answers of 1 or 2", () => {
    expect(lowElements({ U1: 4, U2: 2, U3: 1, U4: 3, U5: null }, ["U1", "U2", "U3", "U4", "U5"])).toEqual(["U2", "U3"]);
    expect(lowElements({ U1: 3 }, ["U1"])).toEqual([]);
  });

  it("round-trips within its lifetime and carries nothing but codes, licence type, nonce and expiry", () => {
    const token = signLowScoreOffer(offer, SECRET);
    expect(verifyLowScoreOffer(token, SECRET, offer.expiresAt - 1)).toEqual(offer);
    const payload = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString());
    expect(Object.keys(payload).sort()).toEqual(["e", "l", "n", "x"]);
  });

  it("is refused when expired, tampered with or signed with another secret", () => {
    const token = signLowScoreOffer(offer, SECRET);
    expect(verifyLowScoreOffer(token, SECRET, offer.expiresAt)).toBeNull();
    const [payload, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ e: ["U1"], l: 4, n: "x", x: offer.expiresAt })).toString("base64url");
    expect(verifyLowScoreOffer(`${forged}.${mac}`, SECRET, 0)).toBeNull();
    expect(verifyLowScoreOffer(`${payload}.${mac}`, "another-secret", 0)).toBeNull();
    expect(verifyLowScoreOffer("garbage", SECRET, 0)).toBeNull();
    expect(verifyLowScoreOffer(undefined, SECRET, 0)).toBeNull();
  });

  it("one offer, one intake key", () => {
    expect(offerIntakeKey(offer)).toBe(offerIntakeKey({ nonce: offer.nonce }));
    expect(offerIntakeKey(offer)).not.toBe(offerIntakeKey({ nonce: "b3RoZXI" }));
    expect(offerIntakeKey(offer)).toMatch(/^skm-low:[0-9a-f]{64}$/);
  });
});
