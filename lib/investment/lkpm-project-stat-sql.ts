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
 * them, then insert those still eligible.
 */
export function lkpmProjectRefreshSql(ids: readonly string[]): string[] {
  const list = [...new Set(ids)].join(", ");
  return [
    `DELETE FROM "LkpmProjectStat" WHERE "applicationId" IN (${list})`,
    `INSERT INTO "LkpmProjectStat" (${COLUMNS}) ${lkpmProjectStatSelectSql(`a."id" IN (${list})`)}
     ON CONFLICT ("applicationId") DO UPDATE SET ${UPSERT_SET}`,
  ];
}

/** The back-fill (and a full recount): every row again. */
export function lkpmProjectRecountSql(): string[] {
  return [`DELETE FROM "LkpmProjectStat"`, `INSERT INTO "LkpmProjectStat" (${COLUMNS}) ${lkpmProjectStatSelectSql()}`];
}

type TriggerEvent = { event: "INSERT" | "UPDATE" | "DELETE"; ids: readonly string[] };
type TriggerTable = { table: string; fn: string; updateOf: string; events: readonly TriggerEvent[] };

// Which project rows each write can change: an application's own (insert, an edit of a column the row depends on,
// delete), a report's project (insert, delete, re-send; both projects when a report moves to another one).
const TABLES: readonly TriggerTable[] = [
  {
    table: "Application",
    fn: "application_to_lkpm_project",
    updateOf: `"status", "scale", "investmentValue", "finishedDay", "registrationNo"`,
    events: [
      { event: "INSERT", ids: ['NEW."id"'] },
      { event: "UPDATE", ids: ['OLD."id"', 'NEW."id"'] },
      { event: "DELETE", ids: ['OLD."id"'] },
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

/** The triggers as the migration creates them on `engine` (SQLite: one per table and event; PostgreSQL: a function per table). */
export function lkpmProjectTriggerSql(engine: "sqlite" | "postgresql"): string {
  if (engine === "sqlite") {
    return TABLES.flatMap((t) =>
      t.events.map(
        (e) =>
          `CREATE TRIGGER "${t.table}_lkpm_${e.event.toLowerCase()}" AFTER ${e.event === "UPDATE" ? `UPDATE OF ${t.updateOf}` : e.event} ON "${t.table}" BEGIN\n  ${lkpmProjectRefreshSql(e.ids).join(";\n  ")};\nEND;`,
      ),
    ).join("\n");
  }
  const quote = (statement: string) => statement.replaceAll("'", "''");
  return TABLES.map((t) => {
    const branches = t.events
      .map(
        (e, index) =>
          `  ${index === 0 ? "IF" : "ELSIF"} TG_OP = ''${e.event}'' THEN\n    ${lkpmProjectRefreshSql(e.ids).map(quote).join("\\x3B\n    ")}\\x3B`,
      )
      .join("\n");
    return `CREATE FUNCTION "${t.fn}"() RETURNS trigger LANGUAGE plpgsql AS E'\nBEGIN\n${branches}\n  END IF\\x3B\n  RETURN NULL\\x3B\nEND\n';
CREATE TRIGGER "${t.table}_lkpm_project" AFTER INSERT OR DELETE OR UPDATE OF ${t.updateOf} ON "${t.table}"
  FOR EACH ROW EXECUTE FUNCTION "${t.fn}"();`;
  }).join("\n");
}
