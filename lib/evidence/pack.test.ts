import { describe, expect, it } from "vitest";
import { parsePeriodKey, periodsBetween } from "../periods/periods";
import { STANDARD_COMPONENTS } from "../kpi/standards-coverage";
import { buildEvidencePack, reportForQuarter, type EvidencePackInput, type PublishedReportInput } from "./pack";

const all = Object.fromEntries(STANDARD_COMPONENTS.map((c) => [c, true])) as Record<
  (typeof STANDARD_COMPONENTS)[number],
  boolean
>;
const report = (key: string, over: Partial<PublishedReportInput> = {}): PublishedReportInput => {
  const p = parsePeriodKey(key)!;
  return {
    key,
    labelId: p.labelId,
    labelEn: p.labelEn,
    from: p.from,
    to: p.to,
    publishedAt: new Date(`${p.to}T03:00:00Z`),
    version: 1,
    regulation: "PermenPANRB 14/2017",
    respondents: 400,
    population: 3000,
    requiredSample: 341,
    sampleAdequate: true,
    ikm: 85,
    grade: "B",
    ...over,
  };
};
const action = (periodKey: string, status: string, over = {}) => ({
  id: `${periodKey}-${status}`,
  periodKey,
  title: "Tindakan",
  basis: "U3 Waktu",
  owner: "Agus",
  status,
  dueDay: "2026-06-30",
  doneDay: status === "done" ? "2026-06-20" : null,
  evidenceText: "Foto",
  files: [],
  ...over,
});

const base: EvidencePackInput = {
  year: 2026,
  today: "2026-10-20",
  quarters: periodsBetween("quarter", "2026-01-01", "2026-12-31"),
  standards: [{ code: "PBG", name: "PBG", components: all, standardPublished: true }],
  maklumat: { text: "Kami sanggup…", published: true },
  reports: [report("2026-Q1"), report("2026-Q2"), report("2026-Q3")],
  followUps: [
    action("2026-Q1", "done"),
    action("2026-Q2", "done"),
    action("2026-Q3", "in_progress", { dueDay: "2026-11-30" }),
  ],
  complaints: { received: 12, resolvedWithinDeadlinePercent: 91.7, medianWorkingDaysToResolution: 3, overdueCount: 0 },
  compensation: [
    {
      id: "c",
      occurredOn: "2026-05-02",
      component: "time",
      shortfall: "SLA lewat",
      kind: "apology",
      offered: "Maaf",
      amount: null,
      status: "given",
      licenseType: "PBG",
    },
  ],
};

describe("the evidence pack", () => {
  it("a year with every report, action, standard and a compensation record is complete (Q4 has not ended)", () => {
    const pack = buildEvidencePack(base);
    expect(Object.values(pack.status).every((s) => s.isComplete)).toBe(true);
  });

  it("lists the gaps: a report without actions, a missing quarter, a small sample, a standard component, no register", () => {
    const pack = buildEvidencePack({
      ...base,
      today: "2027-01-10",
      standards: [
        { code: "SLF", name: "SLF", components: { ...all, securityGuarantee: false }, standardPublished: false },
      ],
      reports: [report("2026-Q1"), report("2026-Q2", { sampleAdequate: false, respondents: 120 }), report("2026-Q3")],
      followUps: [action("2026-Q1", "done", { evidenceText: "" }), action("2026-Q2", "planned")],
      compensation: [],
      complaints: { ...base.complaints, overdueCount: 2 },
    });
    expect(pack.status.followUp.gaps).toEqual([
      { key: "followUpNoEvidence", vars: { period: "2026-Q1", n: 1 } },
      { key: "followUpOverdue", vars: { period: "2026-Q2", n: 1 } },
      { key: "followUpNone", vars: { period: "2026-Q3" } },
    ]);
    expect(pack.status.skm.gaps).toEqual([
      { key: "skmNotPublished", vars: { period: "2026-Q4" } },
      { key: "skmSampleShort", vars: { period: "2026-Q2", respondents: 120, required: 341 } },
    ]);
    expect(pack.status.standards.gaps).toEqual([
      { key: "standardMissing", vars: { code: "SLF", components: "securityGuarantee" } },
      { key: "standardUnpublished", vars: { code: "SLF" } },
    ]);
    expect(pack.status.compensation).toEqual({
      isComplete: false,
      gaps: [{ key: "compensationNone", vars: { year: 2026 } }],
    });
    expect(pack.status.complaints.gaps).toEqual([{ key: "complaintsOverdue", vars: { n: 2 } }]);
  });

  it("a semester report covers its two quarters; a dropped action does not count as follow-up", () => {
    const q1 = base.quarters[0]!;
    const s1 = report("2026-S1");
    expect(reportForQuarter(q1, [s1])?.key).toBe("2026-S1");
    const pack = buildEvidencePack({
      ...base,
      today: "2026-07-20",
      reports: [s1],
      followUps: [action("2026-S1", "dropped")],
    });
    expect(pack.status.skm.isComplete).toBe(true);
    expect(pack.status.followUp.gaps).toEqual([{ key: "followUpNone", vars: { period: "2026-S1" } }]);
  });
});

describe("gap sentences", () => {
  it("name the missing standard components in the reader's language", async () => {
    const { gapText } = await import("./gap-text");
    const { createTranslator } = await import("../i18n/translate");
    const gap = { key: "standardMissing", vars: { code: "SLF", components: "facilities,securityGuarantee" } };
    expect(gapText(createTranslator("id", "evidence"), gap, "id")).toBe(
      "SLF: komponen belum diisi: sarana dan prasarana, jaminan keamanan dan keselamatan",
    );
    expect(
      gapText(createTranslator("id", "evidence"), { key: "followUpNone", vars: { period: "2026-Q3" } }, "id"),
    ).toBe("2026-Q3: tindak lanjut belum ada");
  });
});
