import { expect } from "vitest";

/**
 * Asserts that every stored daily aggregate equals its recount from the raw rows (issue 12). Integration tests call
 * it after their writes (`afterEach(expectAggregatesConsistent)`), so a write path that forgets an aggregate fails.
 */
export async function expectAggregatesConsistent(): Promise<void> {
  const { runConsistencyCheck } = await import("../../lib/integrity/consistency-queries");
  const report = await runConsistencyCheck();
  const differences = report.sections.flatMap((s) =>
    s.differences.map(
      (d) => `${s.name} ${d.key} ${d.column}: recomputed ${String(d.expected)}, stored ${String(d.stored)}`,
    ),
  );
  expect(differences).toEqual([]);
  expect(report.differenceCount).toBe(0);
}
