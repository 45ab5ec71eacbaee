import { describe, expect, it } from "vitest";
import { ELEMENT_CHANGE_332_TO_434 } from "../skm/compute-index.fixtures";
import { parseOnTimeSnapshot, parseSkmReportSnapshot, snapshotHeadline } from "./snapshot-payload";

const period = {
  key: "2026-Q2",
  kind: "quarter",
  from: "2026-04-01",
  to: "2026-06-30",
  labelId: "Triwulan II 2026",
  labelEn: "Q2 2026",
};
const summary = {
  questionnaire: "SKM-2017",
  regulation: "PermenPANRB 14/2017",
  from: "2026-04-01",
  to: "2026-06-30",
  respondents: 2508,
  hasData: true,
  elements: [
    {
      code: "U1",
      name: "Persyaratan",
      nameEn: "Requirements",
      count: 2508,
      nrr: 3.4621,
      weighted: 0.3843,
      isWeakest: false,
    },
  ],
  index: 3.462,
  ikm: 86.55,
  grade: "B",
  performance: { id: "Baik", en: "Good" },
  weight: { mode: "printed", value: 0.111 },
  population: 3100,
  populationSource: "admin",
  requiredSample: 341,
  sampleAdequate: true,
  ci95: [86.1, 87.0],
  weakest: ["U1"],
};
const report = {
  schemaVersion: 1,
  period,
  questionnaire: "SKM-2017",
  method: "2017",
  summary,
  profile: { sex: [], education: [], occupation: [], age: [] },
  followUpPlan: "Percepat U3",
};

describe("snapshot payloads", () => {
  it("an SKM report parses back as stored, with fields added by later code kept", () => {
    const parsed = parseSkmReportSnapshot(
      JSON.stringify({ ...report, followUpActions: [{ element: "U3", done: true }] }),
    );
    expect(parsed.summary.ikm).toBe(86.55);
    expect((parsed as unknown as { followUpActions: unknown[] }).followUpActions).toEqual([
      { element: "U3", done: true },
    ]);
    expect(snapshotHeadline("skm-report", parsed)).toEqual({ value: 86.55, count: 2508, grade: "B" });
  });
  it("an unknown schemaVersion or a missing figure is refused, not shown", () => {
    expect(() => parseSkmReportSnapshot(JSON.stringify({ ...report, schemaVersion: 3 }))).toThrow();
    // Version 2 must carry its follow-up section.
    expect(() => parseSkmReportSnapshot(JSON.stringify({ ...report, schemaVersion: 2 }))).toThrow();
    expect(() =>
      parseSkmReportSnapshot(JSON.stringify({ ...report, summary: { ...summary, ikm: undefined } })),
    ).toThrow();
  });
  it("version 2 carries last period's actions; a version 1 row still reads, without them", () => {
    const followUp = {
      previousPeriod: { key: "2026-Q1", labelId: "Triwulan I 2026", labelEn: "Q1 2026" },
      total: 1,
      done: 1,
      dropped: 0,
      actions: [
        {
          id: "a1",
          title: "Papan alur layanan",
          sourceKind: "element",
          sourceCode: "U2",
          basisId: "U2 Sistem, Mekanisme, dan Prosedur",
          basisEn: "U2 Systems, mechanisms and procedures",
          status: "done",
          dueDay: "2026-05-29",
          doneDay: "2026-05-20",
          dropReason: null,
          onTime: true,
          publicFiles: [],
          effect: ELEMENT_CHANGE_332_TO_434,
        },
      ],
    };
    const v2 = parseSkmReportSnapshot(JSON.stringify({ ...report, schemaVersion: 2, followUp }));
    expect(v2.schemaVersion === 2 && v2.followUp.actions[0]!.effect?.t).toBe(2.1213);
    const v1 = parseSkmReportSnapshot(JSON.stringify(report));
    expect(v1.schemaVersion).toBe(1);
    expect("followUp" in v1).toBe(false);
  });

  it("the on-time rate keeps its counts; its headline is the rate and the number finished", () => {
    const parsed = parseOnTimeSnapshot(
      JSON.stringify({ schemaVersion: 1, period, completed: 3, onTime: 2, onTimeRate: 0.6667, medianDays: 3 }),
    );
    expect(snapshotHeadline("processing-on-time", parsed)).toEqual({ value: 0.6667, count: 3 });
    expect(() =>
      parseOnTimeSnapshot(
        JSON.stringify({ schemaVersion: 1, period, completed: 3, onTime: 2, onTimeRate: 1.5, medianDays: 3 }),
      ),
    ).toThrow();
  });
});
