import { describe, expect, it } from "vitest";
import { createWorkCalendar, type HolidayEntry } from "../calendar/working-days";
import { loadHolidaySeed } from "../reference/reference-data";
import { agencyStageClock } from "./agency-clock";
import { deriveApplicationFigures, type TimelineEvent } from "./timeline";

const weekendsOnly = createWorkCalendar([]);
const withHolidays = createWorkCalendar(loadHolidaySeed() as HolidayEntry[]);
const wib = (text: string) => new Date(`${text}+07:00`);
const stage = (name: string, at: string): TimelineEvent => ({ kind: "stage", stage: name, at: wib(at) });

const intoRecommendation = [
  stage("pendaftaran", "2026-05-29T08:00"),
  stage("verifikasi", "2026-05-29T09:00"),
  stage("rekomendasi_teknis", "2026-06-01T10:00"), // Monday: day 0 of the agency clock
];

describe("agencyStageClock", () => {
  it("counts working days from the day the file entered the stage: Mon + 5 → due Mon 8 June", () => {
    // Tue 2 .. Fri 5 June = 4 working days; 1 left; not overdue.
    expect(agencyStageClock(weekendsOnly, intoRecommendation, 5, "2026-06-05")).toMatchObject({
      startDay: "2026-06-01",
      endDay: null,
      dueDate: "2026-06-08",
      elapsedWorkingDays: 4,
      remainingWorkingDays: 1,
      isOverdue: false,
      isWithinSla: true,
    });
    // Tue 9 June: 4 + Mon 8 + Tue 9 = 6 working days, one over; overdue since the due day has passed.
    expect(agencyStageClock(weekendsOnly, intoRecommendation, 5, "2026-06-09")).toMatchObject({
      elapsedWorkingDays: 6,
      remainingWorkingDays: -1,
      isOverdue: true,
      isWithinSla: false,
    });
  });

  it("days with the file back at the applicant do not count; the stage ends on the next stage's day", () => {
    const events: TimelineEvent[] = [
      ...intoRecommendation,
      { kind: "pause", stage: "rekomendasi_teknis", at: wib("2026-06-03T15:00"), note: "Gambar kurang" },
      { kind: "resume", stage: "rekomendasi_teknis", at: wib("2026-06-08T08:30") },
      stage("penetapan", "2026-06-10T11:00"),
    ];
    // (1 June, 10 June] = 2, 3, 4, 5, 8, 9, 10 June = 7 working days; 3, 4, 5 June paused → 4 days with the agency.
    const clock = agencyStageClock(weekendsOnly, events, 5, "2026-06-30");
    expect(clock).toMatchObject({ endDay: "2026-06-10", elapsedWorkingDays: 4, isOverdue: false, isWithinSla: true });
    // The same count as the stage duration stored with the event.
    const figures = deriveApplicationFigures(
      weekendsOnly,
      { fileCompleteAt: wib("2026-05-29T08:00"), slaDays: 20, feeCharged: null, tariff: null, events },
      "2026-06-30",
    );
    expect(figures.eventDurations[2]).toBe(4);
  });

  it("Nyepi, Idulfitri and cuti bersama (18–24 March 2026) stop the agency clock too", () => {
    const events = [stage("pendaftaran", "2026-03-16T08:00"), stage("rekomendasi_teknis", "2026-03-17T09:00")];
    // 3 working days after 17 March are 25, 26, 27 March.
    expect(agencyStageClock(withHolidays, events, 3, "2026-03-27")).toMatchObject({
      dueDate: "2026-03-27",
      elapsedWorkingDays: 3,
      isOverdue: false,
    });
    expect(agencyStageClock(withHolidays, events, 3, "2026-03-30")).toMatchObject({
      elapsedWorkingDays: 4,
      isOverdue: true,
    });
  });

  it("is null for a file that never entered the recommendation stage", () => {
    expect(agencyStageClock(weekendsOnly, intoRecommendation.slice(0, 2), 5, "2026-06-05")).toBeNull();
  });
});
