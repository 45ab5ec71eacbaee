/**
 * Pure comparison of stored aggregate rows with the rows recomputed from raw data (issue 12, consistency check).
 * Rows are matched by key; every column that differs is one difference. Float columns (sums of respondent means)
 * compare with a relative tolerance of 1e-9, because adding the same numbers in another order rounds differently.
 */
export type AggregateValue = number | string;
export type KeyedRow = { key: string; values: Record<string, AggregateValue> };
export type Difference = {
  key: string;
  column: string;
  expected: AggregateValue | null;
  stored: AggregateValue | null;
};

const FLOAT_TOLERANCE = 1e-9;

function isEqual(a: AggregateValue, b: AggregateValue, isFloat: boolean): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return isFloat ? Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b)) : a === b;
  }
  return String(a) === String(b);
}

function isEmptyRow(row: KeyedRow): boolean {
  return Object.values(row.values).every((v) => v === 0 || v === "0");
}

/**
 * Differences between expected (recomputed) and stored rows. A stored row whose values are all zero and that the
 * recount does not produce is not a difference (an emptied slice says the same as a missing one).
 */
export function compareAggregates(
  expected: readonly KeyedRow[],
  stored: readonly KeyedRow[],
  options: { floatColumns?: ReadonlySet<string> } = {},
): Difference[] {
  const floats = options.floatColumns ?? new Set<string>();
  const storedByKey = new Map(stored.map((row) => [row.key, row]));
  const differences: Difference[] = [];
  for (const row of expected) {
    const other = storedByKey.get(row.key);
    storedByKey.delete(row.key);
    if (!other) {
      if (!isEmptyRow(row)) differences.push({ key: row.key, column: "(row)", expected: "present", stored: null });
      continue;
    }
    for (const [column, value] of Object.entries(row.values)) {
      const storedValue = other.values[column] ?? 0;
      if (!isEqual(value, storedValue, floats.has(column)))
        differences.push({ key: row.key, column, expected: value, stored: storedValue });
    }
  }
  for (const row of storedByKey.values()) {
    if (!isEmptyRow(row)) differences.push({ key: row.key, column: "(row)", expected: null, stored: "present" });
  }
  return differences.sort((a, b) => (a.key === b.key ? a.column.localeCompare(b.column) : a.key.localeCompare(b.key)));
}
