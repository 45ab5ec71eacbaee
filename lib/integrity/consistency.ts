import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { databaseEngine } from "../env";
import { getQuestionnaire } from "../skm/questionnaires";
import { respondentScore, type AggregateIncrements } from "../skm/aggregate-row";
import {
  AGGREGATE_VALUE_COLUMNS,
  FLOAT_AGGREGATE_COLUMNS,
  accumulateResponses,
  aggregateRowsOf,
  sliceKey,
  type AggregateSlice,
} from "../skm/aggregate-recount";
import { compareAggregates, type Difference, type KeyedRow } from "./compare";
import { investmentDayStatSelectSql } from "../investment/day-stat-sql";

export type ConsistencySectionName =
  "skm-daily" | "skm-scores" | "processing-daily" | "processing-stages" | "investment-daily";

export type ConsistencySection = {
  name: ConsistencySectionName;
  /** What the recount read: raw rows (responses, finished applications, stage events). */
  rawRows: number;
  /** Stored aggregate rows compared. */
  storedRows: number;
  differenceCount: number;
  /** The first differences (up to 20) with key, column, recomputed and stored value. */
  differences: Difference[];
};

export type ConsistencyReport = {
  checkedAt: Date;
  durationMs: number;
  differenceCount: number;
  sections: ConsistencySection[];
};

const SHOWN_DIFFERENCES = 20;
const PAGE = 5_000;

function section(
  name: ConsistencySectionName,
  rawRows: number,
  storedRows: number,
  differences: Difference[],
): ConsistencySection {
  return {
    name,
    rawRows,
    storedRows,
    differenceCount: differences.length,
    differences: differences.slice(0, SHOWN_DIFFERENCES),
  };
}

function pick(row: Record<string, unknown>, columns: readonly string[]): Record<string, number> {
  return Object.fromEntries(columns.map((c) => [c, Number(row[c] ?? 0)]));
}

/** SKM: every SurveyResponse recounted into day slices vs SkmDailyAggregate; and each response's stored score. */
async function checkSkm(db: Db): Promise<ConsistencySection[]> {
  const accumulated = new Map<string, { slice: AggregateSlice; inc: AggregateIncrements }>();
  const scoreDifferences: Difference[] = [];
  let rawRows = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.surveyResponse.findMany({
      select: {
        id: true,
        surveyDate: true,
        questionnaire: true,
        licenseTypeId: true,
        counterId: true,
        channel: true,
        answers: true,
        score: true,
      },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) break;
    accumulateResponses(accumulated, rows);
    for (const row of rows) {
      const questionnaire = getQuestionnaire(row.questionnaire);
      const score = questionnaire
        ? respondentScore(questionnaire, JSON.parse(row.answers) as Record<string, number | null>)
        : null;
      if (score === null || Math.abs(score - row.score) > 1e-9)
        scoreDifferences.push({ key: row.id, column: "score", expected: score, stored: row.score });
    }
    rawRows += rows.length;
    cursor = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) break;
  }
  const expected: KeyedRow[] = aggregateRowsOf(accumulated).map((row) => ({
    key: sliceKey(row),
    values: pick(row, AGGREGATE_VALUE_COLUMNS),
  }));
  const storedRows = await db.skmDailyAggregate.findMany();
  const stored: KeyedRow[] = storedRows.map((row) => ({
    key: sliceKey(row),
    values: pick(row as unknown as Record<string, unknown>, AGGREGATE_VALUE_COLUMNS),
  }));
  return [
    section(
      "skm-daily",
      rawRows,
      stored.length,
      compareAggregates(expected, stored, { floatColumns: FLOAT_AGGREGATE_COLUMNS }),
    ),
    section("skm-scores", rawRows, rawRows, scoreDifferences),
  ];
}

type RawRow = Record<string, unknown>;

/** Runs a portable SELECT (double-quoted identifiers, no parameters) and returns its rows. */
async function select(db: Db, sql: string): Promise<RawRow[]> {
  return db.$queryRawUnsafe<RawRow[]>(sql);
}

/** Processing and investment: GROUP BY over Application / ApplicationEvent vs the three day-stat tables. */
async function checkApplications(db: Db): Promise<ConsistencySection[]> {
  const [
    processingExpected,
    stageExpected,
    investmentExpected,
    processingStored,
    stageStored,
    investmentStored,
    finished,
    stageEvents,
  ] = await Promise.all([
    select(
      db,
      `SELECT a."finishedDay" AS "day", a."licenseTypeId" AS "licenseTypeId", a."processingDays" AS "processingDays", a."isOnTime" AS "isOnTime", COUNT(*) AS "count"
       FROM "Application" a
       WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL AND a."isOnTime" IS NOT NULL
       GROUP BY a."finishedDay", a."licenseTypeId", a."processingDays", a."isOnTime"`,
    ),
    select(
      db,
      `SELECT a."finishedDay" AS "day", a."licenseTypeId" AS "licenseTypeId", e."stage" AS "stage", e."durationDays" AS "durationDays", COUNT(*) AS "count"
       FROM "ApplicationEvent" e JOIN "Application" a ON a."id" = e."applicationId"
       WHERE e."kind" = 'stage' AND e."durationDays" IS NOT NULL AND a."finishedDay" IS NOT NULL
       GROUP BY a."finishedDay", a."licenseTypeId", e."stage", e."durationDays"`,
    ),
    select(db, investmentDayStatSelectSql("all", { investmentAsText: true })),
    db.processingDayStat.findMany(),
    db.processingStageDayStat.findMany(),
    db.investmentDayStat.findMany(),
    db.application.count({ where: { finishedDay: { not: null } } }),
    db.applicationEvent.count({ where: { kind: "stage", durationDays: { not: null } } }),
  ]);
  // SQLite returns booleans as 0/1 and COUNT as number or bigint; PostgreSQL booleans as true/false and COUNT as bigint.
  const bool = (v: unknown) => (v === true || v === 1 || v === 1n || v === "1" || v === "t" ? "1" : "0");
  const processingKey = (r: RawRow) =>
    `${r.day}|${Number(r.licenseTypeId)}|${Number(r.processingDays)}|${bool(r.isOnTime)}`;
  const stageKey = (r: RawRow) => `${r.day}|${Number(r.licenseTypeId)}|${r.stage}|${Number(r.durationDays)}`;
  const investmentKey = (r: RawRow) =>
    `${r.day}|${r.sector}|${r.sectorGroup}|${r.kecamatanCode}|${r.origin}|${r.scale}`;
  const investmentValues = (r: RawRow) => ({
    projects: Number(r.projects),
    investment: String(r.investment ?? "0"),
    workers: Number(r.workers ?? 0),
  });
  return [
    section(
      "processing-daily",
      finished,
      processingStored.length,
      compareAggregates(
        processingExpected.map((r) => ({ key: processingKey(r), values: { count: Number(r.count) } })),
        processingStored.map((r) => ({ key: processingKey(r), values: { count: r.count } })),
      ),
    ),
    section(
      "processing-stages",
      stageEvents,
      stageStored.length,
      compareAggregates(
        stageExpected.map((r) => ({ key: stageKey(r), values: { count: Number(r.count) } })),
        stageStored.map((r) => ({ key: stageKey(r), values: { count: r.count } })),
      ),
    ),
    section(
      "investment-daily",
      finished,
      investmentStored.length,
      compareAggregates(
        investmentExpected.map((r) => ({ key: investmentKey(r), values: investmentValues(r) })),
        investmentStored.map((r) => ({ key: investmentKey(r), values: investmentValues(r) })),
      ),
    ),
  ];
}

/**
 * The consistency check of issue 12: recomputes every daily aggregate (SKM, processing, stages, investment) from
 * the raw responses, applications and events and reports each difference with its key and column. It should
 * always report zero; anything else means a write path forgot an aggregate. Read-only.
 */
export async function runConsistencyCheck(db: Db = getDb(), now: () => number = Date.now): Promise<ConsistencyReport> {
  const started = now();
  const run = async (reader: Db) => [...(await checkSkm(reader)), ...(await checkApplications(reader))];
  // PostgreSQL: one repeatable-read snapshot, so writes during the check cannot show up as differences. SQLite (one
  // office, one process): plain reads, so the check never holds a lock that would make a counter wait.
  const sections =
    databaseEngine() === "postgresql"
      ? await db.$transaction((tx) => run(tx as unknown as Db), {
          isolationLevel: "RepeatableRead" as never,
          timeout: 600_000,
          maxWait: 60_000,
        })
      : await run(db);
  return {
    checkedAt: new Date(started),
    durationMs: now() - started,
    differenceCount: sections.reduce((sum, s) => sum + s.differenceCount, 0),
    sections,
  };
}
