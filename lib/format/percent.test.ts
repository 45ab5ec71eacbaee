import { describe, expect, it } from "vitest";
import { formatPercent } from "./percent";

describe("formatPercent", () => {
  it("writes fractions as percentages in each language", () => {
    expect(formatPercent(0.855, "id")).toBe("85,5%");
    expect(formatPercent(0.855, "en")).toBe("85.5%");
    expect(formatPercent(2 / 3, "id", 0)).toBe("67%");
    expect(formatPercent(null, "id")).toBe("—");
    expect(() => formatPercent(Number.NaN, "id")).toThrow(RangeError);
  });
});
