import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  countWorkingDays,
  createWorkCalendar,
  type HolidayEntry,
  type HolidayYearStatus,
} from "./working-days";
import {
  TouchedYears,
  calendarWarnings,
  calendarWarningsForDays,
  coveredYearList,
  nextUncoveredYear,
  nextYearCoverageReminder,
} from "./coverage";

// The lists the project ships (prisma/data), so these cases also check the data itself.
const dataDir = path.join(process.cwd(), "prisma", "data");
const shipped = Papa.parse<HolidayEntry>(readFileSync(path.join(dataDir, "holidays-id.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const yearRows = Papa.parse<{ year: string; status: HolidayYearStatus; source: string }>(
  readFileSync(path.join(dataDir, "holiday-years.csv"), "utf8"),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;
const yearStatuses = Object.fromEntries(yearRows.map((row) => [Number(row.year), row.status]));
const calendar = createWorkCalendar(shipped, { yearStatuses });
const calendarCutiWorks = createWorkCalendar(shipped, { yearStatuses, cutiBersamaStopsClock: false });
const without2027 = createWorkCalendar(
  shipped.filter((h) => !h.date.startsWith("2027")),
  { yearStatuses },
);

describe("the shipped 2027 list (SKB 2027, domain reference §9)", () => {
  it("has 26 dates, each with a year status row and a source", () => {
    expect(shipped.filter((h) => h.date.startsWith("2027"))).toHaveLength(26);
    expect(yearRows.find((row) => row.year === "2027")).toMatchObject({ status: "provisional" });
    for (const row of yearRows) expect(row.source.length).toBeGreaterThan(10);
  });

  it.each([
    // 28–31 Dec count 1–3 (Mon 28 is day 0), 1 Jan Tahun Baru, Mon 4 Jan is 4, 5 Jan Isra Mikraj, Wed 6 Jan is 5.
    ["2026-12-28", 5, "2027-01-06"],
    // 8 Mar Nyepi, 9 cuti bersama, 10–11 Idulfitri, 12 and 15 cuti bersama: 16, 17, 18, 19, 22 March.
    ["2027-03-05", 5, "2027-03-22"],
  ])("%s + %i working days = %s", (start, n, expected) => {
    expect(addWorkingDays(calendar, start, n)).toBe(expected);
  });

  it("without the 2027 list the same sums are the plain Monday–Friday ones (the silent error of issue 13)", () => {
    expect(addWorkingDays(without2027, "2026-12-28", 5)).toBe("2027-01-04");
    expect(addWorkingDays(without2027, "2027-03-05", 5)).toBe("2027-03-12");
  });

  it("with cuti bersama counted as working days, 2027-03-05 + 5 skips only Nyepi and Idulfitri: 2027-03-17", () => {
    expect(addWorkingDays(calendarCutiWorks, "2027-03-05", 5)).toBe("2027-03-17");
  });

  it("counts 242 working days in 2027 with cuti bersama off, 261 plain Monday–Friday", () => {
    expect(countWorkingDays(calendar, "2026-12-31", "2027-12-31")).toBe(242);
    expect(countWorkingDays(createWorkCalendar([]), "2026-12-31", "2027-12-31")).toBe(261);
  });
});

describe("calendar warnings", () => {
  it("says nothing for a computation inside official years", () => {
    expect(calendarWarningsForDays(calendar, "2025-03-03", "2026-03-27")).toEqual([]);
  });

  it("flags a provisional year a due date depends on", () => {
    expect(calendarWarningsForDays(calendar, "2026-12-28", "2027-01-06")).toEqual([
      {
        code: "HOLIDAYS_PROVISIONAL",
        year: 2027,
        message:
          "hari libur 2027 masih sementara (belum dicocokkan dengan SKB yang ditandatangani) — tenggat dapat berubah",
      },
    ]);
  });

  it("flags every uncovered year between the first and the last day touched (an import of 2012 files)", () => {
    const warnings = calendarWarnings(without2027, new TouchedYears().add("2026-12-28", null, "2027-01-04"));
    expect(warnings).toEqual([
      {
        code: "HOLIDAYS_MISSING",
        year: 2027,
        message: "hari libur 2027 belum diisi — tenggat dihitung tanpa hari libur",
      },
    ]);
    const old = calendarWarnings(calendar, new TouchedYears().add("2012-05-02").add("2013-01-10"));
    expect(old.map((w) => `${w.code}:${w.year}`)).toEqual(["HOLIDAYS_MISSING:2012", "HOLIDAYS_MISSING:2013"]);
  });

  it("treats a covered year without a status row as provisional, and an empty calendar as covering nothing", () => {
    const cal = createWorkCalendar([{ date: "2030-01-01", kind: "libur_nasional", name: "Tahun Baru" }]);
    expect(calendarWarningsForDays(cal, "2030-02-01").map((w) => w.code)).toEqual(["HOLIDAYS_PROVISIONAL"]);
    expect(calendarWarningsForDays(createWorkCalendar([]), "2026-06-01").map((w) => w.code)).toEqual([
      "HOLIDAYS_MISSING",
    ]);
  });
});

describe("coverage for the admin and the dashboard", () => {
  it("lists covered years with their status and the next uncovered one", () => {
    expect(coveredYearList(calendar)).toEqual([
      { year: 2024, status: "provisional" },
      { year: 2025, status: "official" },
      { year: 2026, status: "official" },
      { year: 2027, status: "provisional" },
    ]);
    expect(nextUncoveredYear(calendar, 2026)).toBe(2028);
    expect(nextUncoveredYear(without2027, 2026)).toBe(2027);
  });

  it("reminds from 1 November when next year is not covered, and not before", () => {
    expect(nextYearCoverageReminder(without2027, "2026-10-31")).toBeNull();
    expect(nextYearCoverageReminder(without2027, "2026-11-01")).toEqual({ year: 2027 });
    expect(nextYearCoverageReminder(without2027, "2026-12-31")).toEqual({ year: 2027 });
    expect(nextYearCoverageReminder(calendar, "2026-11-15")).toBeNull();
    expect(nextYearCoverageReminder(calendar, "2027-11-01")).toEqual({ year: 2028 });
  });
});
