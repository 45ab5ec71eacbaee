import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n/translate";
import { writeAndReadBack } from "../export/xlsx.fixtures";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "./complaint-rules";
import { complaintMetricsRange, complaintMetricsTables, handlingCategoryRows } from "./metrics-export";
import type { ComplaintSummary } from "./metrics";

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const tier = (received: number, within: number, decided: number, percent: number | null) => ({
  received,
  resolvedWithinDeadline: within,
  deadlineDecided: decided,
  resolvedWithinDeadlinePercent: percent,
});
const summary: ComplaintSummary = {
  received: 8,
  byCategory: { ...zeros(COMPLAINT_CATEGORIES), time: 5, procedure: 3 },
  byStatus: { ...zeros(COMPLAINT_STATUSES), resolved: 6, new: 2 },
  answered: 7,
  resolved: 6,
  overdue: 1,
  medianWorkingDaysToFirstAnswer: 2,
  medianWorkingDaysToResolution: 4.5,
  resolvedWithinDeadline: 5,
  deadlineDecided: 7,
  resolvedWithinDeadlinePercent: 71.4,
  extended: 1,
  resolvedWithinExtendedDeadline: 1,
  notOurService: 0,
  byHandlingCategory: { none: tier(2, 1, 2, 50), simple: tier(6, 4, 5, 80) },
};
const categories = [{ code: "simple", name: "Sederhana", nameEn: "Simple", deadlineDays: 5 }];

describe("complaintMetricsRange", () => {
  it("defaults to the first of the same month a year back (2026-07 → 2025-07) through today", () => {
    expect(complaintMetricsRange(undefined, "2026-07-15")).toEqual({ from: "2025-07-01", to: "2026-07-15" });
    const asked = { from: "2026-05-01", to: "2026-05-31" };
    expect(complaintMetricsRange(asked, "2026-07-15")).toEqual(asked);
  });
});

describe("complaintMetricsTables", () => {
  it("orders configured handling categories first and unknown codes last", () => {
    expect(handlingCategoryRows(summary, categories).map((r) => r.code)).toEqual(["simple", "none"]);
  });

  it("writes percentages as fractions and working days as decimals, sheet per table", async () => {
    const words = { t: createTranslator("id", "complaints"), ex: createTranslator("id", "exports") };
    const trend = [
      { month: "2026-05", received: 8, medianWorkingDaysToResolution: 4.5, resolvedWithinDeadlinePercent: 71.4 },
    ];
    const tables = complaintMetricsTables({ ...summary, trend }, 3, categories, words, "Periode: Mei 2026", "id");
    const book = await writeAndReadBack(tables, "2026-06-01T03:00:00Z");
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Ringkasan",
      "Kategori penanganan",
      "Kategori",
      "Status",
      "Tren bulanan",
    ]);
    const sheet = book.getWorksheet("Ringkasan")!;
    expect(sheet.getCell("B5").value).toBe(8);
    expect(sheet.getCell("B6").value).toBe(0.714);
    expect(sheet.getCell("B6").numFmt).toBe("0.0%");
    expect(sheet.getCell("B8").value).toBe(4.5);
    expect(sheet.getCell("B9").value).toBe(3);
    const tiers = book.getWorksheet("Kategori penanganan")!;
    expect([tiers.getCell("A5").value, tiers.getCell("B5").value, tiers.getCell("E5").value]).toEqual([
      "Sederhana",
      5,
      0.8,
    ]);
    expect(tiers.getCell("A6").value).toBe("Tanpa kategori (sebelum kategori dipakai)");
    expect(book.getWorksheet("Tren bulanan")!.getCell("A5").value).toBe("Mei 2026");
  });
});
