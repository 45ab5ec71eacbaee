import "server-only";
import { getDb, type Db } from "../db/client";
import { databaseEngine } from "../env";
import { dataVersionTriggerNames, dataVersionsOf, type DataVersions } from "./data-versions";

/** Every stored change counter (summed over PostgreSQL's shards), "table:year" → version: one small read. */
export async function readDataVersions(db: Db = getDb()): Promise<DataVersions> {
  const rows = await db.$queryRaw<Array<{ tableName: string; year: number | bigint; version: string }>>`
    SELECT "tableName", "year", CAST(SUM("version") AS TEXT) AS "version" FROM "DataVersion"
    GROUP BY "tableName", "year"`;
  return dataVersionsOf(rows);
}

/**
 * The change-counter triggers this engine should have (data-versions.ts) that the database lacks: a SQLite table
 * rebuild by a later migration drops its triggers, and then a cached figure could outlive a write.
 */
export async function missingDataVersionTriggers(db: Db = getDb()): Promise<string[]> {
  const engine = databaseEngine();
  const rows =
    engine === "sqlite"
      ? await db.$queryRaw<Array<{ name: string }>>`
          SELECT "name" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" LIKE 'DataVersion%'`
      : await db.$queryRaw<Array<{ name: string }>>`
          SELECT CAST("tgname" AS TEXT) AS "name" FROM "pg_trigger" WHERE NOT "tgisinternal" AND "tgname" LIKE 'DataVersion%'`;
  const present = new Set(rows.map((row) => row.name));
  return dataVersionTriggerNames(engine).filter((name) => !present.has(name));
}
