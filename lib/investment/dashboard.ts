import "server-only";
/** Everything the investment dashboard and its print view show, read in parallel for one filter. */
import { listKecamatan } from "../reference/queries";
import { BREAKDOWN_DIMENSIONS, type TInvestmentFilter } from "./schemas";
import { filterOneYearEarlier } from "./filter";
import { getInvestmentByGroup, getInvestmentTotals, getInvestmentTrend } from "./analytics-queries";
import { listLargestProjects } from "./project-queries";
import { getInvestmentTargets } from "./target-store";
import { growthRatio, targetProgress } from "./trend";

export async function getInvestmentDashboard(filter: TInvestmentFilter) {
  const { interval: _interval, groupBy: _groupBy, ...where } = filter;
  const year = Number(filter.to.slice(0, 4));
  const [trend, lastYear, breakdowns, largest, targets, yearTotals, kecamatan] = await Promise.all([
    getInvestmentTrend(filter),
    getInvestmentTotals(filterOneYearEarlier(where)),
    Promise.all(BREAKDOWN_DIMENSIONS.map((dimension) => getInvestmentByGroup(where, dimension))),
    listLargestProjects(where, 10),
    getInvestmentTargets(year),
    getInvestmentTotals({ from: `${year}-01-01`, to: `${year}-12-31` }),
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
