import { describe, expect, it } from "vitest";
import { buildFollowUpSection, type ReportSectionAction } from "./report-section";

const Q1 = { key: "2026-Q1", labelId: "Triwulan I 2026", labelEn: "Q1 2026" };
const action = (over: Partial<ReportSectionAction>): ReportSectionAction => ({
  id: "x",
  title: "Tindakan",
  sourceKind: "element",
  sourceCode: "U3",
  status: "done",
  dueDay: "2026-05-29",
  doneDay: "2026-05-20",
  dropReason: null,
  publicFiles: [],
  ...over,
});

describe("the published follow-up section", () => {
  it("4 of 5 done (a dropped one apart); the element's NRR before/after with the Welch test", () => {
    const section = buildFollowUpSection(
      Q1,
      [
        action({ id: "a" }),
        action({ id: "b", sourceCode: "U1", doneDay: "2026-06-05" }),
        action({ id: "c", sourceKind: "stage", sourceCode: "verifikasi" }),
        action({ id: "d", sourceKind: "complaint_category", sourceCode: "behaviour" }),
        action({ id: "e", status: "in_progress", doneDay: null }),
        action({ id: "f", status: "dropped", doneDay: null, dropReason: "Digabung" }),
      ],
      {
        before: new Map([["U3", { n: 3, sum: 8, sumSq: 22 }]]),
        after: new Map([["U3", { n: 3, sum: 11, sumSq: 41 }]]),
      },
    );
    expect(section).toMatchObject({ total: 5, done: 4, dropped: 1, previousPeriod: Q1 });
    expect(section.actions[0]).toMatchObject({
      basisId: "U3 Waktu Penyelesaian",
      onTime: true,
      effect: { nrrBefore: 2.6667, nrrAfter: 3.6667, t: 2.1213, degreesOfFreedom: 4, isSignificant: false },
    });
    expect(section.actions[1]).toMatchObject({ onTime: false, effect: { nrrBefore: null, isTestable: false } });
    expect(section.actions[2]!.effect).toBeNull();
    expect(section.actions[4]!.onTime).toBeNull();
  });

  it("no actions: 0 of 0", () => {
    expect(buildFollowUpSection(Q1, [], { before: new Map(), after: new Map() })).toEqual({
      previousPeriod: Q1,
      total: 0,
      done: 0,
      dropped: 0,
      actions: [],
    });
  });
});
