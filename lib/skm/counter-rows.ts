/** Per-counter figures as breakdown rows under the minimum-n rule (lib/breakdowns/min-n.ts). Pure. */
import { applyMinN, type BreakdownRow } from "../breakdowns/min-n";

/**
 * Each counter's figures named by the counter (counter id 0, or an unknown one, is `unassigned`), n read by `n`,
 * rows below `minN` hidden.
 */
export function perCounterRows<T extends { counterId: number }>(
  figures: readonly T[],
  counters: ReadonlyArray<{ id: number; name: string }>,
  options: { n: (figures: T) => number; unassigned: string; minN: number },
): Array<BreakdownRow<T>> {
  const names = new Map(counters.map((c) => [c.id, c.name]));
  return applyMinN(
    figures.map((f) => ({
      key: String(f.counterId),
      label: names.get(f.counterId) ?? options.unassigned,
      n: options.n(f),
      figures: f,
    })),
    options.minN,
  );
}
