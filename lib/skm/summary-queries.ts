import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { rollUpRows } from "../db/roll-up";
import { AppError } from "../errors";
import { readSettingValue, writeSettingValue } from "../settings/store";
import { findCounterIdByCode, findLicenseTypeIdByCode } from "../reference/queries";
import { bucketKey, parsePeriodKey, type CalendarPeriodKind } from "../periods/periods";
import type { SkmWeightMode } from "./constants";
import { MAX_AGGREGATE_ELEMENTS } from "./aggregate-row";
import { getQuestionnaire } from "./questionnaires";
import { countFinishedApplications } from "../applications/processing-summary-queries";
import {
  addSums,
  assembleSkmSummary,
  emptySums,
  sumsFromColumns,
  type AggregateSums,
  type SkmSummary,
} from "./summary";
import type { TSkmSummaryQuery } from "./schemas";

export const WEIGHT_MODE_SETTING_KEY = "skm.weightMode";

/**
 * The `_sum` selection for a questionnaire: only its own element columns (9 for SKM-2017, 14 for IKM-2004), since
 * summing a column costs one step per aggregate row and the unused ones are always 0.
 */
function sumSelection(questionnaireCode: string): Record<string, true> {
  const elementCount = getQuestionnaire(questionnaireCode)?.elements.length ?? MAX_AGGREGATE_ELEMENTS;
  const selection: Record<string, true> = { respondents: true, scoreSum: true, scoreSumSq: true };
  for (let i = 1; i <= elementCount; i++) {
    selection[`s${i}`] = true;
    selection[`n${i}`] = true;
  }
  return selection;
}

export type SkmSliceFilter = {
  from: string;
  to: string;
  questionnaire: string;
  licenseTypeId?: number;
  counterId?: number;
  channel?: string;
};

const SKM_TABLES = { day: "SkmDailyAggregate", month: "SkmMonthlyAggregate" };

/** The slice conditions of a filter, over columns the day and month tables share. */
function sliceConditions(f: SkmSliceFilter): Prisma.Sql[] {
  const conditions = [Prisma.sql`"questionnaire" = ${f.questionnaire}`];
  if (f.licenseTypeId !== undefined) conditions.push(Prisma.sql`"licenseTypeId" = ${f.licenseTypeId}`);
  if (f.counterId !== undefined) conditions.push(Prisma.sql`"counterId" = ${f.counterId}`);
  if (f.channel !== undefined) conditions.push(Prisma.sql`"channel" = ${f.channel}`);
  return conditions;
}

/**
 * Σ of the questionnaire's columns over the aggregate rows of the filter, per day (whole months come as one row on
 * their first day, from SkmMonthlyAggregate) or in total: never over responses.
 */
async function sumRows(f: SkmSliceFilter, byDay: boolean, db: Db): Promise<Array<Record<string, unknown>>> {
  const columns = Object.keys(sumSelection(f.questionnaire));
  const sums = Prisma.raw(columns.map((column) => `SUM(s."${column}") AS "${column}"`).join(", "));
  const rows = rollUpRows(SKM_TABLES, columns, { from: f.from, to: f.to }, sliceConditions(f));
  return byDay
    ? db.$queryRaw`SELECT s."day" AS "day", ${sums} FROM ${rows} s GROUP BY s."day" ORDER BY s."day"`
    : db.$queryRaw`SELECT ${sums} FROM ${rows} s`;
}

/** Respondents per licence type (id; 0 = not given) over all questionnaires in [from, to] (WIB days). */
export async function countRespondentsByLicenseType(
  range: { from: string; to: string },
  db: Db = getDb(),
): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<Array<{ licenseTypeId: number; respondents: number | bigint }>>`
    SELECT s."licenseTypeId" AS "licenseTypeId", SUM(s."respondents") AS respondents
    FROM ${rollUpRows(SKM_TABLES, ["licenseTypeId", "respondents"], range)} s GROUP BY s."licenseTypeId"`;
  return new Map(rows.map((row) => [Number(row.licenseTypeId), Number(row.respondents)]));
}

/** Σ of the daily aggregate rows of the filter (one SQL SUM over day and month slices, never over responses). */
export async function sumSkmAggregates(f: SkmSliceFilter, db: Db = getDb()): Promise<AggregateSums> {
  const [row] = await sumRows(f, false, db);
  return sumsFromColumns((row ?? {}) as never);
}

/** Σ of the aggregate rows per calendar period (trend): months and edge days, bucketed here. */
export async function sumSkmAggregatesByPeriod(
  f: SkmSliceFilter,
  kind: CalendarPeriodKind,
  db: Db = getDb(),
): Promise<Map<string, AggregateSums>> {
  const rows = (await sumRows(f, true, db)) as Array<Record<string, unknown> & { day: string }>;
  const out = new Map<string, AggregateSums>();
  for (const row of rows) {
    const key = bucketKey(kind, row.day);
    out.set(key, addSums(out.get(key) ?? emptySums(), sumsFromColumns(row as never)));
  }
  return out;
}

export async function getSkmWeightMode(db: Db = getDb()): Promise<SkmWeightMode> {
  return (await readSettingValue(WEIGHT_MODE_SETTING_KEY, db)) === "exact" ? "exact" : "printed";
}

export async function setSkmWeightMode(mode: SkmWeightMode, db: Db = getDb()): Promise<void> {
  await writeSettingValue(WEIGHT_MODE_SETTING_KEY, mode, db);
}

/**
 * Population of service users for a period (the N of Krejcie–Morgan): the figure an admin entered for the calendar
 * period (SkmPopulation) when there is one and no licence-type filter narrows the slice, otherwise every service
 * transaction finished in the period (issued, rejected or withdrawn: each was a served applicant, not only the issued
 * permits), else null when there is neither.
 */
export async function getSkmPopulation(
  range: { from: string; to: string; periodKey?: string | null; licenseTypeId?: number },
  db: Db = getDb(),
): Promise<{ value: number; source: "applications" | "admin" } | null> {
  if (range.periodKey && range.licenseTypeId === undefined) {
    const row = await db.skmPopulation.findUnique({ where: { periodKey: range.periodKey } });
    if (row) return { value: row.population, source: "admin" };
  }
  const { finished } = await countFinishedApplications(
    { from: range.from, to: range.to, licenseTypeId: range.licenseTypeId ?? null },
    db,
  );
  return finished > 0 ? { value: finished, source: "applications" } : null;
}

/** Resolves licence type and counter codes to ids; an unknown code is a 422 naming the parameter. */
export async function resolveSkmFilter(query: TSkmSummaryQuery, db: Db = getDb()): Promise<SkmSliceFilter> {
  const filter: SkmSliceFilter = {
    from: query.from,
    to: query.to,
    questionnaire: query.questionnaire,
    channel: query.channel,
  };
  if (query.licenseType) {
    const lt = await findLicenseTypeIdByCode(query.licenseType, db);
    if (!lt)
      throw new AppError("VALIDATION", "Parameter tidak valid.", {
        fields: { licenseType: `Jenis izin "${query.licenseType}" tidak dikenal` },
      });
    filter.licenseTypeId = lt.id;
  }
  if (query.counter) {
    const c = await findCounterIdByCode(query.counter, db);
    if (!c)
      throw new AppError("VALIDATION", "Parameter tidak valid.", {
        fields: { counter: `Loket "${query.counter}" tidak dikenal` },
      });
    filter.counterId = c.id;
  }
  return filter;
}

/** The period key of an exact calendar period (so an admin-entered population applies), else null. */
function periodKeyOfRange(from: string, to: string): string | null {
  for (const kind of ["month", "quarter", "semester", "year"] as const) {
    const key = bucketKey(kind, from);
    const period = parsePeriodKey(key);
    if (period && period.from === from && period.to === to) return key;
  }
  return null;
}

/** The summary of GET /api/v1/skm/summary and the dashboard headline: aggregates summed, engine applied. */
export async function getSkmSummary(query: TSkmSummaryQuery, db: Db = getDb()): Promise<SkmSummary> {
  const filter = await resolveSkmFilter(query, db);
  return getSkmSummaryForFilter(filter, db);
}

export async function getSkmSummaryForFilter(filter: SkmSliceFilter, db: Db = getDb()): Promise<SkmSummary> {
  const questionnaire = getQuestionnaire(filter.questionnaire);
  if (!questionnaire)
    throw new AppError("VALIDATION", "Parameter tidak valid.", {
      fields: { questionnaire: "Kuesioner tidak dikenal" },
    });
  const [sums, weight, population] = await Promise.all([
    sumSkmAggregates(filter, db),
    getSkmWeightMode(db),
    getSkmPopulation(
      {
        from: filter.from,
        to: filter.to,
        periodKey: periodKeyOfRange(filter.from, filter.to),
        licenseTypeId: filter.licenseTypeId,
      },
      db,
    ),
  ]);
  return assembleSkmSummary({ questionnaire, sums, weight, from: filter.from, to: filter.to, population });
}
