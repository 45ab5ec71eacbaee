/**
 * The SQL of LkpmPeriodStat (issue 15): which LKPM reports plan vs realisation counts, and the statements that add
 * or subtract projects' reports to/from the per-period sums. Portable text (double-quoted identifiers, the same on
 * SQLite and PostgreSQL); lkpm-period-stat-store.ts runs it inside the writers' transactions and the consistency check
 * recounts with the same condition.
 */
import { isIsoDate } from "../calendar/working-days";

const LKPM_KINDS: ReadonlySet<string> = new Set(["triwulan", "semester"]);

/**
 * A counted report (r = InvestmentRealisation, a = Application): the project is an issued licence with a declared
 * investment, issued by the period's last day, and the report is of the kind its scale files (semester for kecil,
 * triwulan for menengah and besar).
 */
export const COUNTED_LKPM_REPORT = `a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL
  AND a."finishedDay" <= r."periodLastDay"
  AND ((a."scale" = 'kecil' AND r."periodKind" = 'semester') OR (a."scale" IN ('menengah', 'besar') AND r."periodKind" = 'triwulan'))`;

/** The LkpmPeriodStat key of a counted report, in the table's column order ("" = dimension not recorded). */
export const LKPM_PERIOD_KEY = `r."periodLastDay", r."periodKind", COALESCE(a."sector", ''), COALESCE(a."kecamatanCode", ''),
  COALESCE(a."origin", ''), a."scale"`;

const KEY_COLUMNS = `"periodLastDay", "periodKind", "sector", "kecamatanCode", "origin", "scale"`;
const VALUE_COLUMNS = ["reports", "onTime", "realised"] as const;

/**
 * Statements that add (sign 1) or subtract (sign -1) the counted reports of the projects matching
 * `applicationCondition` (over a = Application, e.g. `a."id" = ?`) to/from LkpmPeriodStat, then drop emptied rows.
 * Rows are upserted in key order, so concurrent writers on PostgreSQL lock them in the same order.
 */
export function lkpmPeriodDeltaSql(sign: 1 | -1, applicationCondition: string): { upsert: string; prune: string } {
  const minus = sign === -1 ? "-" : "";
  const set = VALUE_COLUMNS.map((column) => `"${column}" = "LkpmPeriodStat"."${column}" + excluded."${column}"`).join(
    ", ",
  );
  return {
    upsert: `INSERT INTO "LkpmPeriodStat" (${KEY_COLUMNS}, "reports", "onTime", "realised")
      SELECT ${LKPM_PERIOD_KEY}, ${minus}COUNT(*), ${minus}SUM(CASE WHEN r."isOnTime" THEN 1 ELSE 0 END),
             ${minus}SUM(r."realisedInvestment")
      FROM "InvestmentRealisation" r JOIN "Application" a ON a."id" = r."applicationId"
      WHERE (${applicationCondition}) AND ${COUNTED_LKPM_REPORT}
      GROUP BY ${LKPM_PERIOD_KEY}
      ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET ${set}`,
    prune: `DELETE FROM "LkpmPeriodStat" WHERE "reports" = 0`,
  };
}

/**
 * Statements that recount LkpmPeriodStat from the reports: all of it, or the rows of the given reporting periods
 * (e.g. after a deadline override changed their reports' on-time flags). Period values are checked, then inlined.
 */
export function lkpmPeriodRecountSql(periods: ReadonlyArray<{ lastDay: string; kind: string }> | "all"): string[] {
  let stored = "";
  let reports = "";
  if (periods !== "all") {
    if (periods.length === 0) return [];
    for (const period of periods) {
      if (!isIsoDate(period.lastDay) || !LKPM_KINDS.has(period.kind))
        throw new RangeError(`not an LKPM period: ${period.lastDay} ${period.kind}`);
    }
    const list = (prefix: string) =>
      periods.map((p) => `(${prefix}"periodLastDay" = '${p.lastDay}' AND ${prefix}"periodKind" = '${p.kind}')`);
    stored = ` WHERE ${list("").join(" OR ")}`;
    reports = ` AND (${list("r.").join(" OR ")})`;
  }
  return [
    `DELETE FROM "LkpmPeriodStat"${stored}`,
    `INSERT INTO "LkpmPeriodStat" (${KEY_COLUMNS}, "reports", "onTime", "realised")
      SELECT ${LKPM_PERIOD_KEY}, COUNT(*), SUM(CASE WHEN r."isOnTime" THEN 1 ELSE 0 END), SUM(r."realisedInvestment")
      FROM "InvestmentRealisation" r JOIN "Application" a ON a."id" = r."applicationId"
      WHERE ${COUNTED_LKPM_REPORT}${reports}
      GROUP BY ${LKPM_PERIOD_KEY}`,
  ];
}
