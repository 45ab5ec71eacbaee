/**
 * Per-counter and per-officer figures are shown only for groups with at least `minN` cases (default 30, the admin
 * setting "dashboard.breakdownMinN"): a counter's IKM from 12 respondents, or an officer's on-time rate from 9 files,
 * would be read as a verdict on a person while it is mostly chance, and a small group can point at who answered.
 * Hidden groups keep their row and count band ("n < 30") so the reader sees that they exist and why they are empty.
 * Pure.
 */
export const DEFAULT_BREAKDOWN_MIN_N = 30;

export type BreakdownRow<T> =
  | { key: string; label: string; n: number; isHidden: false; figures: T }
  | { key: string; label: string; n: number; isHidden: true; figures: null };

/**
 * Keeps each group's figures when n ≥ minN and hides them otherwise; shown rows first (largest n first), then the
 * hidden ones (by label). The hidden rows' n is kept for the count of hidden groups but never shown as a number.
 */
export function applyMinN<T>(
  groups: ReadonlyArray<{ key: string; label: string; n: number; figures: T }>,
  minN: number,
): Array<BreakdownRow<T>> {
  const shown: Array<BreakdownRow<T>> = [];
  const hidden: Array<BreakdownRow<T>> = [];
  for (const group of groups) {
    if (group.n >= minN) shown.push({ ...group, isHidden: false });
    else hidden.push({ key: group.key, label: group.label, n: group.n, isHidden: true, figures: null });
  }
  shown.sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
  hidden.sort((a, b) => a.label.localeCompare(b.label));
  return [...shown, ...hidden];
}
