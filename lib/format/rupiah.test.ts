import { describe, expect, it } from "vitest";
import { formatNumber, formatRupiahExact, formatRupiahShort } from "./rupiah";

describe("formatRupiahShort", () => {
  it.each([
    [0n, "Rp 0", "IDR 0"],
    [12_500n, "Rp 12.500", "IDR 12,500"],
    [999_999n, "Rp 999.999", "IDR 999,999"],
    [1_000_000n, "Rp 1 juta", "IDR 1 million"],
    [850_000_000n, "Rp 850 juta", "IDR 850 million"],
    [1_200_000_000n, "Rp 1,2 miliar", "IDR 1.2 billion"],
    [1_234_567_890n, "Rp 1,23 miliar", "IDR 1.23 billion"],
    [1_235_000_000n, "Rp 1,24 miliar", "IDR 1.24 billion"], // half-up
    [1_234_999_999n, "Rp 1,23 miliar", "IDR 1.23 billion"],
    [20_407_195_663n, "Rp 20,41 miliar", "IDR 20.41 billion"],
    [999_999_999n, "Rp 1 miliar", "IDR 1 billion"],
    [3_450_000_000_000n, "Rp 3,45 triliun", "IDR 3.45 trillion"],
    [1_234_560_000_000_000n, "Rp 1.234,56 triliun", "IDR 1,234.56 trillion"],
    [9_007_199_254_740_993_000n, "Rp 9.007.199,25 triliun", "IDR 9,007,199.25 trillion"],
    [-1_500_000n, "-Rp 1,5 juta", "-IDR 1.5 million"],
    [12_500, "Rp 12.500", "IDR 12,500"],
    [1_200_000_000, "Rp 1,2 miliar", "IDR 1.2 billion"],
    [12_499.5, "Rp 12.500", "IDR 12,500"],
  ] as const)("%s → %s / %s", (value, indonesian, english) => {
    expect(formatRupiahShort(value, "id")).toBe(indonesian);
    expect(formatRupiahShort(value, "en")).toBe(english);
  });

  it("rejects NaN", () => {
    expect(() => formatRupiahShort(Number.NaN, "id")).toThrow(RangeError);
  });
});

describe("formatRupiahExact", () => {
  it.each([
    [1_234_567_890n, "id", "Rp 1.234.567.890"],
    [1_234_567_890n, "en", "IDR 1,234,567,890"],
    [9_007_199_254_740_993n, "id", "Rp 9.007.199.254.740.993"],
    [-12_500n, "id", "-Rp 12.500"],
    [0, "id", "Rp 0"],
    [1234, "id", "Rp 1.234"],
  ] as const)("%s (%s) → %s", (value, locale, expected) => {
    expect(formatRupiahExact(value, locale)).toBe(expected);
  });

  it("defaults to Indonesian", () => {
    expect(formatRupiahExact(1_234_567_890n)).toBe("Rp 1.234.567.890");
  });
});

describe("formatNumber", () => {
  it.each([
    [1234567.891, "id", "1.234.567,89"],
    [1234567.891, "en", "1,234,567.89"],
    [82.5, "id", "82,5"],
    [-1250, "id", "-1.250"],
    [9_007_199_254_740_993n, "id", "9.007.199.254.740.993"],
    [9_007_199_254_740_993n, "en", "9,007,199,254,740,993"],
  ] as const)("%s (%s) → %s", (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it("takes a maximum number of decimals", () => {
    expect(formatNumber(3.14159, "id", 3)).toBe("3,142");
    expect(formatNumber(3.6, "en", 0)).toBe("4");
  });

  it("rejects infinity", () => {
    expect(() => formatNumber(Number.POSITIVE_INFINITY, "en")).toThrow(RangeError);
  });
});
