/** Shared by the complaint metric tests (not a test file itself). */
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from "./complaint-rules";

/** Complaints per category as the metrics report them: the counts given, every other category 0. */
export function categoryCounts(counts: Partial<Record<ComplaintCategory, number>>) {
  return Object.fromEntries(COMPLAINT_CATEGORIES.map((category) => [category, counts[category] ?? 0]));
}
