/**
 * The processing breakdown's figures per counter or officer from roll-up rows (issue 15): rows of the same key (a
 * month row and day rows, or several licence types) are added up; the mean is Σ working days ÷ count rounded to 2
 * decimals, as the dashboard always showed it; groups sorted by key. Pure.
 */

export type ProcessingGroupFigures = {
  /** Counter id or officer (user) id as text; "" when not recorded. */
  key: string;
  completed: number;
  onTime: number;
  meanDays: number | null;
};

export type BreakdownRollUpRow = { key: string; count: number; onTime: number; daysSum: number };

export function breakdownFigures(rows: readonly BreakdownRollUpRow[]): ProcessingGroupFigures[] {
  const sums = new Map<string, { count: number; onTime: number; daysSum: number }>();
  for (const row of rows) {
    const sum = sums.get(row.key) ?? { count: 0, onTime: 0, daysSum: 0 };
    sum.count += row.count;
    sum.onTime += row.onTime;
    sum.daysSum += row.daysSum;
    sums.set(row.key, sum);
  }
  return [...sums.entries()]
    .filter(([, sum]) => sum.count > 0)
    .map(([key, sum]) => ({
      key,
      completed: sum.count,
      onTime: sum.onTime,
      meanDays: Math.round((sum.daysSum / sum.count) * 100) / 100,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
