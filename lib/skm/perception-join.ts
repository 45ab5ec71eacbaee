/**
 * Perception joined to performance (issue 20 §4). Where an invitation ties a survey response to its application, the
 * respondents of a licence type fall in two groups by what the office measured on their file, and the mean answer
 * (1–4) to the matching SKM element is compared between the groups:
 * - speed: U3 (waktu penyelesaian) of files finished within their SLA ("a") vs over it ("b");
 * - cost: U4 (biaya/tarif) of files charged the official tariff ("a") vs a different amount ("b").
 *
 * Only aggregates are shown, and only for groups of at least `minN` respondents (default 30). Because a difference
 * of two shown figures is itself a figure, the guard also closes the differences:
 * 1. a licence type is shown only when BOTH its groups reach minN (one group alone, beside the city-wide total or the
 *    SKM dashboard's figure for the type, would give the other away);
 * 2. the all-types row is shown only when both its groups reach minN, and then the types left out must together
 *    form groups of 0 or ≥ minN respondents (total − shown rows = the left-out types); when they do not, the shown
 *    type with the fewest respondents is left out too, until they do;
 * 3. periods are whole, completed calendar semesters only (one kind, so no period is the difference of others, and no
 *    figure grows day by day so that yesterday's view subtracted from today's would reveal one new answer).
 * Pure: the database collects the cells.
 */

export const PERCEPTION_ELEMENTS = { speed: "U3", cost: "U4" } as const;
export type PerceptionAspect = keyof typeof PERCEPTION_ELEMENTS;
export const DEFAULT_PERCEPTION_MIN_N = 30;

/** One respondent's answer to the aspect's element, with the group its application falls in. */
export type PerceptionAnswer = { licenseTypeId: number; group: "a" | "b"; answer: number };

export type GroupFigure = { n: number; mean: number };
export type PerceptionRow = {
  licenseTypeId: number;
  /** Shown: both groups with n and mean (2 decimals) and b − a; hidden: no figure at all. */
  shown: boolean;
  a: GroupFigure | null;
  b: GroupFigure | null;
  difference: number | null;
  /** Why it is hidden: a group under minN, or left out so that the all-types row gives nothing away. */
  hiddenBecause: "small_group" | "complement" | null;
};

export type PerceptionComparison = {
  rows: PerceptionRow[];
  total: { shown: boolean; a: GroupFigure | null; b: GroupFigure | null; difference: number | null };
  minN: number;
};

type Sums = { nA: number; sA: number; nB: number; sB: number };

const round2 = (value: number) => Math.round(value * 100) / 100;
const figure = (n: number, sum: number): GroupFigure => ({ n, mean: round2(sum / n) });

function comparisonOf(sums: Sums) {
  const a = figure(sums.nA, sums.sA);
  const b = figure(sums.nB, sums.sB);
  // The difference of the exact means, rounded once (not the difference of two rounded means).
  return { a, b, difference: round2(sums.sB / sums.nB - sums.sA / sums.nA) };
}

const reaches = (n: number, minN: number) => n >= minN;
const safeRemainder = (n: number, minN: number) => n === 0 || n >= minN;

/** Compares the groups per licence type and over all types, hiding every figure the guard above does not allow. */
export function comparePerception(answers: readonly PerceptionAnswer[], minN: number): PerceptionComparison {
  if (!Number.isInteger(minN) || minN < 1) throw new RangeError(`minN must be a whole number ≥ 1, got ${minN}`);
  const byType = new Map<number, Sums>();
  const total: Sums = { nA: 0, sA: 0, nB: 0, sB: 0 };
  for (const { licenseTypeId, group, answer } of answers) {
    const sums = byType.get(licenseTypeId) ?? { nA: 0, sA: 0, nB: 0, sB: 0 };
    for (const target of [sums, total]) {
      if (group === "a") {
        target.nA += 1;
        target.sA += answer;
      } else {
        target.nB += 1;
        target.sB += answer;
      }
    }
    byType.set(licenseTypeId, sums);
  }
  const hidden = new Map<number, PerceptionRow["hiddenBecause"]>();
  for (const [id, sums] of byType)
    if (!reaches(sums.nA, minN) || !reaches(sums.nB, minN)) hidden.set(id, "small_group");

  const totalShown = reaches(total.nA, minN) && reaches(total.nB, minN);
  if (totalShown) {
    // Leave out the smallest shown types until the left-out ones together give nothing away.
    const remainder = () => {
      let nA = 0;
      let nB = 0;
      for (const id of hidden.keys()) {
        nA += byType.get(id)!.nA;
        nB += byType.get(id)!.nB;
      }
      return { nA, nB };
    };
    const shownBySize = [...byType.entries()]
      .filter(([id]) => !hidden.has(id))
      .sort(([idX, x], [idY, y]) => Math.min(x.nA, x.nB) - Math.min(y.nA, y.nB) || idX - idY);
    for (const [id] of shownBySize) {
      const rest = remainder();
      if (safeRemainder(rest.nA, minN) && safeRemainder(rest.nB, minN)) break;
      hidden.set(id, "complement");
    }
  }
  const rows = [...byType.entries()]
    .sort(([a], [b]) => a - b)
    .map(([licenseTypeId, sums]): PerceptionRow => {
      const because = hidden.get(licenseTypeId) ?? null;
      if (because) return { licenseTypeId, shown: false, a: null, b: null, difference: null, hiddenBecause: because };
      return { licenseTypeId, shown: true, ...comparisonOf(sums), hiddenBecause: null };
    });
  return {
    rows,
    total: totalShown ? { shown: true, ...comparisonOf(total) } : { shown: false, a: null, b: null, difference: null },
    minN,
  };
}
