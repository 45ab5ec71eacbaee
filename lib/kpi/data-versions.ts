/**
 * Change counters of the roll-up tables the leadership scorecard and the staff dashboards read (issue 15). Database
 * triggers (migrations 20261206142317_data_versions, …_dashboard_data_versions and …_processing_data_versions, made
 * from `dataVersionTriggerSql`)
 * bump a DataVersion row on every insert, update
 * and delete of these tables, in the writing statement's transaction, whichever writer made it. The scorecard keeps
 * each figure under the versions of the tables it was read from, so a figure a write changed is never served: the
 * next read sees another version and reads again. Pure: no database access here (data-version-queries.ts reads).
 */

/**
 * Each versioned table with the column that says which year a row belongs to ("YYYY…" day or month text), or null
 * when the table is versioned as a whole. A write to a year's row bumps (table, year); a whole-table write and a
 * TRUNCATE bump (table, 0), which every key of that table includes.
 */
export const VERSIONED_TABLES = {
  SkmDailyAggregate: "day",
  SkmMonthlyAggregate: "month",
  ProcessingDayStat: "day",
  ProcessingMonthStat: "month",
  ProcessingStageDayStat: "day",
  ProcessingStageMonthStat: "month",
  InvestmentDayStat: "day",
  InvestmentMonthStat: "month",
  Complaint: "receivedOn",
  FollowUpAction: null,
  Setting: null,
  SkmPopulation: null,
  Holiday: null,
  HolidayYear: null,
  LicenseType: null,
  // Added for the SKM dashboard (migration …_dashboard_data_versions).
  SkmProfileDayStat: "day",
  SkmLowAnswerDayStat: "day",
  // Added for the processing dashboard (migration …_processing_data_versions). Application: its open files; any write
  // to an application (registration, step, import, re-import) bumps it. Timeline events are written only together
  // with their application's row (its figures are recomputed in the same transaction), so it covers them too. The
  // per-counter and per-officer roll-ups: its breakdowns.
  Application: null,
  ProcessingCounterDayStat: "day",
  ProcessingCounterMonthStat: "month",
  ProcessingOfficerDayStat: "day",
  ProcessingOfficerMonthStat: "month",
} as const satisfies Record<string, string | null>;

export type VersionedTable = keyof typeof VERSIONED_TABLES;

/** PostgreSQL spreads each (table, year) counter over this many rows (backend pid modulo), summed when read. */
export const POSTGRES_SHARDS = 8;

/** Stored versions: "table:year" → the counter (summed over shards) as text; a missing row counts as "0". */
export type DataVersions = ReadonlyMap<string, string>;

export function dataVersionsOf(rows: readonly { tableName: string; year: number | bigint; version: unknown }[]) {
  return new Map(rows.map((row) => [`${row.tableName}:${Number(row.year)}`, String(row.version)]));
}

/**
 * The part of a cache key that changes whenever a row of `tables` for the years of [from, to] (WIB days) is
 * written: each table's whole-table counter and, for a table versioned by year, the counter of each year covered.
 */
export function versionKey(
  versions: DataVersions,
  tables: readonly VersionedTable[],
  range: { from: string; to: string },
): string {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  const of = (table: string, year: number) => versions.get(`${table}:${year}`) ?? "0";
  return tables
    .map((table) => {
      const parts = [of(table, 0)];
      if (VERSIONED_TABLES[table] !== null) for (let year = first; year <= last; year++) parts.push(of(table, year));
      return `${table}=${parts.join(".")}`;
    })
    .join(",");
}

type Engine = "sqlite" | "postgresql";

const BUMP_CONFLICT = `ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1`;

function sqliteBump(table: string, year: string, where = ""): string {
  return `INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT '${table}', ${year}, 0, 1${where}
    ${BUMP_CONFLICT};`;
}

const yearOf = (row: "NEW" | "OLD", column: string) => `CAST(substr(${row}."${column}", 1, 4) AS INTEGER)`;

function sqliteTriggers(table: VersionedTable): string[] {
  const column = VERSIONED_TABLES[table];
  const newYear = column === null ? "0" : yearOf("NEW", column);
  const oldYear = column === null ? "0" : yearOf("OLD", column);
  const trigger = (event: string, body: string[]) =>
    `CREATE TRIGGER "DataVersion_${table}_${event.toLowerCase()}" AFTER ${event} ON "${table}" BEGIN\n  ${body.join("\n  ")}\nEND;`;
  // INSERT … SELECT needs a WHERE before ON CONFLICT (SQLite's upsert parsing); an update that moves a row to
  // another year bumps both years.
  const update = [sqliteBump(table, newYear, " WHERE 1 = 1")];
  if (column !== null) update.push(sqliteBump(table, oldYear, ` WHERE ${oldYear} IS NOT ${newYear}`));
  return [
    trigger("INSERT", [sqliteBump(table, newYear, " WHERE 1 = 1")]),
    trigger("UPDATE", update),
    trigger("DELETE", [sqliteBump(table, oldYear, " WHERE 1 = 1")]),
  ];
}

// PostgreSQL: one function for every table, run by deferred row triggers (at commit, after every lock the
// transaction's own writes take, so a counter row is held only while committing and two writers cannot each hold a
// counter the other waits for behind a data row) with the year column named by the trigger's argument ('' for a
// whole table), and by a statement trigger on TRUNCATE (year 0). The body is an E'' string with \x3B for each
// semicolon: Prisma's migration runner splits a script at every semicolon.
const POSTGRES_FUNCTION = `CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  row_shard integer := pg_backend_pid() % ${POSTGRES_SHARDS}\\x3B
  new_year integer\\x3B
  old_year integer\\x3B
BEGIN
  IF TG_LEVEL = ''STATEMENT'' OR TG_ARGV[0] = '''' THEN
    INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") VALUES (TG_TABLE_NAME, 0, row_shard, 1)
      ${BUMP_CONFLICT}\\x3B
    RETURN NULL\\x3B
  END IF\\x3B
  IF TG_OP <> ''DELETE'' THEN
    new_year := CAST(substr(to_jsonb(NEW) ->> TG_ARGV[0], 1, 4) AS INTEGER)\\x3B
    INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") VALUES (TG_TABLE_NAME, new_year, row_shard, 1)
      ${BUMP_CONFLICT}\\x3B
  END IF\\x3B
  IF TG_OP <> ''INSERT'' THEN
    old_year := CAST(substr(to_jsonb(OLD) ->> TG_ARGV[0], 1, 4) AS INTEGER)\\x3B
    IF new_year IS DISTINCT FROM old_year THEN
      INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") VALUES (TG_TABLE_NAME, old_year, row_shard, 1)
        ${BUMP_CONFLICT}\\x3B
    END IF\\x3B
  END IF\\x3B
  RETURN NULL\\x3B
END
';`;

function postgresTriggers(table: VersionedTable): string[] {
  const run = `EXECUTE FUNCTION "data_version_bump"`;
  return [
    `CREATE CONSTRAINT TRIGGER "DataVersion_${table}" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW ${run}('${VERSIONED_TABLES[table] ?? ""}');`,
    `CREATE TRIGGER "DataVersion_${table}_truncate" AFTER TRUNCATE ON "${table}"\n  FOR EACH STATEMENT ${run}();`,
  ];
}

const TABLES = Object.keys(VERSIONED_TABLES) as VersionedTable[];

/** The tables each trigger migration covers (the first one also creates PostgreSQL's function), in order. */
export const TRIGGER_MIGRATIONS = {
  data_versions: TABLES.slice(0, TABLES.indexOf("SkmProfileDayStat")),
  dashboard_data_versions: ["SkmProfileDayStat", "SkmLowAnswerDayStat"],
  processing_data_versions: [
    "Application",
    "ProcessingCounterDayStat",
    "ProcessingCounterMonthStat",
    "ProcessingOfficerDayStat",
    "ProcessingOfficerMonthStat",
  ],
} as const satisfies Record<string, readonly VersionedTable[]>;

/**
 * The triggers' SQL of `tables` (default: every versioned table, with PostgreSQL's function): what a migration
 * creates, and what a migration that rebuilds a versioned table must create again (then pass that table).
 */
export function dataVersionTriggerSql(
  engine: Engine,
  tables: readonly VersionedTable[] = TABLES,
  withFunction = tables === TABLES || tables === TRIGGER_MIGRATIONS.data_versions,
): string {
  const triggers = tables.flatMap(engine === "sqlite" ? sqliteTriggers : postgresTriggers);
  return [...(engine === "postgresql" && withFunction ? [POSTGRES_FUNCTION] : []), ...triggers].join("\n");
}

/** The names of the triggers `dataVersionTriggerSql` creates, sorted. */
export function dataVersionTriggerNames(engine: Engine): string[] {
  return dataVersionTriggerSql(engine)
    .split("\n")
    .flatMap((line) => /^CREATE (?:CONSTRAINT )?TRIGGER "([^"]+)"/.exec(line)?.[1] ?? [])
    .sort();
}
