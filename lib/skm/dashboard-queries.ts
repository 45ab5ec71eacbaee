import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { containsIgnoringCase } from "../db/text-search";
import {
  periodsBetween,
  previousPeriod,
  previousRange,
  type CalendarPeriodKind,
  type Period,
} from "../periods/periods";
import { getQuestionnaire } from "./questionnaires";
import { comparePeriodSums, emptySums, indexInputFromSums, type SkmSummary } from "./summary";
import { computeSkmIndex, type IkmPeriodComparison } from "./compute-index";
import {
  getSkmSummaryForFilter,
  getSkmWeightMode,
  sumSkmAggregates,
  sumSkmAggregatesByPeriod,
  type SkmSliceFilter,
} from "./summary-queries";
import { anonymiseComment } from "./summary-export";
import { AGE_BANDS, ageBandSql } from "./profile-roll-up";
import { cachedUnderVersions, trustedDataVersions } from "../kpi/versioned-cache-queries";
import type { VersionedTable } from "../kpi/data-versions";

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

type ProfileRow = {
  sex: string | null;
  education: string | null;
  occupation: string | null;
  infoSource: string | null;
  ageBand: number | bigint | null;
  count: number | bigint;
};

const distributionOf = (counts: Map<string, number>): Distribution =>
  [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

type Profile = {
  sex: Distribution;
  education: Distribution;
  occupation: Distribution;
  infoSource: Distribution;
  age: Distribution;
};

/**
 * The respondent profile of the whole questionnaire's responses in [from, to] from the day roll-up
 * (SkmProfileDayStat, kept by triggers on SurveyResponse): a few rows per day instead of every response.
 */
async function readProfileRollUp(db: Db, f: SkmSliceFilter): Promise<Profile> {
  const rows = await db.$queryRaw<Array<{ dimension: string; value: string; count: number | bigint }>>`
    SELECT "dimension" AS dimension, "value" AS value, SUM("count") AS count FROM "SkmProfileDayStat"
    WHERE "questionnaire" = ${f.questionnaire} AND "day" >= ${f.from} AND "day" <= ${f.to}
    GROUP BY "dimension", "value"`;
  const tallies = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const tally = tallies.get(row.dimension) ?? new Map<string, number>();
    tally.set(row.value, Number(row.count));
    tallies.set(row.dimension, tally);
  }
  const bands = tallies.get("ageBand");
  return {
    sex: distributionOf(tallies.get("sex") ?? new Map()),
    education: distributionOf(tallies.get("education") ?? new Map()),
    occupation: distributionOf(tallies.get("occupation") ?? new Map()),
    infoSource: distributionOf(tallies.get("infoSource") ?? new Map()),
    age: AGE_BANDS.map(([label], index) => ({ value: label, count: bands?.get(String(index)) ?? 0 })),
  };
}

/**
 * The respondent profile (sex, education, occupation, info source, age band) of the filter's responses: from the
 * day roll-up without a licence type, counter or channel filter, else in ONE grouped pass over the responses,
 * folded into the five distributions here.
 */
async function readProfile(db: Db, f: SkmSliceFilter): Promise<Profile> {
  if (isWholeQuestionnaire(f)) return readProfileRollUp(db, f);
  const conditions = [
    Prisma.sql`"questionnaire" = ${f.questionnaire}`,
    Prisma.sql`"surveyDate" >= ${f.from}`,
    Prisma.sql`"surveyDate" <= ${f.to}`,
  ];
  if (f.licenseTypeId !== undefined) conditions.push(Prisma.sql`"licenseTypeId" = ${f.licenseTypeId}`);
  if (f.counterId !== undefined) conditions.push(Prisma.sql`"counterId" = ${f.counterId}`);
  if (f.channel !== undefined) conditions.push(Prisma.sql`"channel" = ${f.channel}`);
  const band = Prisma.raw(ageBandSql(`"age"`));
  const rows = await db.$queryRaw<ProfileRow[]>`
    SELECT "sex" AS sex, "education" AS education, "occupation" AS occupation, "infoSource" AS "infoSource",
           ${band} AS "ageBand", COUNT(*) AS count
    FROM "SurveyResponse" WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY "sex", "education", "occupation", "infoSource", ${band}`;
  const tallies = {
    sex: new Map<string, number>(),
    education: new Map<string, number>(),
    occupation: new Map<string, number>(),
    infoSource: new Map<string, number>(),
  };
  const ages = AGE_BANDS.map(() => 0);
  for (const row of rows) {
    const count = Number(row.count);
    for (const field of ["sex", "education", "occupation", "infoSource"] as const) {
      const value = row[field];
      if (value !== null) tallies[field].set(value, (tallies[field].get(value) ?? 0) + count);
    }
    if (row.ageBand !== null) ages[Number(row.ageBand)] += count;
  }
  return {
    sex: distributionOf(tallies.sex),
    education: distributionOf(tallies.education),
    occupation: distributionOf(tallies.occupation),
    infoSource: distributionOf(tallies.infoSource),
    age: AGE_BANDS.map(([label], index) => ({ value: label, count: ages[index] })),
  };
}

/** What the SKM dashboard reads from the roll-ups (kept under their change counters): all but comments. */
const SKM_DASHBOARD_TABLES: VersionedTable[] = [
  "SkmDailyAggregate",
  "SkmMonthlyAggregate",
  "Setting",
  "SkmPopulation",
  // The population of the margin of error counts the finished applications (processing roll-ups).
  "ProcessingDayStat",
  "ProcessingMonthStat",
];

const isWholeQuestionnaire = (f: SkmSliceFilter) =>
  f.licenseTypeId === undefined && f.counterId === undefined && f.channel === undefined;

/** The summary, the comparison with `previous` and the trend over `trendPeriods`: from the roll-ups only. */
async function readIndexFigures(
  filter: SkmSliceFilter,
  previous: { from: string; to: string },
  trendPeriods: Period[],
  trendKind: CalendarPeriodKind,
  db: Db,
) {
  const questionnaire = getQuestionnaire(filter.questionnaire)!;
  const trendFilter = { ...filter, from: trendPeriods[0]!.from, to: trendPeriods[trendPeriods.length - 1]!.to };
  const [summary, weight, currentSums, previousSums, byPeriod] = await Promise.all([
    getSkmSummaryForFilter(filter, db),
    getSkmWeightMode(db),
    sumSkmAggregates(filter, db),
    sumSkmAggregates({ ...filter, ...previous }, db),
    sumSkmAggregatesByPeriod(trendFilter, trendKind, db),
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
  return { summary, comparison: comparePeriodSums(questionnaire, currentSums, previousSums, weight), trend };
}

/**
 * Everything the SKM dashboard shows for one period and filter: the summary (aggregates), the change from the
 * previous period, a trend of `trendCount` periods of `trendKind`, respondent profile, info sources and comments.
 * The figures from roll-ups are kept under their tables' change counters (lib/kpi/versioned-cache-queries.ts); the
 * comments, and the profile of a licence type, counter or channel (counted over the responses), are read each time.
 */
export async function getSkmDashboard(
  filter: SkmSliceFilter,
  options: { trendKind: CalendarPeriodKind; trendCount: number; commentSearch?: string; previous?: Period },
  db: Db = getDb(),
): Promise<SkmDashboardData> {
  // A quarter is compared with the quarter before (1 April – 30 June for Q3), not with the 92 days before it.
  const previous = options.previous ?? previousRange(filter.from, filter.to);
  const trendPeriods: Period[] = [];
  let p: Period = periodsBetween(options.trendKind, filter.to, filter.to)[0]!;
  for (let i = 0; i < options.trendCount; i++) {
    trendPeriods.unshift(p);
    p = previousPeriod(p);
  }
  const slice = [filter.questionnaire, filter.licenseTypeId, filter.counterId, filter.channel];
  const dates = [filter.from, filter.to, previous.from, previous.to, trendPeriods[0]!.from, filter.to];
  const range = { from: dates.reduce((a, b) => (a < b ? a : b)), to: trendPeriods[trendPeriods.length - 1]!.to };
  const versions = await trustedDataVersions(db);
  const [figures, profile, comments] = await Promise.all([
    cachedUnderVersions(
      versions,
      [
        "skm-dashboard",
        ...slice,
        filter.from,
        filter.to,
        previous.from,
        previous.to,
        options.trendKind,
        options.trendCount,
      ],
      SKM_DASHBOARD_TABLES,
      range,
      () => readIndexFigures(filter, previous, trendPeriods, options.trendKind, db),
    ),
    isWholeQuestionnaire(filter)
      ? cachedUnderVersions(
          versions,
          ["skm-profile", ...slice, filter.from, filter.to],
          ["SkmProfileDayStat"],
          filter,
          () => readProfileRollUp(db, filter),
        )
      : readProfile(db, filter),
    // Newest first: by survey day (the index's order, so the read stops after 40 comments), then by instant.
    db.surveyResponse.findMany({
      where: {
        ...responseWhere(filter),
        comment: options.commentSearch ? containsIgnoringCase(options.commentSearch) : { not: null },
      },
      orderBy: [{ surveyDate: "desc" }, { submittedAt: "desc" }],
      take: 40,
      select: { surveyDate: true, comment: true, score: true },
    }),
  ]);
  return {
    ...figures,
    previous,
    profile: { sex: profile.sex, education: profile.education, occupation: profile.occupation, age: profile.age },
    infoSources: profile.infoSource,
    comments: comments.map((c) => ({
      surveyDate: c.surveyDate,
      comment: anonymiseComment(c.comment) ?? "",
      score: c.score,
    })),
  };
}
