import { refreshProcessingStats } from "@/lib/applications/processing-day-stat-store";
import { describe, it, expect } from "vitest";
import { getDb } from "@/lib/db/client";
import { getPublishedSkmReport, listPublishedSkmReports } from "@/lib/skm/report-queries";
import { saveSkmPopulation, saveSkmReport } from "@/lib/skm/report-store";
import { getSkmSummaryForFilter } from "@/lib/skm/summary-queries";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";

describe("SKM reports", () => {
  it("a draft is not public; publishing makes it public with its figures and plan; withdrawing hides it again", async () => {
    await insertSurveyResponsesBulk(
      [3, 4, 4].map((v, i) => ({
        questionnaire: "SKM-2017",
        submittedAt: new Date(`2034-02-0${i + 2}T03:00:00Z`),
        channel: "paper",
        answers: { U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: v, U9: v },
      })),
    );
    await saveSkmReport({ periodKey: "2034-Q1", followUpPlan: "Percepat U3", status: "DRAFT" });
    expect(await getPublishedSkmReport("2034-Q1")).toBeNull();
    await saveSkmReport({ periodKey: "2034-Q1", followUpPlan: "Percepat U3", status: "PUBLISHED" });
    const report = await getPublishedSkmReport("2034-Q1");
    expect(report).not.toBeNull();
    expect(report!.followUpPlan).toBe("Percepat U3");
    // (3+4+4)/3 × 9 × 0,111 × 25 = 91,575 → 91,58
    expect(report!.data.summary.ikm).toBe(91.58);
    expect(report!.data.summary.respondents).toBe(3);
    expect((await listPublishedSkmReports()).map((r) => r.period.key)).toContain("2034-Q1");
    await saveSkmReport({ periodKey: "2034-Q1", followUpPlan: "Percepat U3", status: "DRAFT" });
    expect(await getPublishedSkmReport("2034-Q1")).toBeNull();
    expect(await getDb().skmReport.count({ where: { periodKey: "2034-Q1" } })).toBe(1);
  });

  it("rejects custom or malformed period keys, naming the field", async () => {
    await expect(saveSkmReport({ periodKey: "2034-13", followUpPlan: "", status: "DRAFT" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { periodKey: expect.any(String) },
    });
    await expect(
      saveSkmReport({ periodKey: "2034-01-01..2034-02-01", followUpPlan: "", status: "DRAFT" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("an admin-entered population drives the sample adequacy of an exact calendar period", async () => {
    await saveSkmPopulation({ periodKey: "2034-Q1", population: 100 });
    const s = await getSkmSummaryForFilter({ from: "2034-01-01", to: "2034-03-31", questionnaire: "SKM-2017" });
    // no application was issued in 2034: the admin's figure is the population
    expect(s).toMatchObject({ population: 100, populationSource: "admin", requiredSample: 80, sampleAdequate: false });
    const custom = await getSkmSummaryForFilter({ from: "2034-01-02", to: "2034-03-31", questionnaire: "SKM-2017" });
    expect(custom.population).toBeNull();
  });
});

describe("SKM population (Krejcie–Morgan N)", () => {
  it("prefers the admin's figure; without one counts every finished transaction, not only issued permits", async () => {
    const db = getDb();
    const lt = await db.licenseType.findFirstOrThrow({ orderBy: { code: "asc" } });
    const base = {
      licenseTypeId: lt.id,
      applicantKind: "individual",
      submittedAt: new Date("2035-01-05T03:00:00Z"),
      fileCompleteAt: new Date("2035-01-05T03:00:00Z"),
      finishedAt: new Date("2035-01-20T03:00:00Z"),
      currentStage: "penyerahan",
      slaDays: 10,
      clockStartDay: "2035-01-05",
      finishedDay: "2035-01-20",
      dueDate: "2035-01-19",
    };
    await db.application.createMany({
      data: [
        { ...base, registrationNo: "POP-2035-1", status: "issued" },
        { ...base, registrationNo: "POP-2035-2", status: "issued" },
        { ...base, registrationNo: "POP-2035-3", status: "rejected" },
        { ...base, registrationNo: "POP-2035-4", status: "withdrawn" },
        // still in process: not a finished transaction
        { ...base, registrationNo: "POP-2035-5", status: "in_process", finishedAt: null, finishedDay: null },
      ].map((row) => (row.finishedDay ? { ...row, processingDays: 10, isOnTime: true } : row)),
    });
    // Rows written directly: their day aggregates as the application writers keep them.
    await db.$transaction((tx) => refreshProcessingStats(tx, ["2035-01-20"]));
    const quarter = { from: "2035-01-01", to: "2035-03-31", questionnaire: "SKM-2017" };
    expect(await getSkmSummaryForFilter(quarter)).toMatchObject({
      population: 4,
      populationSource: "applications",
      requiredSample: 4,
    });
    await saveSkmPopulation({ periodKey: "2035-Q1", population: 300 });
    expect(await getSkmSummaryForFilter(quarter)).toMatchObject({
      population: 300,
      populationSource: "admin",
      requiredSample: 169,
    });
    // a licence-type slice keeps its own count: the office-wide admin figure does not apply to it
    const slice = await getSkmSummaryForFilter({ ...quarter, licenseTypeId: lt.id });
    expect(slice).toMatchObject({ population: 4, populationSource: "applications" });
  });
});
