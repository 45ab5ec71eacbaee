import { describe, expect, it } from "vitest";
import { createRandom } from "../seed/random";
import { neutraliseFormula, toCsv, toCsvRow, joinedFieldsToCsvRow } from "./safe-cell";

describe("neutraliseFormula", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
    ["+62 354 123", "'+62 354 123"],
    ["-1", "'-1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["Toko Jaya", "Toko Jaya"],
    ["1-2", "1-2"],
    [" =1+1", " =1+1"],
    ["", ""],
  ])("%j → %j", (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe("toCsvRow", () => {
  it("keeps a negative number a number but neutralises the same text", () => {
    expect(toCsvRow([-1, "-1"])).toBe("-1,'-1");
    expect(toCsvRow([-1250n, 0, 3.5])).toBe("-1250,0,3.5");
  });

  it("writes bigints beyond 2^53 exactly and null as an empty field", () => {
    expect(toCsvRow([9_007_199_254_740_993n, null, "x"])).toBe("9007199254740993,,x");
  });

  it.each([
    [["a,b"], '"a,b"'],
    [['Toko "Maju"'], '"Toko ""Maju"""'],
    [["baris 1\nbaris 2"], '"baris 1\nbaris 2"'],
    [["baris 1\r\nbaris 2"], '"baris 1\r\nbaris 2"'],
    [['=cmd|" /C calc"!A0'], `"'=cmd|"" /C calc""!A0"`],
    [["-2+3,4"], `"'-2+3,4"`],
    [["", "  spasi  "], ",  spasi  "],
  ])("quotes %j as %j (RFC 4180)", (values, expected) => {
    expect(toCsvRow(values)).toBe(expected);
  });

  it("quotes the semicolon only when it is the delimiter", () => {
    expect(toCsvRow(["a;b", "c,d", 1.5], ";")).toBe('"a;b";c,d;1.5');
    expect(toCsvRow(["a;b"])).toBe("a;b");
  });

  it("rejects NaN", () => {
    expect(() => toCsvRow([Number.NaN])).toThrow(RangeError);
  });
});

describe("toCsv", () => {
  it("ends every record with CRLF", () => {
    expect(
      toCsv([
        ["kbli", "nilai"],
        ["47111", 20_407_195_663n],
      ]),
    ).toBe("kbli,nilai\r\n47111,20407195663\r\n");
  });
});

describe("joinedFieldsToCsvRow", () => {
  const SEP = "\u001f";

  it("takes ordinary rows as they are, separators turned into commas", () => {
    expect(
      joinedFieldsToCsvRow(["REG-1", "PT Maju Jaya", "", "2026-03-01", "9007199254740993"].join(SEP), 5, SEP),
    ).toBe("REG-1,PT Maju Jaya,,2026-03-01,9007199254740993");
    expect(joinedFieldsToCsvRow(["", ""].join(SEP), 2, SEP)).toBe(",");
  });

  it.each([
    ["a comma", ["PT A, Tbk", "x"]],
    ["a quote", ['Bu "Tin"', "x"]],
    ["a line feed", ["baris\nbaru", "x"]],
    ["a carriage return", ["baris\rbaru", "x"]],
    ["a formula in the first field", ["=1+1", "x"]],
    ["a formula after a separator", ["x", "@SUM(A1)"]],
    ["a leading minus (a negative number must stay a number)", ["x", "-5"]],
    ["a leading tab", ["x", "\tabc"]],
    ["a separator inside a field", ["x", `a${SEP}b`]],
  ])("leaves %s to toCsvRow", (_label, fields) => {
    expect(joinedFieldsToCsvRow(fields.join(SEP), 2, SEP)).toBeNull();
  });

  it("never differs from toCsvRow over 20,000 random rows", () => {
    const random = createRandom(20_261_129);
    const alphabet = ["a", "Z", "7", " ", ",", '"', "\n", "\r", "\t", "=", "+", "-", "@", "'", ";", "é", SEP];
    let fastRows = 0;
    for (let row = 0; row < 20_000; row++) {
      const fields = Array.from({ length: random.int(1, 5) }, () =>
        Array.from({ length: random.int(0, 4) }, () => alphabet[random.int(0, alphabet.length - 1)]).join(""),
      );
      const fast = joinedFieldsToCsvRow(fields.join(SEP), fields.length, SEP);
      if (fast === null) continue;
      fastRows++;
      expect(fast).toBe(toCsvRow(fields));
    }
    expect(fastRows).toBeGreaterThan(1_000);
  });
});
