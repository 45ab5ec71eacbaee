import "server-only";
/** Everything the investment dashboard and its print view show, read in parallel for one filter. */
import { listKecamatan } from "../reference/queries";
import { BREAKDOWN_DIMENSIONS, type TInvestmentFilter } from "./schemas";
import { filterOneYearEarlier } from "./filter";
import { getInvestmentByGroup, getInvestmentTotals, getInvestmentTrend } from "./analytics-queries";
import { listLargestProjects, type InvestmentFilterWhere } from "./project-queries";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";
import type { VersionedTable } from "../kpi/data-versions";
import { getInvestmentTargets } from "./target-store";
import { growthRatio, targetProgress } from "./trend";

const STAT_TABLES: VersionedTable[] = ["InvestmentDayStat", "InvestmentMonthStat"];

/** The sums of the investment roll-ups the dashboard shows (kept under their change counters). */
function readRollUpSums(filter: TInvestmentFilter, where: InvestmentFilterWhere, year: number) {
  return Promise.all([
    getInvestmentTrend(filter),
    getInvestmentTotals(filterOneYearEarlier(where)),
    Promise.all(BREAKDOWN_DIMENSIONS.map((dimension) => getInvestmentByGroup(where, dimension))),
    getInvestmentTotals({ from: `${year}-01-01`, to: `${year}-12-31` }),
  ]);
}

/**
 * The figures from InvestmentDayStat/InvestmentMonthStat are kept under their change counters
 * (lib/kpi/versioned-cache-queries.ts); the largest projects (read from the applications), the targets and the kecamatan
 * list are read each time.
 */
export async function getInvestmentDashboard(filter: TInvestmentFilter) {
  const { interval: _interval, groupBy: _groupBy, ...where } = filter;
  const year = Number(filter.to.slice(0, 4));
  const earlier = filterOneYearEarlier(where);
  const range = { from: [earlier.from, filter.from].sort()[0]!, to: `${year}-12-31` };
  const key = Object.entries(filter).sort(([a], [b]) => a.localeCompare(b));
  const versions = await trustedDataVersions();
  const [[trend, lastYear, breakdowns, yearTotals], largest, targets, kecamatan] = await Promise.all([
    cachedUnderVersions(versions, ["investment-dashboard", JSON.stringify(key)], STAT_TABLES, range, () =>
      readRollUpSums(filter, where, year),
    ),
    listLargestProjects(where, 10),
    getInvestmentTargets(year),
    listKecamatan(),
  ]);
  return {
    trend,
    lastYear,
    growth: {
      investment: growthRatio(trend.totals.investment, lastYear.investment),
      projects: growthRatio(trend.totals.projects, lastYear.projects),
      workers: growthRatio(trend.totals.workers, lastYear.workers),
    },
    breakdowns: Object.fromEntries(
      BREAKDOWN_DIMENSIONS.map((dimension, index) => [
        dimension,
        [...breakdowns[index]].sort((a, b) =>
          a.investment === b.investment ? 0 : a.investment > b.investment ? -1 : 1,
        ),
      ]),
    ) as Record<(typeof BREAKDOWN_DIMENSIONS)[number], (typeof breakdowns)[number]>,
    largest,
    target: {
      year,
      targets,
      actual: yearTotals,
      investmentProgress: targetProgress(yearTotals.investment, targets.investmentValue),
      jobsProgress: targetProgress(yearTotals.workers, targets.investmentJobs),
    },
    kecamatan,
  };
}
export type InvestmentDashboard = Awaited<ReturnType<typeof getInvestmentDashboard>>;
