import "server-only";
import { getDb, type Db } from "../db/client";
import { listCounters } from "../reference/queries";
import { countApplicationsByCounter } from "../applications/count-queries";
import { getSkmSummaryForFilter } from "../skm/summary-queries";
import { computeCounterCoverage, type CounterCoverage } from "./counter-coverage";
import { getStaffAttendance } from "./queries";

export type CounterCoverageRow = {
  counter: { id: number; code: string; name: string };
  coverage: CounterCoverage;
  /** Applications registered at the counter in the period, and its files still open now. */
  queue: { registered: number; open: number };
  /** SKM-2017 respondents and IKM of the counter in the period. */
  survey: { respondents: number; ikm: number | null };
};

/**
 * Counter coverage over a period beside each counter's queue and survey result (issue 20): the roster joined with
 * the rostered officers' classified days (lib/attendance/counter-coverage.ts).
 */
export async function getCounterCoverageView(
  period: { from: string; to: string },
  db: Db = getDb(),
): Promise<CounterCoverageRow[]> {
  const [counters, assignments] = await Promise.all([
    listCounters(),
    db.counterAssignment.findMany({
      where: { fromDay: { lte: period.to }, OR: [{ toDay: null }, { toDay: { gte: period.from } }] },
      select: { counterId: true, userId: true, fromDay: true, toDay: true },
    }),
  ]);
  const active = counters.filter((c) => c.active);
  const userIds = [...new Set(assignments.map((a) => a.userId))];
  const [{ people, context }, queues, surveys] = await Promise.all([
    getStaffAttendance({ ...period, userIds }, db),
    countApplicationsByCounter(period, db),
    Promise.all(
      active.map((c) => getSkmSummaryForFilter({ ...period, questionnaire: "SKM-2017", counterId: c.id }, db)),
    ),
  ]);
  const coverage = computeCounterCoverage({
    counterIds: active.map((c) => c.id),
    assignments,
    people,
    ...period,
    ...context,
  });
  return active.map((c, i) => ({
    counter: { id: c.id, code: c.code, name: c.name },
    coverage: coverage[i],
    queue: queues.get(c.id) ?? { registered: 0, open: 0 },
    survey: { respondents: surveys[i].respondents, ikm: surveys[i].ikm },
  }));
}
