import { z } from "zod";
import { apiRoute, readJsonValue, readQuery } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { toWibDate } from "@/lib/calendar/working-days";
import { listLkpmDeadlines, saveLkpmDeadlineOverride } from "@/lib/investment/lkpm-deadlines";

export const dynamic = "force-dynamic";

const ZYearsQuery = z.object({
  year: z.coerce
    .number({ error: "year harus tahun empat angka." })
    .int({ error: "year harus tahun empat angka." })
    .min(2000, { error: "year paling awal 2000." })
    .max(2100, { error: "year paling akhir 2100." })
    .optional(),
});

/**
 * GET /api/v1/investment/lkpm-deadlines[?year=2026] — the LKPM filing deadline of every reporting period of the
 * year (default: this year and last year): the rule's (10th / 15th) and any admin override. viewAnalytics.
 */
export const GET = apiRoute(async (request) => {
  await requireApiCapability(request, "viewAnalytics");
  const query = readQuery(request, ZYearsQuery);
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
export const PUT = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "manageReferenceData");
  return saveLkpmDeadlineOverride(await readJsonValue(request), actor);
});
