import { describe, expect, it } from "vitest";
import { createWorkCalendar, type HolidayEntry } from "../calendar/working-days";
import {
  complaintDeadline,
  complaintTrend,
  extendedDeadline,
  isOverdue,
  summarizeComplaints,
  workingDaysSinceReceipt,
  type ComplaintMetricRow,
} from "./metrics";
import { DEFAULT_HANDLING_CATEGORIES } from "./handling-categories";
import { ZExtendComplaintDeadline } from "./schemas";
import { categoryCounts } from "./metrics.fixtures";

// SKB 2026 (domain reference §6), the rows that matter for January–March.
const HOLIDAYS_2026: HolidayEntry[] = [
  { date: "2026-01-01", kind: "libur_nasional", name: "Tahun Baru" },
  { date: "2026-01-16", kind: "libur_nasional", name: "Isra Mikraj" },
  { date: "2026-02-16", kind: "cuti_bersama", name: "Cuti bersama Imlek" },
  { date: "2026-02-17", kind: "libur_nasional", name: "Imlek" },
  { date: "2026-03-18", kind: "cuti_bersama", name: "Cuti bersama Nyepi" },
  { date: "2026-03-19", kind: "libur_nasional", name: "Nyepi" },
  { date: "2026-03-20", kind: "cuti_bersama", name: "Cuti bersama Idulfitri" },
  { date: "2026-03-21", kind: "libur_nasional", name: "Idulfitri" },
  { date: "2026-03-22", kind: "libur_nasional", name: "Idulfitri" },
  { date: "2026-03-23", kind: "cuti_bersama", name: "Cuti bersama Idulfitri" },
  { date: "2026-03-24", kind: "cuti_bersama", name: "Cuti bersama Idulfitri" },
];
const cal = createWorkCalendar(HOLIDAYS_2026);

describe("complaintDeadline (5 working days)", () => {
  it.each([
    ["2026-02-02", "2026-02-09"], // Monday → next Monday
    ["2026-02-10", "2026-02-19"], // over cuti bersama 16 Feb and Imlek 17 Feb
    ["2026-01-09", "2026-01-19"], // Friday, over Isra Mikraj 16 Jan
    ["2026-01-10", "2026-01-19"], // Saturday: same deadline as the Friday before
    ["2026-03-17", "2026-03-31"], // Nyepi + Idulfitri + cuti bersama 18–24 Mar
  ])("received %s → due %s", (received, due) => {
    expect(complaintDeadline(cal, received, 5)).toBe(due);
  });
  it("counts cuti bersama as working days when the office rosters staff", () => {
    expect(
      complaintDeadline(createWorkCalendar(HOLIDAYS_2026, { cutiBersamaStopsClock: false }), "2026-03-17", 5),
    ).toBe("2026-03-25");
  });
  it("uses the configured number of days and rejects 0", () => {
    expect(complaintDeadline(cal, "2026-02-02", 10)).toBe("2026-02-18"); // 3–13 Feb = 9, then 16 cb and 17 Imlek closed
    expect(() => complaintDeadline(cal, "2026-02-02", 0)).toThrow(RangeError);
  });
});

describe("working days since receipt", () => {
  it("uses the WIB date of the instant", () => {
    // 2026-02-04T20:00Z is 03:00 WIB on Thursday 5 Feb: one working day after Wednesday 4 Feb.
    expect(workingDaysSinceReceipt(cal, "2026-02-04", new Date("2026-02-04T20:00:00Z"))).toBe(1);
    expect(workingDaysSinceReceipt(cal, "2026-02-04", new Date("2026-02-04T16:59:59Z"))).toBe(0);
  });
  it("is overdue only after the deadline day, and only while open", () => {
    expect(isOverdue({ status: "new", deadlineOn: "2026-02-19" }, "2026-02-19")).toBe(false);
    expect(isOverdue({ status: "assigned", deadlineOn: "2026-02-19" }, "2026-02-20")).toBe(true);
    expect(isOverdue({ status: "answered", deadlineOn: "2026-02-19" }, "2026-02-20")).toBe(true);
    expect(isOverdue({ status: "resolved", deadlineOn: "2026-02-19" }, "2026-02-20")).toBe(false);
    expect(isOverdue({ status: "closed", deadlineOn: "2026-02-19" }, "2026-02-20")).toBe(false);
  });
});

// Hand-computed: see the comment on each row.
const FEBRUARY: ComplaintMetricRow[] = [
  // A: Mon 2 Feb, due 9 Feb; answered 3 Feb (1 wd), resolved 5 Feb (3 wd) → within.
  {
    category: "time",
    status: "resolved",
    receivedOn: "2026-02-02",
    deadlineOn: "2026-02-09",
    firstAnsweredAt: new Date("2026-02-03T03:00:00Z"),
    resolvedAt: new Date("2026-02-05T08:00:00Z"),
  },
  // B: Wed 4 Feb, due 11 Feb; answered 5 Feb WIB (1 wd), resolved 12 Feb (6 wd) → late.
  {
    category: "fee",
    status: "resolved",
    receivedOn: "2026-02-04",
    deadlineOn: "2026-02-11",
    firstAnsweredAt: new Date("2026-02-04T20:00:00Z"),
    resolvedAt: new Date("2026-02-12T02:00:00Z"),
  },
  // C: Tue 10 Feb, due 19 Feb; nothing yet → overdue on 20 Feb.
  {
    category: "behaviour",
    status: "new",
    receivedOn: "2026-02-10",
    deadlineOn: "2026-02-19",
    firstAnsweredAt: null,
    resolvedAt: null,
  },
  // D: Fri 13 Feb, due 24 Feb; answered 18 Feb (16 cb, 17 Imlek → 1 wd); open, not overdue.
  {
    category: "behaviour",
    status: "answered",
    receivedOn: "2026-02-13",
    deadlineOn: "2026-02-24",
    firstAnsweredAt: new Date("2026-02-18T01:00:00Z"),
    resolvedAt: null,
  },
  // E: Sat 14 Feb, due 24 Feb; answered and resolved on cuti bersama 16 Feb (0 wd) → within.
  {
    category: "other",
    status: "closed",
    receivedOn: "2026-02-14",
    deadlineOn: "2026-02-24",
    firstAnsweredAt: new Date("2026-02-16T05:00:00Z"),
    resolvedAt: new Date("2026-02-16T05:00:00Z"),
  },
];
// F: Fri 30 Jan, due 6 Feb; resolved 23:59 WIB on 6 Feb (5 wd) → within.
const JANUARY: ComplaintMetricRow[] = [
  {
    category: "requirements",
    status: "resolved",
    receivedOn: "2026-01-30",
    deadlineOn: "2026-02-06",
    firstAnsweredAt: new Date("2026-02-02T02:00:00Z"),
    resolvedAt: new Date("2026-02-06T16:59:00Z"),
  },
];

describe("summarizeComplaints", () => {
  it("matches the hand computation", () => {
    expect(summarizeComplaints(cal, FEBRUARY, "2026-02-20")).toEqual({
      received: 5,
      byCategory: categoryCounts({ time: 1, fee: 1, behaviour: 2, other: 1 }),
      byStatus: { new: 1, assigned: 0, answered: 1, resolved: 2, closed: 1 },
      answered: 4,
      resolved: 3,
      overdue: 1,
      medianWorkingDaysToFirstAnswer: 1, // [0, 1, 1, 1]
      medianWorkingDaysToResolution: 3, // [0, 3, 6]
      resolvedWithinDeadline: 2, // A, E
      deadlineDecided: 4, // A, B, E resolved + C overdue
      resolvedWithinDeadlinePercent: 50,
      extended: 0,
      resolvedWithinExtendedDeadline: 2,
      notOurService: 0,
      byHandlingCategory: {
        none: { received: 5, resolvedWithinDeadline: 2, deadlineDecided: 4, resolvedWithinDeadlinePercent: 50 },
      },
    });
  });
  it("leaves open complaints inside their deadline out of the percentage", () => {
    const s = summarizeComplaints(cal, FEBRUARY, "2026-02-19"); // C not overdue yet
    expect(s.overdue).toBe(0);
    expect(s.deadlineDecided).toBe(3);
    expect(s.resolvedWithinDeadlinePercent).toBe(66.7);
  });
  it("gives nulls for an empty period", () => {
    const s = summarizeComplaints(cal, [], "2026-02-20");
    expect(s.received).toBe(0);
    expect(s.medianWorkingDaysToFirstAnswer).toBeNull();
    expect(s.medianWorkingDaysToResolution).toBeNull();
    expect(s.resolvedWithinDeadlinePercent).toBeNull();
  });
});

describe("complaintTrend", () => {
  it("summarizes month by month of receipt", () => {
    expect(complaintTrend(cal, [...FEBRUARY, ...JANUARY], "2026-02-20")).toEqual([
      { month: "2026-01", received: 1, medianWorkingDaysToResolution: 5, resolvedWithinDeadlinePercent: 100 },
      { month: "2026-02", received: 5, medianWorkingDaysToResolution: 3, resolvedWithinDeadlinePercent: 50 },
    ]);
  });
});

describe("handling categories and extensions (issue 13)", () => {
  const days = Object.fromEntries(DEFAULT_HANDLING_CATEGORIES.map((c) => [c.code, c.deadlineDays]));

  it("seeds the tiers of reference §9: information 2, ordinary 5, field check 14, cross-agency 60; ordinary is the default", () => {
    expect(days).toEqual({ informasi: 2, biasa: 5, cek_lapangan: 14, lintas_instansi: 60 });
    expect(DEFAULT_HANDLING_CATEGORIES.filter((c) => c.isDefault).map((c) => c.code)).toEqual(["biasa"]);
  });

  it.each([
    // Mon 2 Feb 2026: +2 → Wed 4 Feb; +5 → Mon 9 Feb; +14 → 3–13 Feb = 9, 16 cb + 17 Imlek closed, 18–20, 23, 24 → Tue 24 Feb.
    ["informasi", "2026-02-02", "2026-02-04"],
    ["biasa", "2026-02-02", "2026-02-09"],
    ["cek_lapangan", "2026-02-02", "2026-02-24"],
    // Tue 17 Mar 2026 + 14: 18–24 Mar closed, 25–27 (3), 30 Mar–3 Apr minus Good Friday 3 Apr (4), 6–10 Apr (5), 13, 14 → Tue 14 Apr.
    ["cek_lapangan", "2026-03-17", "2026-04-14"],
  ])("category %s received %s → due %s", (code, received, due) => {
    expect(
      complaintDeadline(
        createWorkCalendar([
          ...HOLIDAYS_2026,
          { date: "2026-04-03", kind: "libur_nasional", name: "Wafat Yesus Kristus" },
        ]),
        received,
        days[code],
      ),
    ).toBe(due);
  });

  it("extends from the deadline in force: 9 Feb + 5 → 18 Feb (16 cb, 17 Imlek); needs a reason of 10 characters", () => {
    expect(extendedDeadline(cal, "2026-02-09", 5)).toBe("2026-02-18");
    expect(() => extendedDeadline(cal, "2026-02-09", 0)).toThrow(RangeError);
    expect(ZExtendComplaintDeadline.safeParse({ complaintId: "x", extraDays: "5", reason: "perlu" }).success).toBe(
      false,
    );
    expect(
      ZExtendComplaintDeadline.safeParse({ complaintId: "x", extraDays: "61", reason: "menunggu jawaban dinas teknis" })
        .success,
    ).toBe(false);
    expect(
      ZExtendComplaintDeadline.parse({ complaintId: "x", extraDays: "5", reason: "  menunggu jawaban dinas teknis " }),
    ).toEqual({ complaintId: "x", extraDays: 5, reason: "menunggu jawaban dinas teknis" });
  });

  it("judges against the original deadline: an extension shows, but a late resolution stays late", () => {
    const rows: ComplaintMetricRow[] = [
      // G: biasa, received Mon 2 Feb, original 9 Feb, extended +5 → 18 Feb, resolved 12 Feb → late by the original, within the extension.
      {
        category: "time",
        status: "resolved",
        receivedOn: "2026-02-02",
        deadlineOn: "2026-02-18",
        originalDeadlineOn: "2026-02-09",
        handlingCategory: "biasa",
        verification: "ours",
        extendedAt: new Date("2026-02-06T03:00:00Z"),
        firstAnsweredAt: new Date("2026-02-03T03:00:00Z"),
        resolvedAt: new Date("2026-02-12T03:00:00Z"),
      },
      // H: informasi, received Mon 2 Feb, due Wed 4 Feb, resolved 4 Feb → within.
      {
        category: "procedure",
        status: "resolved",
        receivedOn: "2026-02-02",
        deadlineOn: "2026-02-04",
        originalDeadlineOn: "2026-02-04",
        handlingCategory: "informasi",
        verification: "ours",
        firstAnsweredAt: new Date("2026-02-04T03:00:00Z"),
        resolvedAt: new Date("2026-02-04T05:00:00Z"),
      },
      // I: cek_lapangan, received 2 Feb, original 24 Feb, extended to 3 Mar, still open on 25 Feb → overdue by the original.
      {
        category: "facilities",
        status: "assigned",
        receivedOn: "2026-02-02",
        deadlineOn: "2026-03-03",
        originalDeadlineOn: "2026-02-24",
        handlingCategory: "cek_lapangan",
        verification: "ours",
        extendedAt: new Date("2026-02-20T03:00:00Z"),
        firstAnsweredAt: null,
        resolvedAt: null,
      },
      // J: not about this office (a road repair): received, then closed with a referral; left out of the figures.
      {
        category: "other",
        status: "closed",
        receivedOn: "2026-02-03",
        deadlineOn: "2026-02-10",
        originalDeadlineOn: "2026-02-10",
        handlingCategory: "biasa",
        verification: "not_ours",
        firstAnsweredAt: new Date("2026-02-03T03:00:00Z"),
        resolvedAt: null,
      },
    ];
    const s = summarizeComplaints(cal, rows, "2026-02-25");
    expect(s).toMatchObject({
      received: 4,
      notOurService: 1,
      answered: 2, // G, H (J left out)
      resolved: 2,
      overdue: 1, // I, by its original deadline 24 Feb (its extended one is 3 Mar)
      resolvedWithinDeadline: 1, // H only: G was resolved after its original deadline
      deadlineDecided: 3,
      resolvedWithinDeadlinePercent: 33.3,
      extended: 2,
      resolvedWithinExtendedDeadline: 2, // G and H
      byHandlingCategory: {
        biasa: { received: 1, resolvedWithinDeadline: 0, deadlineDecided: 1, resolvedWithinDeadlinePercent: 0 },
        informasi: { received: 1, resolvedWithinDeadline: 1, deadlineDecided: 1, resolvedWithinDeadlinePercent: 100 },
        cek_lapangan: { received: 1, resolvedWithinDeadline: 0, deadlineDecided: 1, resolvedWithinDeadlinePercent: 0 },
      },
    });
    // The operational flag uses the deadline in force: I is not overdue for the handler until after 3 March.
    expect(isOverdue(rows[2], "2026-02-25")).toBe(false);
  });
});
