/**
 * The follow-up section of a published SKM report (issue 18): the previous period's actions with their status at
 * publication ("Tindak lanjut periode lalu: 4 dari 5 selesai") and, for each action on an element, whether that
 * element moved: NRR before (previous period) and after (this period) with the Welch t-test on its answers.
 * Pure: actions and per-element answer moments in, the frozen section out.
 */
import { compareElementPeriods, type SampleMoments } from "../skm/compute-index";
import type { TFollowUpSection } from "../publication/snapshot-payload";
import { basisLabel } from "./labels";
import { isDoneOnTime } from "./rules";

export type ReportSectionAction = {
  id: string;
  title: string;
  sourceKind: string;
  sourceCode: string;
  status: string;
  dueDay: string;
  doneDay: string | null;
  dropReason: string | null;
  publicFiles: { id: string; fileName: string; mediaType: string }[];
};

/**
 * total = actions not dropped; done = of those, done (on time or late); dropped listed apart with their reason.
 * Element actions get `effect`; others null.
 */
export function buildFollowUpSection(
  previousPeriod: { key: string; labelId: string; labelEn: string },
  actions: readonly ReportSectionAction[],
  moments: { before: ReadonlyMap<string, SampleMoments>; after: ReadonlyMap<string, SampleMoments> },
): TFollowUpSection {
  const empty: SampleMoments = { n: 0, sum: 0, sumSq: 0 };
  const kept = actions.filter((a) => a.status !== "dropped");
  return {
    previousPeriod: { key: previousPeriod.key, labelId: previousPeriod.labelId, labelEn: previousPeriod.labelEn },
    total: kept.length,
    done: kept.filter((a) => a.status === "done").length,
    dropped: actions.length - kept.length,
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      sourceKind: a.sourceKind,
      sourceCode: a.sourceCode,
      basisId: basisLabel(a.sourceKind, a.sourceCode, "id"),
      basisEn: basisLabel(a.sourceKind, a.sourceCode, "en"),
      status: a.status,
      dueDay: a.dueDay,
      doneDay: a.doneDay,
      dropReason: a.dropReason,
      onTime: isDoneOnTime(a),
      publicFiles: a.publicFiles,
      effect:
        a.sourceKind === "element"
          ? compareElementPeriods(moments.after.get(a.sourceCode) ?? empty, moments.before.get(a.sourceCode) ?? empty)
          : null,
    })),
  };
}
