import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { rawStatements } from "../support/raw-statements";
import { registerApplication, recordApplicationAction } from "@/lib/applications/applications-store";
import { getProcessingSummary } from "@/lib/applications/processing-summary-queries";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { getProcessingBreakdown } from "@/lib/applications/breakdown-queries";
import { getAgencyPerformance } from "@/lib/applications/agency-performance-queries";
import { getInvestmentDashboard } from "@/lib/investment/dashboard";
import { dashboardFilter } from "@/lib/investment/filter";
import { upsertHoliday } from "@/lib/calendar/calendar-store";
import type { Actor } from "@/lib/users/user-store";

// Issue 15: the processing summary and dashboard, agency performance and the investment dashboard keep their
// roll-up figures under the change counters of the tables they read (lib/kpi/versioned-cache-queries.ts): an unchanged
// database serves the kept figures, and finishing a file, an investment application, a licence type or a holiday
// edit shows on the next read; the open files are kept under the applications' counter and today's date. June 2037 holds only this file's files; today is
// Tuesday 30 June 2037 (no holiday list for 2037 until this file adds one: weekends only).
const now = new Date("2037-06-30T05:00:00Z");
const wib = (text: string) => new Date(`${text}+07:00`);
const officer: Actor = { id: null, label: "petugas-cache5", role: "OFFICER" };
const admin: Actor = { id: null, label: "admin-cache5", role: "ADMIN" };
let agencyType: number;
const june = () => ({ from: "2037-06-01", to: "2037-06-30", licenseTypeId: agencyType });

beforeAll(async () => {
  const db = getDb();
  ({ id: agencyType } = await db.licenseType.create({
    data: {
      code: "C5-AG",
      name: "Izin Uji Cache",
      nameEn: "Cache test licence",
      slaDays: 20,
      tariff: 0,
      agency: "Dinas Uji Cache",
      agencySlaDays: 3,
      requirements: "KTP pemohon",
    },
  }));
  await db.licenseType.create({
    data: {
      code: "C5-BIZ",
      name: "Izin Usaha Uji Cache",
      nameEn: "Cache test business licence",
      slaDays: 5,
      tariff: 0,
      isBusiness: true,
      agency: "",
      requirements: "NIB",
    },
  });
});

// Archived afterwards, so the public licence type list other tests check stays the seeded one; the 2037 holiday
// list is removed.
afterAll(async () => {
  const db = getDb();
  await db.licenseType.updateMany({ where: { code: { in: ["C5-AG", "C5-BIZ"] } }, data: { active: false } });
  await db.holiday.deleteMany({ where: { date: { gte: "2037-01-01", lte: "2037-12-31" } } });
  await db.holidayYear.deleteMany({ where: { year: 2037 } });
});

const register = (registrationNo: string, licenseType: string, day: string, extra: Record<string, string> = {}) =>
  registerApplication(
    {
      registrationNo,
      licenseType,
      applicantName: "Pemohon Cache",
      applicantKind: licenseType === "C5-BIZ" ? "business" : "individual",
      kelurahan: "35.71.02.1010",
      feeCharged: "0",
      ...extra,
    },
    officer,
    wib(`${day}T08:00`),
  );
const act = (no: string, action: Parameters<typeof recordApplicationAction>[1], day: string) =>
  recordApplicationAction(no, action, officer, wib(`${day}T09:00`));

describe("the processing figures kept under change counters", () => {
  it("show a finished file, a licence type edit and a holiday edit on the next read", async () => {
    const empty = await getProcessingSummary(june(), now);
    expect(empty).toMatchObject({ completed: 0, backlog: 0 });
    expect(empty.calendarWarnings.map((warning) => [warning.code, warning.year])).toEqual([["HOLIDAYS_MISSING", 2037]]);
    const again = await getProcessingSummary(june(), now);
    expect(again.byStage).toBe(empty.byStage);
    expect(again.byLicenseType).toBe(empty.byLicenseType);
    const dashboard = await getProcessingDashboard(june(), now);
    expect(dashboard.summary.byStage).toBe(empty.byStage);

    // Registered Mon 1 June: open now (read afresh) and overdue today (due 20 working days later, Mon 29 June);
    // nothing finished, so the kept figures stay.
    await register("C5-1", "C5-AG", "2037-06-01");
    const open = await getProcessingSummary(june(), now);
    expect(open).toMatchObject({ completed: 0, backlog: 1, overdue: 1 });
    expect(open.byStage).toBe(empty.byStage);
    expect((await getProcessingDashboard(june(), now)).aging).toMatchObject({ total: 1, overdueCount: 1 });

    // Recommendation from Tue 2 June (day 0) to Mon 8 June: 4 working days; handed over Wed 10 June (7 working days
    // from Mon 1 June, day 0).
    await act("C5-1", { kind: "stage", stage: "verifikasi" }, "2037-06-01");
    await act("C5-1", { kind: "stage", stage: "rekomendasi_teknis" }, "2037-06-02");
    await act("C5-1", { kind: "stage", stage: "penetapan" }, "2037-06-08");
    await act("C5-1", { kind: "handover" }, "2037-06-10");
    const finished = await getProcessingSummary(june(), now);
    expect(finished).toMatchObject({ completed: 1, onTime: 1, medianDays: 7, backlog: 0 });
    expect(finished.byLicenseType).toEqual([expect.objectContaining({ licenseType: "C5-AG", completed: 1 })]);
    const afterDashboard = await getProcessingDashboard(june(), now);
    expect(afterDashboard.throughput).toEqual([{ month: "2037-06", completed: 1, onTime: 1, onTimeRate: 1 }]);

    // The per-counter and per-officer breakdowns: kept (only the counters are read) until their roll-ups change.
    const breakdownFilter = { ...june(), kecamatanCode: null };
    const byCounter = await getProcessingBreakdown(breakdownFilter, "counter");
    expect(byCounter).toEqual([expect.objectContaining({ key: "", completed: 1, onTime: 1, meanDays: 7 })]);
    expect(await rawStatements(() => getProcessingBreakdown(breakdownFilter, "counter"))).toBe(1);
    expect(await getProcessingBreakdown(breakdownFilter, "counter")).toBe(byCounter);

    // The open files are kept too, until an application is written: a second read sends only the counters' query;
    // the next day is another key (lateness is counted to today).
    expect(await rawStatements(() => getProcessingDashboard(june(), now))).toBe(1);
    expect(await rawStatements(() => getProcessingDashboard(june(), wib("2037-07-01T08:00")))).toBeGreaterThan(1);
    // Another file registered Mon 1 June shows on the next read, overdue today like the first one was.
    await register("C5-3", "C5-AG", "2037-06-01");
    expect((await getProcessingDashboard(june(), now)).aging).toMatchObject({ total: 1, overdueCount: 1 });
    expect(await getProcessingSummary(june(), now)).toMatchObject({ backlog: 1, overdue: 1 });
    // A step that finishes nothing (no roll-up is written) shows too: the overdue file is back with the applicant.
    const overdueStatus = async () =>
      (await getProcessingDashboard(june(), now)).overdueList.find((row) => row.registrationNo === "C5-3")?.status;
    expect(await overdueStatus()).toBe("in_process");
    await act("C5-3", { kind: "pause", note: "Lengkapi KTP" }, "2037-06-30");
    expect(await overdueStatus()).toBe("returned");

    // Agency performance: 4 working days against the agency's SLA of 3, kept until the licence type changes.
    const agency = async () =>
      (await getAgencyPerformance(june(), now)).rows.find((r) => r.agency === "Dinas Uji Cache");
    expect(await agency()).toMatchObject({ completed: 1, withinSla: 0, medianDays: 4 });
    // Kept: the stage groups and what the agencies hold; only the change counters are read again.
    const fresh = await rawStatements(() => getAgencyPerformance({ ...june(), kecamatanCode: "35.71.02" }, now));
    const kept = await rawStatements(() => getAgencyPerformance({ ...june(), kecamatanCode: "35.71.02" }, now));
    expect(fresh).toBeGreaterThan(kept);
    expect(kept).toBe(1);
    await getDb().licenseType.update({ where: { code: "C5-AG" }, data: { agencySlaDays: 5 } });
    expect(await agency()).toMatchObject({ completed: 1, withinSla: 1, withinSlaRate: 1 });

    // A holiday in 2037: the list becomes provisional (the warnings are read afresh; the kept figures stay).
    const edited = await getProcessingSummary(june(), now);
    await upsertHoliday({ date: "2037-08-17", kind: "libur_nasional", name: "HUT RI" }, admin);
    const warned = await getProcessingSummary(june(), now);
    expect(warned.calendarWarnings.map((warning) => [warning.code, warning.year])).toEqual([
      ["HOLIDAYS_PROVISIONAL", 2037],
    ]);
    expect(warned.byStage).toBe(edited.byStage);

    // A second file, finished on Tue 30 June, shows in the kept breakdown's next read.
    const before = await getProcessingBreakdown(breakdownFilter, "counter");
    await act("C5-3", { kind: "resume" }, "2037-06-30");
    await act("C5-3", { kind: "stage", stage: "penetapan" }, "2037-06-30");
    await act("C5-3", { kind: "handover" }, "2037-06-30");
    const after = await getProcessingBreakdown(breakdownFilter, "counter");
    expect(after).not.toBe(before);
    expect(after).toEqual([expect.objectContaining({ key: "", completed: 2 })]);
  });

  it("show an issued investment on the investment dashboard's next read", async () => {
    const filter = dashboardFilter({}, "2037-06-30").filter;
    const before = await getInvestmentDashboard(filter);
    expect((await getInvestmentDashboard(filter)).trend).toBe(before.trend);

    await register("C5-2", "C5-BIZ", "2037-06-15", {
      investmentValue: "2500000",
      investmentCurrency: "IDR",
      workersLocal: "6",
      workersForeign: "0",
      kbli: "10792",
      kbliVersion: "2020",
      origin: "PMDN",
    });
    await act("C5-2", { kind: "stage", stage: "penetapan" }, "2037-06-16");
    await act("C5-2", { kind: "handover" }, "2037-06-17");
    const after = await getInvestmentDashboard(filter);
    expect(after.trend).not.toBe(before.trend);
    expect(after.trend.totals.investment - before.trend.totals.investment).toBe(2_500_000n);
    expect(after.trend.totals.workers - before.trend.totals.workers).toBe(6);
    expect(after.target.actual.projects - before.target.actual.projects).toBe(1);
    expect(after.largest.map((project) => project.registrationNo)).toContain("C5-2");
  });
});
