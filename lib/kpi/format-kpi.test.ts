import { describe, it, expect } from "vitest";
import { formatKpiValue } from "./format-kpi";

describe("formatKpiValue", () => {
  it("formats each unit the Indonesian way", () => {
    expect(formatKpiValue("ikm", 88.305, "id")).toBe("88,31");
    expect(formatKpiValue("ikm", 88.305, "en")).toBe("88.31");
    expect(formatKpiValue("median_processing_days", 4, "id")).toBe("4,0");
    expect(formatKpiValue("on_time_rate", 93.5, "id")).toBe("93,5\u00a0%");
    expect(formatKpiValue("on_time_rate", 93.5, "en")).toBe("93.5%");
    expect(formatKpiValue("permits_issued", 12345, "id")).toBe("12.345");
    expect(formatKpiValue("investment_value", 1_200_000_000, "id")).toBe("Rp 1,2 miliar");
    expect(formatKpiValue("median_processing_days", null, "id")).toBe("—");
  });
});
