import { describe, expect, it } from "vitest";
import {
  bucketKey,
  customPeriod,
  parsePeriodKey,
  periodCovering,
  periodOf,
  periodsBetween,
  previousPeriod,
  previousRange,
  samePeriodLastYear,
  type CalendarPeriodKind,
} from "./periods";

describe("periodOf", () => {
  it.each([
    ["month", "2026-03-17", "2026-03", "2026-03-01", "2026-03-31", "Maret 2026", "March 2026"],
    ["month", "2024-02-10", "2024-02", "2024-02-01", "2024-02-29", "Februari 2024", "February 2024"],
    ["month", "2025-02-10", "2025-02", "2025-02-01", "2025-02-28", "Februari 2025", "February 2025"],
    ["month", "2026-12-31", "2026-12", "2026-12-01", "2026-12-31", "Desember 2026", "December 2026"],
    ["quarter", "2026-01-01", "2026-Q1", "2026-01-01", "2026-03-31", "Triwulan I 2026", "Q1 2026"],
    ["quarter", "2026-03-31", "2026-Q1", "2026-01-01", "2026-03-31", "Triwulan I 2026", "Q1 2026"],
    ["quarter", "2026-04-01", "2026-Q2", "2026-04-01", "2026-06-30", "Triwulan II 2026", "Q2 2026"],
    ["quarter", "2026-09-30", "2026-Q3", "2026-07-01", "2026-09-30", "Triwulan III 2026", "Q3 2026"],
    ["quarter", "2026-10-01", "2026-Q4", "2026-10-01", "2026-12-31", "Triwulan IV 2026", "Q4 2026"],
    ["semester", "2026-06-30", "2026-S1", "2026-01-01", "2026-06-30", "Semester I 2026", "H1 2026"],
    ["semester", "2026-07-01", "2026-S2", "2026-07-01", "2026-12-31", "Semester II 2026", "H2 2026"],
    ["year", "2024-02-29", "2024", "2024-01-01", "2024-12-31", "Tahun 2024", "2024"],
  ] as const)("%s of %s is %s (%s … %s)", (kind, date, key, from, to, labelId, labelEn) => {
    expect(periodOf(kind, date)).toEqual({ kind, key, from, to, labelId, labelEn });
  });

  it("rejects an invalid date", () => {
    expect(() => periodOf("month", "2025-02-29")).toThrow(RangeError);
    expect(() => bucketKey("quarter", "2026-3-1")).toThrow(/YYYY-MM-DD/);
  });
});

describe("bucketKey", () => {
  it.each([
    ["month", "2026-03-31", "2026-03"],
    ["quarter", "2026-03-31", "2026-Q1"],
    ["quarter", "2026-04-01", "2026-Q2"],
    ["quarter", "2026-12-31", "2026-Q4"],
    ["semester", "2026-06-30", "2026-S1"],
    ["semester", "2026-07-01", "2026-S2"],
    ["year", "2026-07-01", "2026"],
  ] as const)("%s of %s → %s", (kind, date, key) => {
    expect(bucketKey(kind, date)).toBe(key);
  });

  it("always equals periodOf(...).key", () => {
    const kinds: CalendarPeriodKind[] = ["month", "quarter", "semester", "year"];
    for (let day = 0; day < 800; day += 1) {
      const date = new Date(Date.UTC(2023, 11, 1) + day * 86_400_000).toISOString().slice(0, 10);
      for (const kind of kinds) expect(bucketKey(kind, date)).toBe(periodOf(kind, date).key);
    }
  });
});

describe("parsePeriodKey", () => {
  it.each(["2026-03", "2026-Q1", "2026-Q4", "2026-S2", "2026", "2024-02"])("round-trips %s", (key) => {
    const period = parsePeriodKey(key);
    expect(period?.key).toBe(key);
    expect(period).toEqual(periodOf(period!.kind as CalendarPeriodKind, period!.from));
  });

  it("parses a custom range", () => {
    expect(parsePeriodKey("2026-03-05..2026-04-10")).toEqual({
      kind: "custom",
      key: "2026-03-05..2026-04-10",
      from: "2026-03-05",
      to: "2026-04-10",
      labelId: "5 Maret – 10 April 2026",
      labelEn: "5 March – 10 April 2026",
    });
    expect(parsePeriodKey("2026-03-05..2026-03-05")?.labelId).toBe("5 Maret 2026");
  });

  it.each([
    "",
    "2026-13",
    "2026-00",
    "2026-Q0",
    "2026-Q5",
    "2026-S3",
    "26",
    "2026-3",
    "2026-q1",
    "2026-03-01",
    " 2026",
    "2026-04-10..2026-03-05",
    "2026-02-30..2026-03-05",
    "2026-03-05..",
  ])("returns null for %j", (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });
});

describe("previousPeriod and samePeriodLastYear", () => {
  it.each([
    ["2026-03", "2026-02", "2025-03"],
    ["2026-01", "2025-12", "2025-01"],
    ["2026-Q1", "2025-Q4", "2025-Q1"],
    ["2026-Q3", "2026-Q2", "2025-Q3"],
    ["2026-S1", "2025-S2", "2025-S1"],
    ["2026-S2", "2026-S1", "2025-S2"],
    ["2026", "2025", "2025"],
    ["2024-03-01..2024-03-31", "2024-01-30..2024-02-29", "2023-03-01..2023-03-31"],
    ["2024-02-01..2024-02-29", "2024-01-03..2024-01-31", "2023-02-01..2023-02-28"],
  ])("%s → previous %s, a year earlier %s", (key, previousKey, lastYearKey) => {
    const period = parsePeriodKey(key)!;
    expect(previousPeriod(period).key).toBe(previousKey);
    expect(samePeriodLastYear(period).key).toBe(lastYearKey);
  });

  it("gives exact boundaries for a leap-year February", () => {
    expect(previousPeriod(periodOf("month", "2024-03-15"))).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(samePeriodLastYear(periodOf("month", "2024-02-15"))).toMatchObject({ from: "2023-02-01", to: "2023-02-28" });
  });
});

describe("periodsBetween", () => {
  it("lists every period overlapping the range, partial ones included", () => {
    expect(periodsBetween("quarter", "2025-11-15", "2026-02-01").map((period) => period.key)).toEqual([
      "2025-Q4",
      "2026-Q1",
    ]);
    expect(periodsBetween("month", "2024-12-31", "2025-03-01").map((period) => period.key)).toEqual([
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
    ]);
    expect(periodsBetween("semester", "2025-06-30", "2026-07-01").map((period) => period.key)).toEqual([
      "2025-S1",
      "2025-S2",
      "2026-S1",
      "2026-S2",
    ]);
    expect(periodsBetween("year", "2026-05-05", "2026-05-05").map((period) => period.key)).toEqual(["2026"]);
  });

  it("is empty when from is after to", () => {
    expect(periodsBetween("month", "2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("tiles the range without gaps", () => {
    const quarters = periodsBetween("quarter", "2023-01-01", "2026-12-31");
    expect(quarters).toHaveLength(16);
    for (let index = 1; index < quarters.length; index += 1) {
      const previousTo = new Date(`${quarters[index - 1].to}T00:00:00Z`).getTime();
      expect(new Date(`${quarters[index].from}T00:00:00Z`).getTime() - previousTo).toBe(86_400_000);
    }
  });
});

describe("customPeriod", () => {
  it("rejects a reversed or malformed range", () => {
    expect(() => customPeriod("2026-04-10", "2026-03-05")).toThrow(/must not be after/);
    expect(() => customPeriod("2026-04-31", "2026-05-05")).toThrow(RangeError);
  });
});

describe("previousRange (the SKM dashboard's comparison period)", () => {
  it.each([
    // Q3 2026 has 92 days; the 92 days before 1 July start on 31 March, but the previous quarter starts 1 April.
    ["2026-07-01", "2026-09-30", "2026-04-01", "2026-06-30"],
    ["2026-04-01", "2026-06-30", "2026-01-01", "2026-03-31"],
    ["2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31"],
    ["2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"],
    ["2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29"],
    ["2026-07-01", "2026-12-31", "2026-01-01", "2026-06-30"],
    ["2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31"],
    // A custom range: the same number of days just before it.
    ["2026-03-05", "2026-03-14", "2026-02-23", "2026-03-04"],
    ["2026-07-01", "2026-07-31", "2026-06-01", "2026-06-30"],
  ])("%s … %s is compared with %s … %s", (from, to, previousFrom, previousTo) => {
    expect(previousRange(from, to)).toEqual({ from: previousFrom, to: previousTo });
  });

  it("recognises a calendar period by its exact bounds", () => {
    expect(periodCovering("2026-07-01", "2026-09-30").key).toBe("2026-Q3");
    expect(periodCovering("2026-01-01", "2026-06-30").key).toBe("2026-S1");
    expect(periodCovering("2026-01-01", "2026-12-31").key).toBe("2026");
    expect(periodCovering("2026-07-01", "2026-09-29").kind).toBe("custom");
  });
});
