/**
 * Statistics read from individual answers rather than the daily aggregates: per-element moments (n, Σ, Σ²) for
 * the significance test of an element's change (issue 18), and daily counts of low answers (1 or 2) per element
 * and counter. Pure: rows in, figures out.
 */
import type { SampleMoments } from "./compute-index";

/** A low answer: 1 or 2 on the 1–4 scale (tidak/kurang baik). */
export const LOW_ANSWER_MAX = 2;

/** Parses a stored answers object ("{\"U1\":3,…}"); anything unreadable counts as no answers. */
export function parseAnswers(json: string): Record<string, number> {
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== "object") return {};
    const out: Record<string, number> = {};
    for (const [code, answer] of Object.entries(value as Record<string, unknown>))
      if (typeof answer === "number" && Number.isInteger(answer) && answer >= 1 && answer <= 4) out[code] = answer;
    return out;
  } catch {
    return {};
  }
}

/** Adds the answers of some responses to per-element moments (created on first use). */
export function addToMoments(
  moments: Map<string, SampleMoments>,
  answerSets: readonly Record<string, number>[],
  codes: readonly string[],
): Map<string, SampleMoments> {
  for (const code of codes) if (!moments.has(code)) moments.set(code, { n: 0, sum: 0, sumSq: 0 });
  for (const answers of answerSets) {
    for (const code of codes) {
      const answer = answers[code];
      if (answer === undefined) continue;
      const m = moments.get(code)!;
      m.n += 1;
      m.sum += answer;
      m.sumSq += answer * answer;
    }
  }
  return moments;
}

export type LowScoreTable = {
  /** Counters shown: those with at least `minN` responses in the window (null = no counter recorded). */
  counters: { counterId: number | null; responses: number }[];
  /** Counters hidden because they have fewer than `minN` responses (so few that a low score could identify someone). */
  hiddenCounters: number;
  /** One row per day and shown counter with a low answer: the number of answers 1–2 per element code. */
  rows: { day: string; counterId: number | null; responses: number; low: Record<string, number> }[];
};
