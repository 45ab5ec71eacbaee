import "server-only";
import { randomUUID } from "node:crypto";
import { RESPONSE_PROFILE_COLUMNS } from "./constants";
import type Database from "better-sqlite3";
import type pg from "pg";
import { sqliteValue } from "../db/sqlite-values";
import { elementColumns, MAX_AGGREGATE_ELEMENTS } from "./aggregate-row";
import {
  planResponseBatch,
  type BatchPlan,
  type JobOutcome,
  type ResponseJob,
  type StoredInvitation,
  type StoredResponseRef,
} from "./response-batch";

/**
 * One group commit of survey responses in one transaction, two dialects side by side (the decisions are made once,
 * in the pure planResponseBatch): read the stored idempotency keys and invitations of the batch, plan, then claim
 * the invitations, insert the rows, add the folded increments to their SkmDailyAggregate rows and note when each
 * kiosk was heard from. Throws (after rolling back) on anything unexpected; the writer then retries the batch's
 * submissions one by one, so one bad submission fails alone.
 */

const RESPONSE_COLUMNS = [
  "id",
  "questionnaire",
  "submittedAt",
  "surveyDate",
  "channel",
  "licenseTypeId",
  "counterId",
  "kioskId",
  "invitationId",
  ...RESPONSE_PROFILE_COLUMNS,
  "answers",
  "extraAnswers",
  "score",
  "idempotencyKey",
  "importId",
  "createdAt",
] as const;
const SLICE_COLUMNS = ["day", "questionnaire", "licenseTypeId", "counterId", "channel"] as const;
const ELEMENT_COLUMNS = Array.from({ length: MAX_AGGREGATE_ELEMENTS }, (_, i) => [`s${i + 1}`, `n${i + 1}`]).flat();
const SUM_COLUMNS = ["respondents", "scoreSum", "scoreSumSq", ...ELEMENT_COLUMNS];
const AGGREGATE_COLUMNS = [...SLICE_COLUMNS, ...SUM_COLUMNS];

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");
const UPSERT_TAIL =
  `ON CONFLICT (${quoted(SLICE_COLUMNS)}) DO UPDATE SET ` +
  SUM_COLUMNS.map((c) => `"${c}" = "SkmDailyAggregate"."${c}" + excluded."${c}"`).join(", ");

function insertValues(plan: BatchPlan, index: number, createdAt: Date): unknown[] {
  const row = { ...plan.inserts[index], createdAt } as Record<string, unknown>;
  return RESPONSE_COLUMNS.map((column) => row[column] ?? null);
}

function aggregateValues({ slice, inc }: BatchPlan["aggregates"][number]): unknown[] {
  const sums: Record<string, unknown> = {
    ...slice,
    respondents: inc.respondents,
    scoreSum: inc.scoreSum,
    scoreSumSq: inc.scoreSumSq,
    ...elementColumns(inc),
  };
  return AGGREGATE_COLUMNS.map((column) => sums[column]);
}

// ---------------------------------------------------------------------------------------------------- SQLite

type SqliteStatements = ReturnType<typeof prepareSqlite>;
const sqliteStatements = new WeakMap<Database.Database, SqliteStatements>();

function prepareSqlite(db: Database.Database) {
  const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");
  return {
    byKey: db.prepare(`SELECT "id", "submittedAt", "licenseTypeId" FROM "SurveyResponse" WHERE "idempotencyKey" = ?`),
    invitation: db.prepare(
      `SELECT "id", "token", "licenseTypeId", "counterId", "usedAt", "expiresAt" FROM "SurveyInvitation" WHERE "token" = ?`,
    ),
    claim: db.prepare(`UPDATE "SurveyInvitation" SET "usedAt" = ? WHERE "id" = ? AND "usedAt" IS NULL`),
    insert: db.prepare(
      `INSERT INTO "SurveyResponse" (${quoted(RESPONSE_COLUMNS)}) VALUES (${marks(RESPONSE_COLUMNS.length)})`,
    ),
    aggregate: db.prepare(
      `INSERT INTO "SkmDailyAggregate" (${quoted(AGGREGATE_COLUMNS)}) VALUES (${marks(AGGREGATE_COLUMNS.length)}) ${UPSERT_TAIL}`,
    ),
    kiosk: db.prepare(`UPDATE "Kiosk" SET "lastSeenAt" = ? WHERE "id" = ?`),
  };
}

/** Prisma's SQLite adapter stores DateTime as text; older rows may hold epoch milliseconds. */
const sqliteDate = (value: string | number | null): Date | null => (value === null ? null : new Date(value));

/**
 * SQLite: synchronous from BEGIN IMMEDIATE to COMMIT. Throws SQLITE_BUSY from BEGIN when another connection holds
 * the write lock (nothing has been written then).
 */
export function writeResponseBatchSqlite(db: Database.Database, jobs: readonly ResponseJob[]): JobOutcome[] {
  let statements = sqliteStatements.get(db);
  if (!statements) {
    statements = prepareSqlite(db);
    sqliteStatements.set(db, statements);
  }
  const s = statements;
  db.exec("BEGIN IMMEDIATE");
  try {
    const byIdempotencyKey = new Map<string, StoredResponseRef>();
    const invitationsByToken = new Map<string, StoredInvitation>();
    for (const job of jobs) {
      const key = job.response.idempotencyKey;
      if (key && !byIdempotencyKey.has(key)) {
        const row = s.byKey.get(key) as { id: string; submittedAt: string; licenseTypeId: number | null } | undefined;
        if (row) {
          byIdempotencyKey.set(key, {
            id: row.id,
            submittedAt: sqliteDate(row.submittedAt)!,
            licenseTypeId: row.licenseTypeId === null ? null : Number(row.licenseTypeId),
          });
        }
      }
      const token = job.invitationToken;
      if (token && !invitationsByToken.has(token)) {
        const row = s.invitation.get(token) as Record<string, string | number | null> | undefined;
        if (row) invitationsByToken.set(token, invitationFromRow(row, sqliteDate));
      }
    }
    const plan = planResponseBatch(jobs, { byIdempotencyKey, invitationsByToken }, randomUUID);
    for (const claim of plan.claims) {
      const result = s.claim.run(sqliteValue(claim.usedAt), claim.invitationId);
      if (result.changes !== 1) throw new Error(`invitation ${claim.invitationId} was claimed concurrently`);
    }
    const createdAt = new Date();
    for (let i = 0; i < plan.inserts.length; i++) s.insert.run(insertValues(plan, i, createdAt).map(sqliteValue));
    for (const aggregate of plan.aggregates) s.aggregate.run(aggregateValues(aggregate));
    for (const seen of plan.kioskSeen) s.kiosk.run(sqliteValue(seen.at), seen.kioskId);
    db.exec("COMMIT");
    return plan.outcomes;
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}

function invitationFromRow<T>(row: Record<string, T>, toDate: (value: T) => Date | null): StoredInvitation {
  return {
    id: String(row.id),
    token: String(row.token),
    licenseTypeId: row.licenseTypeId === null ? null : Number(row.licenseTypeId),
    counterId: row.counterId === null ? null : Number(row.counterId),
    usedAt: toDate(row.usedAt),
    expiresAt: toDate(row.expiresAt)!,
  };
}

/** True for "database is locked" (another connection holds the write lock). */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

// ------------------------------------------------------------------------------------------------ PostgreSQL

/** timestamp(3) columns hold UTC without a zone (as Prisma writes them): sent and read as zone-less UTC text. */
const pgTimestamp = (date: Date) => date.toISOString().slice(0, 23).replace("T", " ");
const pgDate = (text: string | null): Date | null => (text === null ? null : new Date(`${text.replace(" ", "T")}Z`));

const PG_TYPES: Record<string, string> = {
  submittedAt: "timestamp(3)",
  createdAt: "timestamp(3)",
  licenseTypeId: "integer",
  counterId: "integer",
  age: "integer",
  score: "double precision",
  scoreSum: "double precision",
  scoreSumSq: "double precision",
  respondents: "integer",
  ...Object.fromEntries(ELEMENT_COLUMNS.map((c) => [c, "integer"])),
};
const unnest = (columns: readonly string[]) =>
  `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? "text"}[]`).join(", ")})`;
const columnArrays = (columns: readonly string[], rows: unknown[][]) =>
  columns.map((_, i) => rows.map((row) => row[i]));

const PG = {
  byKeys: `SELECT "idempotencyKey" AS "key", "id", "submittedAt"::text AS "submittedAt", "licenseTypeId" FROM "SurveyResponse" WHERE "idempotencyKey" = ANY($1::text[])`,
  invitations: `SELECT "id", "token", "licenseTypeId", "counterId", "usedAt"::text AS "usedAt", "expiresAt"::text AS "expiresAt" FROM "SurveyInvitation" WHERE "token" = ANY($1::text[]) FOR UPDATE`,
  claim: `UPDATE "SurveyInvitation" AS i SET "usedAt" = c."at" FROM unnest($1::text[], $2::timestamp(3)[]) AS c("id", "at") WHERE i."id" = c."id" AND i."usedAt" IS NULL`,
  insert: `INSERT INTO "SurveyResponse" (${quoted(RESPONSE_COLUMNS)}) ${unnest(RESPONSE_COLUMNS)}`,
  aggregate: `INSERT INTO "SkmDailyAggregate" (${quoted(AGGREGATE_COLUMNS)}) ${unnest(AGGREGATE_COLUMNS)} ${UPSERT_TAIL}`,
  kiosk: `UPDATE "Kiosk" AS k SET "lastSeenAt" = s."at" FROM unnest($1::text[], $2::timestamp(3)[]) AS s("id", "at") WHERE k."id" = s."id"`,
};

const pgValue = (value: unknown) => (value instanceof Date ? pgTimestamp(value) : (value ?? null));

/** PostgreSQL: one transaction, set-wise statements (named, so each connection prepares them once). */
export async function writeResponseBatchPostgres(
  client: pg.Client,
  jobs: readonly ResponseJob[],
): Promise<JobOutcome[]> {
  const run = (name: keyof typeof PG, values: unknown[]) =>
    client.query({ name: `skm-batch-${name}`, text: PG[name], values });
  await client.query("BEGIN");
  try {
    const keys = [...new Set(jobs.map((j) => j.response.idempotencyKey).filter((k): k is string => !!k))];
    const tokens = [...new Set(jobs.map((j) => j.invitationToken).filter((t): t is string => !!t))];
    const byIdempotencyKey = new Map<string, StoredResponseRef>();
    if (keys.length) {
      for (const row of (await run("byKeys", [keys])).rows)
        byIdempotencyKey.set(row.key, {
          id: row.id,
          submittedAt: pgDate(row.submittedAt)!,
          licenseTypeId: row.licenseTypeId === null ? null : Number(row.licenseTypeId),
        });
    }
    const invitationsByToken = new Map<string, StoredInvitation>();
    if (tokens.length) {
      for (const row of (await run("invitations", [tokens])).rows)
        invitationsByToken.set(row.token, invitationFromRow(row, pgDate));
    }
    const plan = planResponseBatch(jobs, { byIdempotencyKey, invitationsByToken }, randomUUID);
    if (plan.claims.length) {
      const claimed = await run("claim", [
        plan.claims.map((c) => c.invitationId),
        plan.claims.map((c) => pgTimestamp(c.usedAt)),
      ]);
      if (claimed.rowCount !== plan.claims.length)
        throw new Error("an invitation of the batch was claimed concurrently");
    }
    const createdAt = new Date();
    if (plan.inserts.length) {
      const rows = plan.inserts.map((_, i) => insertValues(plan, i, createdAt).map(pgValue));
      await run("insert", columnArrays(RESPONSE_COLUMNS, rows));
    }
    if (plan.aggregates.length)
      await run("aggregate", columnArrays(AGGREGATE_COLUMNS, plan.aggregates.map(aggregateValues)));
    if (plan.kioskSeen.length)
      await run("kiosk", [plan.kioskSeen.map((k) => k.kioskId), plan.kioskSeen.map((k) => pgTimestamp(k.at))]);
    await client.query("COMMIT");
    return plan.outcomes;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
