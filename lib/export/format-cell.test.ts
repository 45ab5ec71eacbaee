import { describe, expect, it } from "vitest";
import { formatCell } from "./format-cell";

describe("formatCell", () => {
  it.each([
    ["integer", 2922, "id", undefined, "2.922"],
    ["integer", 2922, "en", undefined, "2,922"],
    ["decimal", 3.2831, "id", 3, "3,283"],
    ["decimal", 1.5, "en", undefined, "1.50"],
    ["percent", 0.632, "id", undefined, "63,2\u00a0%"],
    ["percent", 0.632, "en", undefined, "63.2%"],
    ["rupiah", 1_250_000n, "id", undefined, "Rp 1.250.000"],
    ["date", "2026-07-01", "id", undefined, "1 Juli 2026"],
    ["date", "2026-07-01", "en", undefined, "1 July 2026"],
    ["text", "U1", "id", undefined, "U1"],
    ["decimal", null, "id", undefined, "—"],
    ["text", null, "id", undefined, ""],
  ] as const)("%s %s (%s) → %s", (kind, value, locale, decimals, expected) => {
    expect(formatCell(kind, value, locale, decimals)).toBe(expected);
  });
});
