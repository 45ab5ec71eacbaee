import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  computeSlaClock,
  countWorkingDays,
  createWorkCalendar,
  holidaysOn,
  isIsoDate,
  isoWeekday,
  isWorkingDay,
  toWibDate,
  wibStartOfDay,
  type HolidayEntry,
  type WorkCalendar,
} from "./working-days";
import { calendar, calendarCutiWorks } from "./working-days.fixtures";

describe("WIB dates", () => {
  it.each([
    ["2026-03-16T16:59:59.999Z", "2026-03-16"],
    ["2026-03-16T17:00:00.000Z", "2026-03-17"],
    ["2025-12-31T17:00:00.000Z", "2026-01-01"],
    ["2024-02-28T20:00:00.000Z", "2024-02-29"],
  ])("toWibDate(%s) is %s", (instant, expected) => {
    expect(toWibDate(new Date(instant))).toBe(expected);
  });

  it("wibStartOfDay gives midnight WIB as a UTC instant", () => {
    expect(wibStartOfDay("2026-03-17").toISOString()).toBe("2026-03-16T17:00:00.000Z");
    expect(wibStartOfDay("2026-01-01").toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(toWibDate(wibStartOfDay("2028-02-29"))).toBe("2028-02-29");
  });

  it("rejects malformed dates and invalid Dates", () => {
    expect(() => wibStartOfDay("2026-02-29")).toThrow(RangeError);
    expect(() => wibStartOfDay("17-03-2026")).toThrow(/YYYY-MM-DD/);
    expect(() => toWibDate(new Date("not a date"))).toThrow(RangeError);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
  });

  it("does calendar arithmetic across month, year and leap days", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(calendarDaysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(calendarDaysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(isoWeekday("2026-03-17")).toBe(2);
    expect(isoWeekday("2026-03-22")).toBe(7);
  });
});

describe("createWorkCalendar", () => {
  it("rejects bad rows with a clear message", () => {
    expect(() => createWorkCalendar([{ date: "2026-02-30", kind: "libur_nasional", name: "X" }])).toThrow(/X/);
    const badKind = [{ date: "2026-02-03", kind: "libur_daerah", name: "X" }] as unknown as HolidayEntry[];
    expect(() => createWorkCalendar(badKind)).toThrow(/kind/);
  });

  it("counts a date listed twice once and keeps both names", () => {
    const doubled = createWorkCalendar([
      { date: "2026-01-01", kind: "libur_nasional", name: "Tahun Baru" },
      { date: "2026-01-01", kind: "cuti_bersama", name: "Duplikat" },
    ]);
    expect(countWorkingDays(doubled, "2025-12-31", "2026-01-02")).toBe(1);
    expect(holidaysOn(doubled, "2026-01-01").map((holiday) => holiday.name)).toEqual(["Tahun Baru", "Duplikat"]);
    expect(holidaysOn(doubled, "2026-01-02")).toEqual([]);
  });

  it("works without any holidays (Monday–Friday only)", () => {
    const plain = createWorkCalendar([]);
    expect(addWorkingDays(plain, "2026-03-17", 3)).toBe("2026-03-20");
    expect(countWorkingDays(plain, "2026-03-13", "2026-03-20")).toBe(5);
  });
});

describe("isWorkingDay", () => {
  it.each([
    ["2026-03-17", true, true], // Tuesday
    ["2026-03-18", false, true], // cuti bersama Nyepi
    ["2026-03-19", false, false], // Nyepi
    ["2026-03-21", false, false], // Saturday, Idulfitri
    ["2026-03-25", true, true],
    ["2025-12-26", false, true], // cuti bersama Natal
    ["2026-01-01", false, false],
    ["2026-01-03", false, false], // Saturday
    ["2026-01-04", false, false], // Sunday
  ])("%s → %s (cuti bersama stops the clock), %s (it does not)", (date, stops, doesNotStop) => {
    expect(isWorkingDay(calendar, date)).toBe(stops);
    expect(isWorkingDay(calendarCutiWorks, date)).toBe(doesNotStop);
  });
});

describe("addWorkingDays and countWorkingDays", () => {
  it.each([
    // 2026: Nyepi + Idulfitri + cuti bersama, 18–24 March
    ["2026-03-17", 3, "2026-03-27", "2026-03-23"],
    ["2026-03-17", 1, "2026-03-25", "2026-03-18"],
    ["2026-03-18", 1, "2026-03-25", "2026-03-20"],
    // 2025: Idulfitri 31 Mar–1 Apr with cuti bersama 28 Mar and 2–7 Apr
    ["2025-03-27", 1, "2025-04-08", "2025-03-28"],
    ["2025-03-27", 2, "2025-04-09", "2025-04-02"],
    ["2025-03-26", 5, "2025-04-11", "2025-04-04"],
    // year boundary: 25 Dec, cuti 26 Dec, 1 Jan
    ["2025-12-24", 3, "2025-12-31", "2025-12-30"],
    ["2025-12-24", 5, "2026-01-05", "2026-01-02"],
    ["2025-12-31", 1, "2026-01-02", "2026-01-02"],
    // weekends
    ["2026-01-09", 1, "2026-01-12", "2026-01-12"],
    ["2026-01-10", 1, "2026-01-12", "2026-01-12"],
    ["2026-01-11", 5, "2026-01-19", "2026-01-19"], // 16 Jan Isra Mikraj skipped
    ["2026-01-05", 0, "2026-01-05", "2026-01-05"],
    ["2026-01-10", 0, "2026-01-10", "2026-01-10"],
    // going back
    ["2026-03-25", -1, "2026-03-17", "2026-03-24"],
    ["2026-01-05", -3, "2025-12-30", "2025-12-30"],
    // outside the years that have holiday rows: weekdays only
    ["2030-05-31", 1, "2030-06-03", "2030-06-03"],
    ["2020-12-31", 2, "2021-01-04", "2021-01-04"],
  ])("%s + %i → %s (cuti stops the clock) / %s (it does not)", (start, n, withCuti, withoutCuti) => {
    expect(addWorkingDays(calendar, start, n)).toBe(withCuti);
    expect(addWorkingDays(calendarCutiWorks, start, n)).toBe(withoutCuti);
  });

  it.each([
    ["2026-03-17", "2026-03-27", 3, 7],
    ["2025-03-27", "2025-04-08", 1, 6],
    ["2025-12-24", "2026-01-05", 5, 6],
    ["2026-01-09", "2026-01-11", 0, 0],
    ["2026-01-09", "2026-01-09", 0, 0],
    ["2026-01-12", "2026-01-09", 0, 0],
    // 523 weekdays in 2025-01-01 … 2027-01-01; the rows above close 22 of them (10 without cuti bersama)
    ["2024-12-31", "2027-01-01", 501, 513],
  ])("countWorkingDays(%s, %s] = %i / %i", (from, to, withCuti, withoutCuti) => {
    expect(countWorkingDays(calendar, from, to)).toBe(withCuti);
    expect(countWorkingDays(calendarCutiWorks, from, to)).toBe(withoutCuti);
  });

  it("rejects a non-integer n", () => {
    expect(() => addWorkingDays(calendar, "2026-03-17", 1.5)).toThrow(RangeError);
  });
});

describe("agrees with a day-by-day count", () => {
  const closed = (cal: WorkCalendar, day: Date): boolean => {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) return true;
    const date = day.toISOString().slice(0, 10);
    return cal.holidays.some(
      (holiday) => holiday.date === date && (holiday.kind === "libur_nasional" || cal.cutiBersamaStopsClock),
    );
  };
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const iso = (value: Date) => value.toISOString().slice(0, 10);
  const next = (value: Date) => new Date(value.getTime() + 86_400_000);

  // A small deterministic generator (mulberry32) so failures reproduce.
  let seed = 20260317;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const randomDate = () => iso(new Date(Date.UTC(2024, 11, 1) + Math.floor(random() * 800) * 86_400_000));

  it.each([
    ["cuti bersama stops the clock", calendar],
    ["cuti bersama works", calendarCutiWorks],
  ])("addWorkingDays / countWorkingDays / computeSlaClock (%s)", (_label, cal) => {
    for (let trial = 0; trial < 400; trial += 1) {
      const start = randomDate();
      const n = Math.floor(random() * 40);
      let cursor = day(start);
      for (let left = n; left > 0;) {
        cursor = next(cursor);
        if (!closed(cal, cursor)) left -= 1;
      }
      expect(addWorkingDays(cal, start, n)).toBe(iso(cursor));
      expect(countWorkingDays(cal, start, iso(cursor))).toBe(n);

      const pauseFrom = addCalendarDays(start, Math.floor(random() * 30) - 5);
      const pauseTo = random() < 0.3 ? null : addCalendarDays(pauseFrom, Math.floor(random() * 20));
      const today = addCalendarDays(start, Math.floor(random() * 60));
      const finishedOn = random() < 0.5 ? null : addCalendarDays(start, Math.floor(random() * 60));
      const end = finishedOn ?? today;
      const isPaused = (date: string) =>
        date > start && date <= end && date >= pauseFrom && (pauseTo === null || date < pauseTo);

      let elapsed = 0;
      let paused = 0;
      for (let d = next(day(start)); iso(d) <= end; d = next(d)) {
        if (closed(cal, d)) continue;
        if (isPaused(iso(d))) paused += 1;
        else elapsed += 1;
      }
      let due = day(start);
      for (let left = n; left > 0;) {
        due = next(due);
        if (!closed(cal, due) && !isPaused(iso(due))) left -= 1;
      }
      const result = computeSlaClock(cal, {
        clockStart: start,
        slaDays: n,
        pauses: [{ from: pauseFrom, to: pauseTo }],
        finishedOn,
        today,
      });
      expect(result).toEqual({
        dueDate: iso(due),
        elapsedWorkingDays: elapsed,
        pausedWorkingDays: paused,
        remainingWorkingDays: n - elapsed,
        isOverdue: finishedOn === null && today > iso(due),
        processingDays: finishedOn === null ? null : elapsed,
        isOnTime: finishedOn === null ? null : elapsed <= n,
      });
    }
  });
});
