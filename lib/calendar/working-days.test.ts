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
  type SlaClockInput,
  type WorkCalendar,
} from "./working-days";

// Rows copied from the SKB lists (domain reference §6, holidays-id-2025-2026.csv).
const HOLIDAYS: HolidayEntry[] = [
  { date: "2025-03-28", kind: "cuti_bersama", name: "Cuti Bersama Hari Suci Nyepi" },
  { date: "2025-03-29", kind: "libur_nasional", name: "Hari Suci Nyepi Tahun Baru Saka 1947" },
  { date: "2025-03-31", kind: "libur_nasional", name: "Idulfitri 1446 H" },
  { date: "2025-04-01", kind: "libur_nasional", name: "Idulfitri 1446 H" },
  { date: "2025-04-02", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-03", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-04", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-07", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-18", kind: "libur_nasional", name: "Wafat Yesus Kristus" },
  { date: "2025-04-20", kind: "libur_nasional", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2025-12-25", kind: "libur_nasional", name: "Kelahiran Yesus Kristus" },
  { date: "2025-12-26", kind: "cuti_bersama", name: "Cuti Bersama Kelahiran Yesus Kristus" },
  { date: "2026-01-01", kind: "libur_nasional", name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", kind: "libur_nasional", name: "Isra Mikraj Nabi Muhammad SAW" },
  { date: "2026-02-16", kind: "cuti_bersama", name: "Cuti Bersama Tahun Baru Imlek" },
  { date: "2026-02-17", kind: "libur_nasional", name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-18", kind: "cuti_bersama", name: "Cuti Bersama Hari Suci Nyepi" },
  { date: "2026-03-19", kind: "libur_nasional", name: "Hari Suci Nyepi Tahun Baru Saka 1948" },
  { date: "2026-03-20", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2026-03-21", kind: "libur_nasional", name: "Idulfitri 1447 H" },
  { date: "2026-03-22", kind: "libur_nasional", name: "Idulfitri 1447 H" },
  { date: "2026-03-23", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2026-03-24", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2026-04-03", kind: "libur_nasional", name: "Wafat Yesus Kristus" },
  { date: "2026-12-24", kind: "cuti_bersama", name: "Cuti Bersama Kelahiran Yesus Kristus" },
  { date: "2026-12-25", kind: "libur_nasional", name: "Kelahiran Yesus Kristus" },
];

const calendar = createWorkCalendar(HOLIDAYS);
const calendarCutiWorks = createWorkCalendar(HOLIDAYS, { cutiBersamaStopsClock: false });

function clock(input: Partial<SlaClockInput> & Pick<SlaClockInput, "clockStart" | "slaDays" | "today">) {
  return computeSlaClock(calendar, { pauses: [], finishedOn: null, ...input });
}

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

describe("computeSlaClock", () => {
  it("finds the due date across the 2026 Nyepi and Idulfitri stretch", () => {
    const input = { clockStart: "2026-03-17", slaDays: 3, pauses: [], finishedOn: null, today: "2026-03-24" };
    expect(computeSlaClock(calendar, input)).toEqual({
      dueDate: "2026-03-27",
      elapsedWorkingDays: 0,
      pausedWorkingDays: 0,
      remainingWorkingDays: 3,
      isOverdue: false,
      processingDays: null,
      isOnTime: null,
    });
    expect(computeSlaClock(calendarCutiWorks, input)).toEqual({
      dueDate: "2026-03-23",
      elapsedWorkingDays: 4, // 18, 20, 23, 24
      pausedWorkingDays: 0,
      remainingWorkingDays: -1,
      isOverdue: true,
      processingDays: null,
      isOnTime: null,
    });
  });

  it("finds the due date across the 2025 Idulfitri stretch", () => {
    expect(clock({ clockStart: "2025-03-26", slaDays: 3, today: "2025-04-07" })).toMatchObject({
      dueDate: "2025-04-09", // 27 Mar, 8 Apr, 9 Apr
      elapsedWorkingDays: 1,
      remainingWorkingDays: 2,
      isOverdue: false,
    });
  });

  it("crosses the year boundary", () => {
    // 23, 24, 29, 30, 31 Dec, (1 Jan closed), 2 Jan
    expect(clock({ clockStart: "2025-12-22", slaDays: 6, today: "2026-01-02" })).toMatchObject({
      dueDate: "2026-01-02",
      elapsedWorkingDays: 6,
      remainingWorkingDays: 0,
      isOverdue: false,
    });
    expect(clock({ clockStart: "2025-12-22", slaDays: 5, today: "2026-01-02" })).toMatchObject({
      dueDate: "2025-12-31",
      isOverdue: true,
    });
  });

  it("is on time when finished on exactly the SLA-th working day, late one day after", () => {
    const base = { clockStart: "2026-01-05", slaDays: 5, today: "2026-01-20" };
    expect(clock({ ...base, finishedOn: "2026-01-12" })).toEqual({
      dueDate: "2026-01-12",
      elapsedWorkingDays: 5,
      pausedWorkingDays: 0,
      remainingWorkingDays: 0,
      isOverdue: false,
      processingDays: 5,
      isOnTime: true,
    });
    expect(clock({ ...base, finishedOn: "2026-01-13" })).toMatchObject({
      processingDays: 6,
      isOnTime: false,
      isOverdue: false,
      remainingWorkingDays: -1,
    });
  });

  it("finishing on day 0 takes 0 working days", () => {
    const result = clock({ clockStart: "2026-01-05", slaDays: 3, finishedOn: "2026-01-05", today: "2026-01-05" });
    expect(result).toMatchObject({ processingDays: 0, isOnTime: true, dueDate: "2026-01-08" });
  });

  it("is overdue only after the due date has passed", () => {
    const base = { clockStart: "2026-01-05", slaDays: 5 };
    expect(clock({ ...base, today: "2026-01-12" })).toMatchObject({ isOverdue: false, remainingWorkingDays: 0 });
    expect(clock({ ...base, today: "2026-01-13" })).toMatchObject({
      isOverdue: true,
      elapsedWorkingDays: 6,
      remainingWorkingDays: -1,
    });
    // over a weekend the due date has passed even though no working day was added
    expect(clock({ clockStart: "2026-01-02", slaDays: 5, today: "2026-01-10" })).toMatchObject({
      dueDate: "2026-01-09",
      isOverdue: true,
      remainingWorkingDays: 0,
    });
  });

  it("extends the due date by each working day the file was returned to the applicant", () => {
    // Returned Wed 7 Jan, back Fri 9 Jan: 7 and 8 Jan are paused, 9 Jan counts again.
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 5,
      pauses: [{ from: "2026-01-07", to: "2026-01-09" }],
      finishedOn: "2026-01-14",
      today: "2026-01-20",
    });
    expect(result).toEqual({
      dueDate: "2026-01-14",
      elapsedWorkingDays: 5, // 6, 9, 12, 13, 14
      pausedWorkingDays: 2,
      remainingWorkingDays: 0,
      isOverdue: false,
      processingDays: 5,
      isOnTime: true,
    });
  });

  it("pauses over weekends and holidays only take out working days", () => {
    // Returned Fri 12 Dec 2025, back Fri 2 Jan 2026: 12–31 Dec has 12 working days (25, 26 Dec closed).
    const result = clock({
      clockStart: "2025-12-10",
      slaDays: 3,
      pauses: [{ from: "2025-12-12", to: "2026-01-02" }],
      today: "2026-01-02",
    });
    expect(result).toMatchObject({ pausedWorkingDays: 12, elapsedWorkingDays: 2, dueDate: "2026-01-05" });
  });

  it("keeps an open pause running up to and including today", () => {
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 5,
      pauses: [{ from: "2026-01-08", to: null }],
      today: "2026-01-12",
    });
    expect(result).toEqual({
      dueDate: "2026-01-15", // 6, 7, then (after the pause, assumed back tomorrow) 13, 14, 15
      elapsedWorkingDays: 2,
      pausedWorkingDays: 3, // 8, 9, 12
      remainingWorkingDays: 3,
      isOverdue: false,
      processingDays: null,
      isOnTime: null,
    });
  });

  it("counts overlapping pauses once and ignores pauses outside (clockStart, end]", () => {
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 5,
      pauses: [
        { from: "2026-01-07", to: "2026-01-09" },
        { from: "2026-01-08", to: "2026-01-10" },
        { from: "2026-01-01", to: "2026-01-05" }, // before the clock started
        { from: "2026-01-05", to: "2026-01-06" }, // day 0 only
        { from: "2026-01-14", to: "2026-01-14" }, // empty
        { from: "2026-02-02", to: null }, // after today
      ],
      today: "2026-01-13",
    });
    expect(result).toMatchObject({ pausedWorkingDays: 3, elapsedWorkingDays: 3, dueDate: "2026-01-15" });
  });

  it("does not move the due date for a pause that starts after it (the file was already late)", () => {
    const result = clock({
      clockStart: "2026-01-05",
      slaDays: 2,
      pauses: [{ from: "2026-01-09", to: "2026-01-13" }],
      finishedOn: "2026-01-14",
      today: "2026-01-14",
    });
    expect(result).toMatchObject({ dueDate: "2026-01-07", pausedWorkingDays: 2, processingDays: 5, isOnTime: false });
  });

  it("applies the 'cuti bersama works' option to pauses too", () => {
    const result = computeSlaClock(calendarCutiWorks, {
      clockStart: "2026-03-16",
      slaDays: 3,
      pauses: [{ from: "2026-03-18", to: "2026-03-23" }], // 18 and 20 Mar are working days in this calendar
      finishedOn: null,
      today: "2026-03-23",
    });
    expect(result).toMatchObject({ pausedWorkingDays: 2, elapsedWorkingDays: 2, dueDate: "2026-03-24" });
  });

  it("rejects a bad SLA or date", () => {
    expect(() => clock({ clockStart: "2026-01-05", slaDays: -1, today: "2026-01-05" })).toThrow(/slaDays/);
    expect(() => clock({ clockStart: "2026-01-05", slaDays: 2.5, today: "2026-01-05" })).toThrow(/slaDays/);
    expect(() => clock({ clockStart: "2026-1-5", slaDays: 2, today: "2026-01-05" })).toThrow(/clockStart/);
    expect(() =>
      clock({ clockStart: "2026-01-05", slaDays: 2, today: "2026-01-05", pauses: [{ from: "x", to: null }] }),
    ).toThrow(/pause\.from/);
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
