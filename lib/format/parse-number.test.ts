import { describe, expect, it } from "vitest";
import { decimalTextOfNumber, parseNumberText } from "./parse-number";

describe("parseNumberText", () => {
  it.each([
    ["1.250.000,50", "1250000.50"],
    ["1.250.000", "1250000"],
    ["1.250", "1250"],
    ["16.325", "16325"],
    ["16.325,75", "16325.75"],
    ["12,5", "12.5"],
    ["1,250", "1.250"],
    ["0,625", "0.625"],
    ["1250000.50", "1250000.50"],
    ["16325.75", "16325.75"],
    ["0.625", "0.625"],
    ["1.5", "1.5"],
    ["12345.678", "12345.678"],
    ["1,250,000.50", "1250000.50"],
    ["1,250,000", "1250000"],
    ["Rp 350.000", "350000"],
    ["Rp350.000,00", "350000.00"],
    ["IDR 2.500", "2500"],
    ["1 250 000", "1250000"],
    ["1\u00a0250\u00a0000,5", "1250000.5"],
    ["  42 ", "42"],
    ["007", "7"],
    ["0", "0"],
    ["-3", "-3"],
    ["\u22121.250,5", "-1250.5"],
    ["-0", "0"],
    ["1,25E+09", "1250000000"],
    ["1.5e3", "1500"],
    ["2.5E-3", "0.0025"],
  ])("%j → %s", (text, expected) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "",
    " ",
    "abc",
    "1.2.3,4.5",
    "1.25.000",
    "1,2,3",
    "12,34,567",
    "1.250,000.5",
    ",5",
    "5,",
    "1.",
    "--1",
    "1e",
    "12 34",
  ])("%j is not a number", (text) => {
    const parsed = parseNumberText(text);
    expect(parsed.ok).toBe(false);
  });

  it("names the text it could not read", () => {
    expect(parseNumberText("satu juta")).toEqual({
      ok: false,
      message: '"satu juta" bukan angka (contoh: 1.250.000,50 atau 1250000.50).',
    });
  });
});

describe("decimalTextOfNumber", () => {
  it.each([
    [1250000.5, "1250000.5"],
    [16325.75, "16325.75"],
    [0, "0"],
    [-42, "-42"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [123456789012345, "123456789012345"],
  ])("%s → %s", (value, expected) => {
    expect(decimalTextOfNumber(value)).toBe(expected);
  });

  it("refuses NaN", () => {
    expect(() => decimalTextOfNumber(Number.NaN)).toThrow(RangeError);
  });
});
