import { apiHandler } from "@/lib/api/handler";
import { listLkpmDeadlinesApi, setLkpmDeadlineApi } from "@/lib/api/operations/investment";
import { toWibDate } from "@/lib/calendar/working-days";
import { listLkpmDeadlines, saveValidLkpmDeadlineOverride } from "@/lib/investment/lkpm-deadline-store";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/investment/lkpm-deadlines[?year=2026] — the LKPM filing deadline of every reporting period of the
 * year (default: this year and last year): the rule's (10th / 15th) and any admin override. viewAnalytics.
 */
export const GET = apiHandler(listLkpmDeadlinesApi, async ({ query }) => {
  const thisYear = Number(toWibDate(new Date()).slice(0, 4));
  const years = query.year !== undefined ? [query.year] : [thisYear, thisYear - 1];
  const rows = await listLkpmDeadlines(years);
  return {
    deadlines: rows.map((row) => ({
      ...row,
      override: row.override && { ...row.override, updatedAt: row.override.updatedAt.toISOString() },
    })),
  };
});

/**
 * PUT /api/v1/investment/lkpm-deadlines — sets one period's deadline ({ period: "2026-TW1", deadline: "2026-04-20",
 * reason }), replacing the rule's for that period; reports of the period are re-marked on time / late. ADMIN only.
 */
export const PUT = apiHandler(setLkpmDeadlineApi, async ({ actor, body }) =>
  saveValidLkpmDeadlineOverride(await body(), actor),
);
