import { describe, it, expect } from "vitest";
import {
  boundedInteger,
  decimalTextProblem,
  hasLoneSurrogate,
  loneSurrogatePath,
  NUMBER_BOUNDS,
  parseBoundedInteger,
  rupiahBoundProblem,
} from "./bounds";

describe("parseBoundedInteger (workers 0–100.000)", () => {
  it.each([
    ["0", 0],
    ["100000", 100_000],
    [" 12 ", 12],
    [12, 12],
    ["100001", null],
    ["-1", null],
    ["1.5", null],
    ["1.000", null],
    [1.5, null],
    ["9223372036854775808", null],
    [2 ** 63, null],
    [1e30, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ["NaN", null],
    ["1e3", null],
    ["9".repeat(400), null],
    ["", null],
  ] as const)("%j → %j", (input, expected) => {
    expect(parseBoundedInteger(input, NUMBER_BOUNDS.workers)).toBe(expected);
  });
});

describe("boundedInteger", () => {
  const schema = boundedInteger("Tenaga kerja asing", NUMBER_BOUNDS.workers);
  it("names the field and its range", () => {
    const r = schema.safeParse("250000");
    expect(r.success ? null : r.error.issues[0]?.message).toBe("Tenaga kerja asing harus bilangan bulat 0–100.000.");
    expect(schema.safeParse("").error?.issues[0]?.message).toBe("Tenaga kerja asing wajib diisi.");
    expect(schema.parse("7")).toBe(7);
  });
});

describe("decimalTextProblem (amount: 15 digits, 2 decimals)", () => {
  it.each([
    ["1250000.50", null],
    ["999999999999999.99", null],
    ["000000000000000001", null],
    ["1000000000000000", "integer_digits"],
    ["9".repeat(400), "integer_digits"],
    ["1.005", "fraction_digits"],
    ["1e30", "format"],
    ["NaN", "format"],
    ["1.250.000", "format"],
    ["-5", "format"],
  ] as const)("%s → %s", (text, problem) => {
    expect(decimalTextProblem(text, NUMBER_BOUNDS.amountText)).toBe(problem);
  });
});

describe("rupiahBoundProblem", () => {
  it("allows up to Rp100 triliun, refuses one rupiah more and 2^63 − 1", () => {
    expect(rupiahBoundProblem("Nilai investasi", 100_000_000_000_000n)).toBeNull();
    expect(rupiahBoundProblem("Nilai investasi", 100_000_000_000_001n)).toBe(
      "Nilai investasi paling banyak Rp100.000.000.000.000 (Rp100 triliun) per laporan atau proyek.",
    );
    expect(rupiahBoundProblem("Nilai investasi", 9_223_372_036_854_775_807n)).not.toBeNull();
  });
  it("the documented headroom holds: 92,233 projects at the limit sum below 2^63", () => {
    expect(92_233n * NUMBER_BOUNDS.investmentRupiah.max < 2n ** 63n).toBe(true);
    expect(10_737 * 2 * NUMBER_BOUNDS.workers.max < 2 ** 31).toBe(true);
  });
});

describe("lone surrogates", () => {
  it("finds the path of the first ill-formed string; paired surrogates (emoji) are fine", () => {
    expect(hasLoneSurrogate("ok 😀")).toBe(false);
    expect(hasLoneSurrogate("x\ud800")).toBe(true);
    expect(hasLoneSurrogate("\udc00y")).toBe(true);
    expect(loneSurrogatePath({ a: "ok", respondent: { occupation: "\ud800" } })).toBe("respondent.occupation");
    expect(loneSurrogatePath({ list: ["ok", "\udfff"] })).toBe("list.1");
    expect(loneSurrogatePath({ comment: "Antrian 😀 cepat" })).toBeNull();
    expect(loneSurrogatePath("\ud800")).toBe("_");
  });
});
