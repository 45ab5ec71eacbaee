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

export type LowScoreRow = { day: string; counterId: number | null; answers: Record<string, number> };

export type LowScoreTable = {
  /** Counters shown: those with at least `minN` responses in the window (null = no counter recorded). */
  counters: { counterId: number | null; responses: number }[];
  /** Counters hidden because they have fewer than `minN` responses (so few that a low score could identify someone). */
  hiddenCounters: number;
  /** One row per day and shown counter with a low answer: the number of answers 1–2 per element code. */
  rows: { day: string; counterId: number | null; responses: number; low: Record<string, number> }[];
};

/**
 * Low answers (1 or 2) per day, counter and element over a window, for counters with at least `minN` responses in
 * the window: below that, a count on one day could point at one respondent, so the counter is left out (and counted
 * in hiddenCounters). Days are sorted newest first, then by counter.
 */
export function lowScoreTable(rows: readonly LowScoreRow[], codes: readonly string[], minN: number): LowScoreTable {
  const totals = new Map<number | null, number>();
  for (const row of rows) totals.set(row.counterId, (totals.get(row.counterId) ?? 0) + 1);
  const shown = new Set([...totals].filter(([, n]) => n >= minN).map(([id]) => id));
  const cells = new Map<
    string,
    { day: string; counterId: number | null; responses: number; low: Record<string, number> }
  >();
  for (const row of rows) {
    if (!shown.has(row.counterId)) continue;
    const key = `${row.day}|${row.counterId ?? ""}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        day: row.day,
        counterId: row.counterId,
        responses: 0,
        low: Object.fromEntries(codes.map((c) => [c, 0])),
      };
      cells.set(key, cell);
    }
    cell.responses += 1;
    for (const code of codes) if ((row.answers[code] ?? 99) <= LOW_ANSWER_MAX) cell.low[code]! += 1;
  }
  return {
    counters: [...totals]
      .filter(([id]) => shown.has(id))
      .map(([counterId, responses]) => ({ counterId, responses }))
      .sort((a, b) => (a.counterId ?? 0) - (b.counterId ?? 0)),
    hiddenCounters: totals.size - shown.size,
    rows: [...cells.values()]
      .filter((c) => Object.values(c.low).some((n) => n > 0))
      .sort((a, b) => (a.day === b.day ? (a.counterId ?? 0) - (b.counterId ?? 0) : b.day.localeCompare(a.day))),
  };
}
