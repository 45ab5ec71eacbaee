/**
 * The one definition of LkpmProjectStat (issue 15): one row per project that can owe LKPM reports — an issued
 * licence with a declared investment > 0, an issue day and a scale that files (kecil → semester, menengah and besar →
 * triwulan) — with the sum and count of its reports of that kind and realised ÷ planned as the engine divides it
 * (`sum * 1.0 / investmentValue`, the expression the realisation page ordered by before this table existed).
 * Kept by triggers on Application and InvestmentRealisation (the migration's text is generated here, a unit test keeps
 * them equal), back-filled by the migration and recounted by the consistency check with the same SELECT. Pure.
 */

const COLUMNS = `"applicationId", "registrationNo", "kind", "finishedDay", "realised", "reports", "ratio"`;

/** A project that can owe LKPM reports (a = Application); owesReportSql adds "its first period has ended". */
export const LKPM_PROJECT_ELIGIBLE = `a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."investmentValue" > 0
  AND a."finishedDay" IS NOT NULL AND a."scale" IN ('kecil', 'menengah', 'besar')`;

/** The report (r) is of the kind the project's (a) scale files. */
const KIND_OF_SCALE = `((a."scale" = 'kecil' AND r."periodKind" = 'semester') OR (a."scale" IN ('menengah', 'besar') AND r."periodKind" = 'triwulan'))`;

/**
 * The rows of LkpmProjectStat recomputed from Application and InvestmentRealisation, for the projects matching
 * `condition` (over a, e.g. `a."id" = NEW."applicationId"`) or all. The realised sum is cast to text when
 * `realisedAsText` (exact when read back by a client). The ratio: SQLite divides a REAL by an INTEGER; PostgreSQL
 * divides NUMERIC and the cast keeps the nearest double (CAST to DOUBLE PRECISION is REAL on SQLite: a no-op there).
 */
export function lkpmProjectStatSelectSql(condition = "1 = 1", options: { realisedAsText?: boolean } = {}): string {
  const realised = `COALESCE(SUM(r."realisedInvestment"), 0)`;
  return `SELECT a."id" AS "applicationId", a."registrationNo" AS "registrationNo",
       CASE WHEN a."scale" = 'kecil' THEN 'semester' ELSE 'triwulan' END AS "kind", a."finishedDay" AS "finishedDay",
       ${options.realisedAsText ? `CAST(${realised} AS TEXT)` : realised} AS "realised", COUNT(r."id") AS "reports",
       CAST(${realised} * 1.0 / a."investmentValue" AS DOUBLE PRECISION) AS "ratio"
     FROM "Application" a LEFT JOIN "InvestmentRealisation" r ON r."applicationId" = a."id" AND ${KIND_OF_SCALE}
     WHERE (${condition}) AND ${LKPM_PROJECT_ELIGIBLE}
     GROUP BY a."id", a."registrationNo", a."scale", a."finishedDay", a."investmentValue"`;
}

// PostgreSQL: a concurrent writer of the same project may insert the row between this DELETE and INSERT; the
// INSERT then takes its values (computed after that writer committed, so they include its report).
const UPSERT_SET = ["registrationNo", "kind", "finishedDay", "realised", "reports", "ratio"]
  .map((column) => `"${column}" = excluded."${column}"`)
  .join(", ");

/**
 * Statements that make the rows of some projects current (`ids`: SQL expressions such as NEW."applicationId"): drop
 * them, then insert those still eligible. `only` leaves out one of the two where the trigger's event cannot need it: a
 * new application has no row yet, a deleted one nothing to insert. (A report write keeps both: on PostgreSQL the
 * DELETE waits for a concurrent writer of the same project, so the INSERT's SELECT sees that writer's report.)
 */
export function lkpmProjectRefreshSql(ids: readonly string[], only?: "drop" | "upsert"): string[] {
  const list = [...new Set(ids)].join(", ");
  const drop = `DELETE FROM "LkpmProjectStat" WHERE "applicationId" IN (${list})`;
  const upsert = `INSERT INTO "LkpmProjectStat" (${COLUMNS}) ${lkpmProjectStatSelectSql(`a."id" IN (${list})`)}
     ON CONFLICT ("applicationId") DO UPDATE SET ${UPSERT_SET}`;
  return only === "drop" ? [drop] : only === "upsert" ? [upsert] : [drop, upsert];
}

/** The back-fill (and a full recount): every row again. */
export function lkpmProjectRecountSql(): string[] {
  return [`DELETE FROM "LkpmProjectStat"`, `INSERT INTO "LkpmProjectStat" (${COLUMNS}) ${lkpmProjectStatSelectSql()}`];
}

type TriggerEvent = {
  event: "INSERT" | "UPDATE" | "DELETE";
  ids: readonly string[];
  when?: string;
  only?: "drop" | "upsert";
};
type TriggerTable = { table: string; fn: string; updateOf: string; events: readonly TriggerEvent[] };

/** LKPM_PROJECT_ELIGIBLE over the trigger's OLD or NEW row (a declared investment > 0 is not null). */
const eligible = (row: "OLD" | "NEW") =>
  `${row}."status" = 'issued' AND ${row}."investmentValue" > 0 AND ${row}."finishedDay" IS NOT NULL AND ${row}."scale" IN ('kecil', 'menengah', 'besar')`;

// Which project rows each write can change: an application's own (insert, an edit of a column the row depends on,
// delete; only when it can owe reports before or after, so an import of licences without investment pays nothing),
// a report's project (insert, delete, re-send; both projects when a report moves to another one).
const TABLES: readonly TriggerTable[] = [
  {
    table: "Application",
    fn: "application_to_lkpm_project",
    updateOf: `"status", "scale", "investmentValue", "finishedDay", "registrationNo"`,
    events: [
      { event: "INSERT", ids: ['NEW."id"'], when: eligible("NEW"), only: "upsert" },
      { event: "UPDATE", ids: ['OLD."id"', 'NEW."id"'], when: `(${eligible("OLD")}) OR (${eligible("NEW")})` },
      { event: "DELETE", ids: ['OLD."id"'], when: eligible("OLD"), only: "drop" },
    ],
  },
  {
    table: "InvestmentRealisation",
    fn: "lkpm_report_to_lkpm_project",
    updateOf: `"applicationId", "periodKind", "realisedInvestment"`,
    events: [
      { event: "INSERT", ids: ['NEW."applicationId"'] },
      { event: "UPDATE", ids: ['OLD."applicationId"', 'NEW."applicationId"'] },
      { event: "DELETE", ids: ['OLD."applicationId"'] },
    ],
  },
];

const triggerName = (t: TriggerTable, e: TriggerEvent) => `${t.table}_lkpm_${e.event.toLowerCase()}`;
const triggerEvent = (t: TriggerTable, e: TriggerEvent) =>
  `AFTER ${e.event === "UPDATE" ? `UPDATE OF ${t.updateOf}` : e.event} ON "${t.table}"`;

/**
 * The triggers as the migration creates them on `engine`, one per table and event (SQLite: the statements in the
 * trigger; PostgreSQL: a function per table that branches on TG_OP).
 */
export function lkpmProjectTriggerSql(engine: "sqlite" | "postgresql"): string {
  if (engine === "sqlite") {
    return TABLES.flatMap((t) =>
      t.events.map(
        (e) =>
          `CREATE TRIGGER "${triggerName(t, e)}" ${triggerEvent(t, e)}${e.when ? ` WHEN ${e.when}` : ""} BEGIN\n  ${lkpmProjectRefreshSql(e.ids, e.only).join(";\n  ")};\nEND;`,
      ),
    ).join("\n");
  }
  const quote = (statement: string) => statement.replaceAll("'", "''");
  return TABLES.map((t) => {
    const branches = t.events
      .map(
        (e, index) =>
          `  ${index === 0 ? "IF" : "ELSIF"} TG_OP = ''${e.event}'' THEN\n    ${lkpmProjectRefreshSql(e.ids, e.only).map(quote).join("\\x3B\n    ")}\\x3B`,
      )
      .join("\n");
    const triggers = t.events.map(
      (e) =>
        `CREATE TRIGGER "${triggerName(t, e)}" ${triggerEvent(t, e)}\n  FOR EACH ROW${e.when ? ` WHEN (${e.when})` : ""} EXECUTE FUNCTION "${t.fn}"();`,
    );
    return [
      `CREATE FUNCTION "${t.fn}"() RETURNS trigger LANGUAGE plpgsql AS E'\nBEGIN\n${branches}\n  END IF\\x3B\n  RETURN NULL\\x3B\nEND\n';`,
      ...triggers,
    ].join("\n");
  }).join("\n");
}
