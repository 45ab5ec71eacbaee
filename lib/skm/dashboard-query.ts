import "server-only";
import type { Db } from "../db/client";
import { getDb, perEngine, type DbArgs } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import { periodsBetween, previousPeriod, type CalendarPeriodKind, type Period } from "../periods/periods";
import { addCalendarDays } from "../calendar/working-days";
import { getQuestionnaire } from "./questionnaires";
import { comparePeriodSums, emptySums, indexInputFromSums, type SkmSummary } from "./summary";
import { computeSkmIndex, type IkmPeriodComparison } from "./compute-index";
import {
  getSkmSummaryForFilter,
  getSkmWeightMode,
  sumSkmAggregates,
  sumSkmAggregatesByPeriod,
  type SkmSliceFilter,
} from "./summary-query";
import { anonymiseComment } from "./summary-export";

export type TrendPoint = {
  key: string;
  label: string;
  labelEn: string;
  respondents: number;
  ikm: number | null;
  grade: string | null;
};
export type Distribution = { value: string; count: number }[];

export type SkmDashboardData = {
  summary: SkmSummary;
  comparison: IkmPeriodComparison;
  previous: { from: string; to: string };
  trend: TrendPoint[];
  profile: { sex: Distribution; education: Distribution; occupation: Distribution; age: Distribution };
  infoSources: Distribution;
  comments: { surveyDate: string; comment: string; score: number }[];
};

function responseWhere(f: SkmSliceFilter) {
  return {
    questionnaire: f.questionnaire,
    surveyDate: { gte: f.from, lte: f.to },
    ...(f.licenseTypeId !== undefined ? { licenseTypeId: f.licenseTypeId } : {}),
    ...(f.counterId !== undefined ? { counterId: f.counterId } : {}),
    ...(f.channel !== undefined ? { channel: f.channel } : {}),
  };
}

async function distribution(
  db: Db,
  f: SkmSliceFilter,
  field: "sex" | "education" | "occupation" | "infoSource",
): Promise<Distribution> {
  const args = {
    by: [field],
    where: { ...responseWhere(f), [field]: { not: null } },
    _count: { _all: true },
  } satisfies DbArgs.SurveyResponseGroupByArgs;
  const rows = await perEngine(db, {
    sqlite: (c) => c.surveyResponse.groupBy(args),
    postgresql: (c) => c.surveyResponse.groupBy(args),
  });
  return (rows as unknown as (Record<string, string> & { _count: { _all: number } })[])
    .map((r) => ({ value: r[field]!, count: r._count._all }))
    .sort((a, b) => b.count - a.count);
}

const AGE_BANDS: [string, number, number][] = [
  ["< 25", 0, 24],
  ["25–34", 25, 34],
  ["35–44", 35, 44],
  ["45–54", 45, 54],
  ["≥ 55", 55, 200],
];

/**
 * Everything the SKM dashboard shows for one period and filter: the summary (aggregates), the change from the
 * previous period, a trend of `trendCount` periods of `trendKind`, respondent profile, info sources and comments.
 */
export async function getSkmDashboard(
  filter: SkmSliceFilter,
  options: { trendKind: CalendarPeriodKind; trendCount: number; commentSearch?: string; previous?: Period },
  db: Db = getDb(),
): Promise<SkmDashboardData> {
  const questionnaire = getQuestionnaire(filter.questionnaire)!;
  const days = Math.round((Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000) + 1;
  const previous = options.previous ?? {
    from: addCalendarDays(filter.from, -days),
    to: addCalendarDays(filter.from, -1),
  };
  const trendPeriods: Period[] = [];
  let p: Period = periodsBetween(options.trendKind, filter.to, filter.to)[0]!;
  for (let i = 0; i < options.trendCount; i++) {
    trendPeriods.unshift(p);
    p = previousPeriod(p);
  }
  const trendFilter = { ...filter, from: trendPeriods[0]!.from, to: trendPeriods[trendPeriods.length - 1]!.to };
  const [
    summary,
    weight,
    currentSums,
    previousSums,
    byPeriod,
    sex,
    education,
    occupation,
    infoSources,
    ages,
    comments,
  ] = await Promise.all([
    getSkmSummaryForFilter(filter, db),
    getSkmWeightMode(db),
    sumSkmAggregates(filter, db),
    sumSkmAggregates({ ...filter, ...previous }, db),
    sumSkmAggregatesByPeriod(trendFilter, options.trendKind, db),
    distribution(db, filter, "sex"),
    distribution(db, filter, "education"),
    distribution(db, filter, "occupation"),
    distribution(db, filter, "infoSource"),
    Promise.all(
      AGE_BANDS.map(async ([label, lo, hi]) => ({
        value: label,
        count: await db.surveyResponse.count({ where: { ...responseWhere(filter), age: { gte: lo, lte: hi } } }),
      })),
    ),
    db.surveyResponse.findMany({
      where: {
        ...responseWhere(filter),
        comment: options.commentSearch ? containsIgnoringCase(options.commentSearch) : { not: null },
      },
      orderBy: { submittedAt: "desc" },
      take: 40,
      select: { surveyDate: true, comment: true, score: true },
    }),
  ]);
  const trend = trendPeriods.map((period) => {
    const result = computeSkmIndex(indexInputFromSums(questionnaire, byPeriod.get(period.key) ?? emptySums(), weight));
    return {
      key: period.key,
      label: period.labelId,
      labelEn: period.labelEn,
      respondents: result.respondents,
      ikm: result.ikm,
      grade: result.grade,
    };
  });
  return {
    summary,
    comparison: comparePeriodSums(questionnaire, currentSums, previousSums, weight),
    previous,
    trend,
    profile: { sex, education, occupation, age: ages },
    infoSources,
    comments: comments.map((c) => ({
      surveyDate: c.surveyDate,
      comment: anonymiseComment(c.comment) ?? "",
      score: c.score,
    })),
  };
}
