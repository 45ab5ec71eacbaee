import { describe, expect, it } from "vitest";
import { createWorkCalendar, type HolidayEntry } from "../calendar/working-days";
import { loadHolidaySeed } from "../reference/reference-data";
import { checkNextEvent, deriveApplicationFigures, replayTimeline, type TimelineEvent } from "./timeline";

const holidays = loadHolidaySeed() as HolidayEntry[];
const cal = createWorkCalendar(holidays);
const wib = (text: string) => new Date(`${text}+07:00`);
const stage = (name: string, at: string): TimelineEvent => ({ kind: "stage", stage: name, at: wib(at) });
/** A file complete on Monday 2 March 2026 08:00 WIB with a 5-working-day SLA and no fee, as of `today`. */
const fiveDaySla = (events: TimelineEvent[], today: string) =>
  deriveApplicationFigures(
    cal,
    { fileCompleteAt: wib("2026-03-02T08:00"), slaDays: 5, feeCharged: null, tariff: 0, events },
    today,
  );

describe("deriveApplicationFigures", () => {
  it("Nyepi + Idulfitri + cuti bersama 18–24 March 2026 push a 3-day SLA to 27 March", () => {
    const events = [stage("pendaftaran", "2026-03-17T09:00"), stage("verifikasi", "2026-03-17T10:00")];
    const open = deriveApplicationFigures(
      cal,
      { fileCompleteAt: wib("2026-03-17T09:00"), slaDays: 3, feeCharged: 0, tariff: 0, events },
      "2026-03-25",
    );
    expect(open).toMatchObject({
      status: "in_process",
      currentStage: "verifikasi",
      clockStartDay: "2026-03-17",
      dueDate: "2026-03-27",
      processingDays: null,
      isOnTime: null,
      pausedDays: 0,
      isFeeDiscrepant: false,
    });
    const finished = deriveApplicationFigures(
      cal,
      {
        fileCompleteAt: wib("2026-03-17T09:00"),
        slaDays: 3,
        feeCharged: 50_000,
        tariff: 0,
        events: [
          ...events,
          stage("penetapan", "2026-03-25T08:00"),
          stage("penyerahan", "2026-03-26T08:00"),
          { kind: "outcome", stage: "issued", at: wib("2026-03-26T09:00") },
        ],
      },
      "2026-04-30",
    );
    // Working days after 17 March: 25, 26 → 2 days, within 3.
    expect(finished).toMatchObject({
      status: "issued",
      finishedDay: "2026-03-26",
      processingDays: 2,
      isOnTime: true,
      isFeeDiscrepant: true,
    });
    expect(finished.eventDurations).toEqual([0, 1, 1, 0, null]);
  });

  it("a return to the applicant stops the clock and extends the due date", () => {
    const events: TimelineEvent[] = [
      stage("pendaftaran", "2026-03-02T08:00"),
      stage("verifikasi", "2026-03-02T10:00"),
      { kind: "pause", stage: "verifikasi", at: wib("2026-03-03T09:00") },
      { kind: "resume", stage: "verifikasi", at: wib("2026-03-05T09:00") },
      stage("rekomendasi_teknis", "2026-03-06T09:00"),
      stage("penetapan", "2026-03-09T09:00"),
      stage("penyerahan", "2026-03-10T09:00"),
      { kind: "outcome", stage: "issued", at: wib("2026-03-10T10:00") },
    ];
    const f = fiveDaySla(events, "2026-03-31");
    // 3 and 4 March paused; due = 5 working days after 4 March = 11 March; elapsed = 6 − 2 = 4.
    expect(f).toMatchObject({
      dueDate: "2026-03-11",
      pausedDays: 2,
      processingDays: 4,
      isOnTime: true,
      pausedSince: null,
      isFeeDiscrepant: false,
    });
    expect(f.eventDurations).toEqual([0, 2, null, null, 1, 1, 0, null]);
  });

  it("an open return keeps pausedSince and the due date of the closed pauses", () => {
    const events: TimelineEvent[] = [
      stage("pendaftaran", "2026-03-02T08:00"),
      { kind: "pause", stage: "pendaftaran", at: wib("2026-03-04T09:00") },
    ];
    const f = fiveDaySla(events, "2026-03-20");
    expect(f).toMatchObject({ status: "returned", pausedSince: "2026-03-04", dueDate: "2026-03-09", pausedDays: 0 });
  });

  it("crosses the year boundary (Natal, cuti bersama 26 Dec 2025, Tahun Baru 2026)", () => {
    const events = [stage("pendaftaran", "2025-12-23T08:00")];
    const input = { fileCompleteAt: wib("2025-12-23T08:00"), slaDays: 5, feeCharged: null, tariff: null, events };
    expect(deriveApplicationFigures(cal, input, "2025-12-23").dueDate).toBe("2026-01-02");
    const noCuti = createWorkCalendar(holidays, { cutiBersamaStopsClock: false });
    expect(deriveApplicationFigures(noCuti, input, "2025-12-23").dueDate).toBe("2025-12-31");
  });

  it("a file withdrawn while returned ends its pause on the finishing day", () => {
    const events: TimelineEvent[] = [
      stage("pendaftaran", "2026-03-02T08:00"),
      { kind: "pause", stage: "pendaftaran", at: wib("2026-03-03T09:00") },
      { kind: "outcome", stage: "withdrawn", at: wib("2026-03-06T09:00") },
    ];
    const f = fiveDaySla(events, "2026-03-31");
    // (2 Mar, 6 Mar] = 3, 4, 5, 6; paused 3, 4, 5 → 1 working day.
    expect(f).toMatchObject({ status: "withdrawn", pausedDays: 3, processingDays: 1, isOnTime: true });
  });
});

describe("stage order", () => {
  const base = {
    status: "in_process" as const,
    currentStage: "rekomendasi_teknis" as const,
    lastAt: wib("2026-03-05T09:00"),
  };
  it.each([
    [stage("verifikasi", "2026-03-06T09:00"), "tidak boleh dicatat setelah rekomendasi_teknis"],
    [stage("rekomendasi_teknis", "2026-03-06T09:00"), "tidak boleh dicatat setelah rekomendasi_teknis"],
    [stage("penyerahan", "2026-03-06T09:00"), "Penyerahan hanya setelah penetapan"],
    [
      { kind: "outcome", stage: "issued", at: wib("2026-03-06T09:00") } as TimelineEvent,
      "Izin terbit dicatat saat penyerahan",
    ],
    [stage("penetapan", "2026-03-04T09:00"), "lebih awal dari kejadian sebelumnya"],
    [{ kind: "resume", stage: "", at: wib("2026-03-06T09:00") } as TimelineEvent, "tidak sedang dikembalikan"],
    [stage("bogus", "2026-03-06T09:00"), "Tahap tidak dikenal"],
  ])("rejects %#", (event, message) => {
    expect(checkNextEvent(base, event)).toContain(message);
  });
  it("allows skipping the field visit and recording a rejection at any stage", () => {
    expect(
      checkNextEvent({ ...base, currentStage: "verifikasi" }, stage("rekomendasi_teknis", "2026-03-06T09:00")),
    ).toBeNull();
    expect(checkNextEvent(base, { kind: "outcome", stage: "rejected", at: wib("2026-03-06T09:00") })).toBeNull();
  });
  it("refuses a stage while the file is with the applicant and anything after the outcome", () => {
    expect(checkNextEvent({ ...base, status: "returned" }, stage("penetapan", "2026-03-06T09:00"))).toContain(
      "dikembalikan",
    );
    expect(checkNextEvent({ ...base, status: "issued" }, stage("penetapan", "2026-03-06T09:00"))).toContain(
      "sudah selesai",
    );
  });
  it("replayTimeline names the first bad event", () => {
    const result = replayTimeline([
      stage("pendaftaran", "2026-03-02T08:00"),
      stage("penetapan", "2026-03-03T08:00"),
      stage("verifikasi", "2026-03-04T08:00"),
    ]);
    expect(result).toMatchObject({ ok: false, index: 2 });
    expect(replayTimeline([stage("verifikasi", "2026-03-02T08:00")])).toMatchObject({ ok: false, index: 0 });
  });
});
