import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDecimal,
  formatPercent,
  formatPeriod,
  formatRupiah,
  formatRupiahShort,
} from "./format";

const NBSP = "\u00a0";

describe("formatCount", () => {
  it.each([
    [0, "0", "0"],
    [2922, "2.922", "2,922"],
    [1_234_567, "1.234.567", "1,234,567"],
    [-1250, "-1.250", "-1,250"],
    [12.6, "13", "13"],
    [9_007_199_254_740_993n, "9.007.199.254.740.993", "9,007,199,254,740,993"],
  ] as const)("%s → %s / %s", (value, id, en) => {
    expect(formatCount(value, "id")).toBe(id);
    expect(formatCount(value, "en")).toBe(en);
  });

  it("prints a missing value as a dash and refuses NaN", () => {
    expect(formatCount(null, "id")).toBe("—");
    expect(formatCount(undefined, "en")).toBe("—");
    expect(() => formatCount(Number.NaN, "id")).toThrow(RangeError);
  });
});

describe("formatDecimal", () => {
  it.each([
    [3.28, 2, "3,28", "3.28"],
    [3.2849, 2, "3,28", "3.28"],
    [87.3, 2, "87,30", "87.30"],
    [1.03, 2, "1,03", "1.03"],
    [1234.5, 1, "1.234,5", "1,234.5"],
    [3.14159, 4, "3,1416", "3.1416"],
    [-0.004, 2, "0,00", "0.00"],
    [-2.5, 1, "-2,5", "-2.5"],
  ] as const)("%s with %s decimals → %s / %s", (value, digits, id, en) => {
    expect(formatDecimal(value, "id", digits)).toBe(id);
    expect(formatDecimal(value, "en", digits)).toBe(en);
  });

  it("signs differences and trims trailing zeros on request", () => {
    expect(formatDecimal(1.2, "id", 2, { signed: true })).toBe("+1,20");
    expect(formatDecimal(-1.2, "en", 2, { signed: true })).toBe("-1.20");
    expect(formatDecimal(0.001, "id", 2, { signed: true })).toBe("0,00");
    expect(formatDecimal(82.5, "id", 2, { trim: true })).toBe("82,5");
    expect(formatDecimal(88.31, "en", 2, { trim: true })).toBe("88.31");
    expect(formatDecimal(90, "id", 2, { trim: true })).toBe("90");
  });

  it("prints null as a dash and refuses infinity", () => {
    expect(formatDecimal(null, "id")).toBe("—");
    expect(() => formatDecimal(Number.POSITIVE_INFINITY, "en")).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it.each([
    [0.632, 1, `63,2${NBSP}%`, "63.2%"],
    [0.48, 1, `48,0${NBSP}%`, "48.0%"],
    [0.812, 0, `81${NBSP}%`, "81%"],
    [1, 1, `100,0${NBSP}%`, "100.0%"],
    [0.30675, 2, `30,68${NBSP}%`, "30.68%"],
  ] as const)("%s (%s decimals) → %s / %s", (ratio, digits, id, en) => {
    expect(formatPercent(ratio, "id", digits)).toBe(id);
    expect(formatPercent(ratio, "en", digits)).toBe(en);
  });

  it("signs a change and prints null as a dash", () => {
    expect(formatPercent(0.051, "en", 1, { signed: true })).toBe("+5.1%");
    expect(formatPercent(-0.051, "id", 1, { signed: true })).toBe(`-5,1${NBSP}%`);
    expect(formatPercent(null, "id")).toBe("—");
  });
});

describe("formatRupiah (exact)", () => {
  it.each([
    [1_234_567_890n, "Rp 1.234.567.890", "IDR 1,234,567,890"],
    [9_007_199_254_740_993n, "Rp 9.007.199.254.740.993", "IDR 9,007,199,254,740,993"],
    [-12_500n, "-Rp 12.500", "-IDR 12,500"],
    [0, "Rp 0", "IDR 0"],
    [1_250_000, "Rp 1.250.000", "IDR 1,250,000"],
    [12_499.5, "Rp 12.500", "IDR 12,500"],
  ] as const)("%s → %s / %s", (value, id, en) => {
    expect(formatRupiah(value, "id")).toBe(id);
    expect(formatRupiah(value, "en")).toBe(en);
  });
});

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
    [999_999_999n, "Rp 1 miliar", "IDR 1 billion"],
    [3_450_000_000_000n, "Rp 3,45 triliun", "IDR 3.45 trillion"],
    [1_234_560_000_000_000n, "Rp 1.234,56 triliun", "IDR 1,234.56 trillion"],
    [-1_500_000n, "-Rp 1,5 juta", "-IDR 1.5 million"],
    [1_200_000_000, "Rp 1,2 miliar", "IDR 1.2 billion"],
  ] as const)("%s → %s / %s", (value, id, en) => {
    expect(formatRupiahShort(value, "id")).toBe(id);
    expect(formatRupiahShort(value, "en")).toBe(en);
  });

  it("refuses NaN and prints null as a dash", () => {
    expect(() => formatRupiahShort(Number.NaN, "id")).toThrow(RangeError);
    expect(formatRupiahShort(null, "id")).toBe("—");
  });
});

describe("formatDate", () => {
  it.each([
    ["2026-07-01", "1 Juli 2026", "1 July 2026"],
    ["2026-03-05", "5 Maret 2026", "5 March 2026"],
    ["2026-05-01", "1 Mei 2026", "1 May 2026"],
    ["2025-08-17", "17 Agustus 2025", "17 August 2025"],
    ["2025-12-31", "31 Desember 2025", "31 December 2025"],
    ["2024-02-29", "29 Februari 2024", "29 February 2024"],
  ])("%s → %s / %s", (date, id, en) => {
    expect(formatDate(date, "id")).toBe(id);
    expect(formatDate(date, "en")).toBe(en);
  });

  it("shows an instant as its WIB date: 17:00 UTC on 30 June is already 1 July in Kediri", () => {
    expect(formatDate(new Date("2026-06-30T17:00:00Z"), "id")).toBe("1 Juli 2026");
    expect(formatDate(new Date("2026-06-30T16:59:59Z"), "en")).toBe("30 June 2026");
  });

  it.each(["2026-02-29", "2026-13-01", "2026-04-31", "5 Mar 2026", "2026-3-5", ""])("refuses %j", (date) => {
    expect(() => formatDate(date, "id")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("prints WIB time, dotted in Indonesian", () => {
    const instant = new Date("2026-06-30T17:05:00Z");
    expect(formatDateTime(instant, "id")).toBe("1 Juli 2026 00.05");
    expect(formatDateTime(instant, "en")).toBe("1 July 2026 00:05");
    expect(formatDateTime(new Date("2026-03-16T07:30:00Z"), "id")).toBe("16 Maret 2026 14.30");
  });
});

describe("formatDateRange", () => {
  it.each([
    ["2026-04-01", "2026-06-30", "1 April – 30 Juni 2026", "1 April – 30 June 2026"],
    ["2026-07-01", "2026-07-15", "1–15 Juli 2026", "1–15 July 2026"],
    ["2025-12-15", "2026-01-10", "15 Desember 2025 – 10 Januari 2026", "15 December 2025 – 10 January 2026"],
    ["2026-07-01", "2026-07-01", "1 Juli 2026", "1 July 2026"],
  ])("%s … %s → %s / %s", (from, to, id, en) => {
    expect(formatDateRange(from, to, "id")).toBe(id);
    expect(formatDateRange(from, to, "en")).toBe(en);
  });
});

describe("formatPeriod", () => {
  it("names a period in the reader's language", () => {
    const q2 = { labelId: "Triwulan II 2026", labelEn: "Q2 2026" };
    expect(formatPeriod(q2, "id")).toBe("Triwulan II 2026");
    expect(formatPeriod(q2, "en")).toBe("Q2 2026");
  });
});
