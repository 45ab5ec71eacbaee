import { describe, expect, it } from "vitest";
import { agencyWithinSlaPercent, summariseAgencyPerformance } from "./agency-performance";

const HEALTH = "Dinas Kesehatan";
const WORKS = "Dinas PUPR";
const SATPOL = "Satpol PP";
const licenseTypes = [
  { id: 1, agency: WORKS, agencySlaDays: 3 },
  { id: 2, agency: WORKS, agencySlaDays: 10 },
  { id: 3, agency: HEALTH, agencySlaDays: 5 },
  { id: 4, agency: SATPOL, agencySlaDays: 2 },
];
const groups = [
  { licenseTypeId: 1, durationDays: 2, count: 3 },
  { licenseTypeId: 1, durationDays: 4, count: 1 },
  { licenseTypeId: 2, durationDays: 9, count: 2 },
  { licenseTypeId: 2, durationDays: 12, count: 1 },
  { licenseTypeId: 3, durationDays: 5, count: 4 },
  { licenseTypeId: 3, durationDays: 6, count: 1 },
  { licenseTypeId: 99, durationDays: 1, count: 7 }, // a licence type that no longer exists: ignored
];
const waiting = [
  { agency: WORKS, elapsedWorkingDays: 3, isOverdue: false },
  { agency: WORKS, elapsedWorkingDays: 11, isOverdue: true },
  { agency: SATPOL, elapsedWorkingDays: 1, isOverdue: false },
];

describe("summariseAgencyPerformance", () => {
  const rows = summariseAgencyPerformance(groups, licenseTypes, waiting);

  it("PUPR: 2,2,2,4,9,9,12 working days → P50 4, P90 12, mean 40/7; within SLA 3 (≤3 of type 1) + 2 (≤10 of type 2)", () => {
    expect(rows.find((row) => row.agency === WORKS)).toEqual({
      agency: WORKS,
      completed: 7,
      withinSla: 5,
      withinSlaRate: 5 / 7,
      medianDays: 4,
      p90Days: 12,
      meanDays: 5.71,
      waiting: 2,
      overdue: 1,
      oldestWaitingDays: 11,
    });
  });

  it("Kesehatan: 5,5,5,5,6 → P50 5, P90 6 (rank ⌈4,5⌉ = 5), mean 5,2; four of five within 5 days", () => {
    expect(rows.find((row) => row.agency === HEALTH)).toMatchObject({
      completed: 5,
      withinSla: 4,
      withinSlaRate: 0.8,
      medianDays: 5,
      p90Days: 6,
      meanDays: 5.2,
      waiting: 0,
      overdue: 0,
      oldestWaitingDays: null,
    });
  });

  it("an agency with only waiting files has no times yet, and rows come in name order", () => {
    expect(rows.find((row) => row.agency === SATPOL)).toMatchObject({
      completed: 0,
      withinSlaRate: null,
      medianDays: null,
      p90Days: null,
      waiting: 1,
      oldestWaitingDays: 1,
    });
    expect(rows.map((row) => row.agency)).toEqual([HEALTH, WORKS, SATPOL]);
  });

  it("the scorecard KPI is (5 + 4) ÷ (7 + 5) = 75,0 %, null without recommendations", () => {
    expect(agencyWithinSlaPercent(rows)).toBe(75);
    expect(agencyWithinSlaPercent([])).toBeNull();
    expect(agencyWithinSlaPercent([{ completed: 3, withinSla: 2 }])).toBe(66.7);
  });
});
