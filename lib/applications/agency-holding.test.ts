import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar/working-days";
import { agencyStageClock } from "./agency-clock";
import { groupUnits, mostOverdue, overdueSelection, type HoldingLicenseType, type WaitingUnit } from "./agency-holding";
import { deriveApplicationFigures, type TimelineEvent } from "./timeline";

const cal = createWorkCalendar([]);
const wib = (text: string) => new Date(`${text}+07:00`);
const types = new Map<number, HoldingLicenseType>([
  [1, { id: 1, code: "PBG", agency: "Dinas PUPR", agencySlaDays: 5 }],
  [2, { id: 2, code: "SIP", agency: "Dinas Kesehatan", agencySlaDays: 3 }],
]);
const TODAY = "2026-06-12"; // Friday

describe("groupUnits", () => {
  it("gives each start day the clock of a file that entered the stage that day and was never returned", () => {
    const units = groupUnits(
      cal,
      [
        { licenseTypeId: 1, startDay: "2026-06-01", count: 4 }, // Mon: 2–5, 8–12 June = 9 working days of 5
        { licenseTypeId: 2, startDay: "2026-06-10", count: 2 }, // Wed: 11, 12 June = 2 of 3
        { licenseTypeId: 9, startDay: "2026-06-10", count: 7 }, // no agency: left out
      ],
      types,
      TODAY,
    );
    expect(units.map((u) => [u.licenseType, u.agency, u.count, u.clock.elapsedWorkingDays, u.clock.dueDate])).toEqual([
      ["PBG", "Dinas PUPR", 4, 9, "2026-06-08"],
      ["SIP", "Dinas Kesehatan", 2, 2, "2026-06-15"],
    ]);
    expect(units[0].clock).toMatchObject({ remainingWorkingDays: -4, isOverdue: true, startDay: "2026-06-01" });
    expect(units[1].clock).toMatchObject({ remainingWorkingDays: 1, isOverdue: false });
  });

  it("equals the clock replayed from the file's own timeline", () => {
    const events: TimelineEvent[] = [
      { kind: "stage", stage: "pendaftaran", at: wib("2026-05-29T08:00") },
      { kind: "stage", stage: "rekomendasi_teknis", at: wib("2026-06-01T16:45") },
    ];
    const figures = deriveApplicationFigures(
      cal,
      { fileCompleteAt: wib("2026-05-29T08:00"), slaDays: 20, feeCharged: null, tariff: null, events },
      TODAY,
    );
    expect(figures).toMatchObject({ stageStartDay: "2026-06-01", stagePauses: 0 });
    const [unit] = groupUnits(cal, [{ licenseTypeId: 1, startDay: figures.stageStartDay!, count: 1 }], types, TODAY);
    const replayed = agencyStageClock(cal, events, 5, TODAY)!;
    expect({ ...unit.clock, stageStartedAt: null }).toEqual({ ...replayed, stageStartedAt: null });
  });
});

describe("overdueSelection and mostOverdue", () => {
  const unit = (licenseTypeId: number, startDay: string, count: number) =>
    groupUnits(cal, [{ licenseTypeId, startDay, count }], types, TODAY)[0];
  // PBG from 1 June: 4 over (4 files); PBG from 3 June: 2 over (3 files); SIP from 5 June: 2 over (1 file).
  const oldest = unit(1, "2026-06-01", 4);
  const middle = unit(1, "2026-06-03", 3);
  const sip = unit(2, "2026-06-05", 1);
  const fresh = unit(2, "2026-06-11", 10); // 1 day of 3: not overdue
  const returned: WaitingUnit = { ...unit(2, "2026-06-02", 1), file: { registrationNo: "R-1" } }; // 5 over

  it("counts every overdue file and reads only the groups that can hold the first N", () => {
    const selection = overdueSelection([oldest, middle, sip, fresh, returned], 5);
    expect(selection.count).toBe(1 + 4 + 3 + 1);
    // R-1 (−5) and the four of 1 June (−4) are the first five: the threshold is −4, so only that group is read.
    expect(selection.groups).toEqual([oldest]);
    // With 6: the threshold is −2 and both groups at −2 are read too.
    expect(overdueSelection([oldest, middle, sip, fresh, returned], 6).groups).toEqual([oldest, middle, sip]);
    expect(overdueSelection([fresh], 5)).toEqual({ count: 0, groups: [] });
  });

  it("lists the most overdue first, then the earliest into the stage, then by number", () => {
    const files = [
      { unit: middle, registrationNo: "M-2", stageStartedAt: wib("2026-06-03T09:00") },
      { unit: sip, registrationNo: "S-1", stageStartedAt: wib("2026-06-05T08:00") },
      { unit: middle, registrationNo: "M-1", stageStartedAt: wib("2026-06-03T09:00") },
      { unit: oldest, registrationNo: "O-1", stageStartedAt: wib("2026-06-01T10:00") },
      { unit: returned, registrationNo: "R-1", stageStartedAt: wib("2026-06-02T10:00") },
      { unit: fresh, registrationNo: "F-1", stageStartedAt: wib("2026-06-11T10:00") },
    ];
    expect(mostOverdue(files, 4)).toEqual([
      {
        registrationNo: "R-1",
        licenseType: "SIP",
        agency: "Dinas Kesehatan",
        startDay: "2026-06-02",
        dueDate: "2026-06-05",
        daysOver: 5,
      },
      {
        registrationNo: "O-1",
        licenseType: "PBG",
        agency: "Dinas PUPR",
        startDay: "2026-06-01",
        dueDate: "2026-06-08",
        daysOver: 4,
      },
      {
        registrationNo: "M-1",
        licenseType: "PBG",
        agency: "Dinas PUPR",
        startDay: "2026-06-03",
        dueDate: "2026-06-10",
        daysOver: 2,
      },
      {
        registrationNo: "M-2",
        licenseType: "PBG",
        agency: "Dinas PUPR",
        startDay: "2026-06-03",
        dueDate: "2026-06-10",
        daysOver: 2,
      },
    ]);
  });
});
