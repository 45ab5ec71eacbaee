// After-run verification of bench/load.ts, through the application's own client and consistency check.
import pg from "pg";
import { createDbClient, perEngine } from "../lib/db/client";
import { resetEnvCache } from "../lib/env";
import { runConsistencyCheck } from "../lib/integrity/consistency-queries";
import { MAX_AGGREGATE_ELEMENTS } from "../lib/skm/aggregate-row";

export type StoredCounts = {
  keys: Set<string>;
  keyRows: number;
  responses: number;
  aggregateRespondents: number;
  answerSum: number;
  aggregateAnswerSum: number;
  consistencyDifferences: number;
};

export async function countStored(databaseUrl: string, keyPrefix: string): Promise<StoredCounts> {
  process.env.DATABASE_URL = databaseUrl;
  resetEnvCache();
  const db = createDbClient(databaseUrl);
  try {
    const keyed = await db.surveyResponse.findMany({
      where: { idempotencyKey: { startsWith: keyPrefix } },
      select: { idempotencyKey: true },
    });
    let answerSum = 0;
    let responses = 0;
    let cursor: string | undefined;
    for (;;) {
      const page = await db.surveyResponse.findMany({
        select: { id: true, answers: true },
        orderBy: { id: "asc" },
        take: 10_000,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (page.length === 0) break;
      for (const r of page)
        for (const v of Object.values(JSON.parse(r.answers) as Record<string, number | null>)) answerSum += v ?? 0;
      responses += page.length;
      cursor = page[page.length - 1].id;
    }
    const sums: Record<string, true> = { respondents: true };
    for (let i = 1; i <= MAX_AGGREGATE_ELEMENTS; i++) sums[`s${i}`] = true;
    const aggregate = await perEngine(db, {
      sqlite: (c) => c.skmDailyAggregate.aggregate({ _sum: sums }),
      postgresql: (c) => c.skmDailyAggregate.aggregate({ _sum: sums }),
    });
    const total = aggregate._sum as Record<string, number | null>;
    let aggregateAnswerSum = 0;
    for (let i = 1; i <= MAX_AGGREGATE_ELEMENTS; i++) aggregateAnswerSum += total[`s${i}`] ?? 0;
    const consistency = await runConsistencyCheck(db);
    return {
      keys: new Set(keyed.map((k) => k.idempotencyKey!)),
      keyRows: keyed.length,
      responses,
      aggregateRespondents: total.respondents ?? 0,
      answerSum,
      aggregateAnswerSum,
      consistencyDifferences: consistency.differenceCount,
    };
  } finally {
    await db.$disconnect();
  }
}

/** A fresh database on the given PostgreSQL server for one bench run, dropped afterwards. */
export async function createBenchDatabase(serverUrl: string, runId: string) {
  const name = `lentera_bench_${runId}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
