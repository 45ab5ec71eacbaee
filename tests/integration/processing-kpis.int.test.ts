import { describe, it, expect, beforeAll } from "vitest";
import { registerApplication, recordApplicationAction } from "@/lib/applications/applications-store";
import { getProcessingKpis } from "@/lib/applications/processing-kpi-queries";
import { countFinishedApplications, getProcessingSummary } from "@/lib/applications/processing-summary-queries";
import type { Actor } from "@/lib/users/user-store";

// Issue 15: the scorecard reads its processing KPIs in one pass over the roll-ups (no stage or licence-type
// breakdowns, the open files once). They must equal the processing summary's figures for any period: a whole year
// (month rows), a month and a range cut inside it (day rows). June 2029: files of this test only in that month.
const officer: Actor = { id: null, label: "petugas-kpi", role: "OFFICER" };
const wib = (text: string) => new Date(`${text}+07:00`);

async function file(registrationNo: string, finish: (no: string) => Promise<unknown>) {
  await registerApplication(
    {
      registrationNo,
      licenseType: "REKLAME",
      applicantName: "Pemohon KPI",
      applicantKind: "individual",
      kelurahan: "35.71.02.1010",
      feeCharged: "0",
    },
    officer,
    wib("2029-06-04T08:00"),
  );
  await finish(registrationNo);
}

const issueOn = (day: string) => async (no: string) => {
  await recordApplicationAction(no, { kind: "stage", stage: "penetapan" }, officer, wib(`${day}T09:00`));
  await recordApplicationAction(no, { kind: "handover" }, officer, wib(`${day}T10:00`));
};

beforeAll(async () => {
  await file("KPI-1", issueOn("2029-06-06"));
  await file("KPI-2", issueOn("2029-06-20"));
  await file("KPI-3", (no) =>
    recordApplicationAction(
      no,
      { kind: "outcome", outcome: "rejected", reason: "Tidak lengkap" },
      officer,
      wib("2029-06-08T09:00"),
    ),
  );
  await file("KPI-4", async () => undefined); // still open
});

describe("the scorecard's processing KPIs", () => {
  it("equal the processing summary's on-time rate, median, overdue and issued licences", async () => {
    const today = "2029-12-31";
    const now = new Date(`${today}T12:00:00+07:00`);
    const june = await getProcessingKpis({ from: "2029-06-01", to: "2029-06-30" }, today);
    // Three files finished in June (two issued); KPI-4 is still open at the end of the year.
    expect(june.issued).toBe(2);
    expect(june.overdue).toBeGreaterThanOrEqual(1);
    for (const period of [
      { from: "2029-01-01", to: today },
      { from: "2029-06-01", to: "2029-06-30" },
      { from: "2029-06-05", to: "2029-06-19" },
    ]) {
      const [kpis, summary, counts] = await Promise.all([
        getProcessingKpis(period, today),
        getProcessingSummary(period, now),
        countFinishedApplications(period),
      ]);
      expect(summary.completed).toBeGreaterThan(0);
      expect(kpis).toEqual({
        onTimeRate: summary.onTimeRate,
        medianDays: summary.medianDays,
        overdue: summary.overdue,
        issued: counts.issued,
      });
    }
  });
});
