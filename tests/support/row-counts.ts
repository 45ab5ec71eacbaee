import { getDb } from "../../lib/db/client";

/** Rows per model, to prove a refused request stored nothing (compare before and after). */
export async function rowCounts(models: readonly string[]): Promise<Record<string, number>> {
  const db = getDb() as unknown as Record<string, { count: () => Promise<number> }>;
  const counts: Record<string, number> = {};
  for (const model of models) counts[model] = await db[model].count();
  return counts;
}
