import "server-only";
/**
 * Reads over a day aggregate and its month roll-up (issue 15): the rows covering [from, to] are the whole months'
 * rows from the month table and the partial months' rows from the day table (lib/periods/month-split.ts), as one
 * portable subquery whose "day" column is the day, or the first day of the month for a month row. Callers group and
 * sum over it exactly as they would over the day table alone.
 */
import { Prisma } from "./generated/sqlite/client";
import { splitIntoMonths } from "../periods/month-split";

const { sql, raw, join, empty } = Prisma;

export type RollUpTables = { day: string; month: string };

/** A whitelisted table or column name (never user text): letters and digits only. */
function identifier(name: string): Prisma.Sql {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new RangeError(`not an identifier: ${name}`);
  return raw(`"${name}"`);
}

/**
 * `(SELECT "day", <columns> FROM <day table> WHERE <partial days> AND <where> UNION ALL SELECT "month" || '-01',
 * <columns> FROM <month table> WHERE <whole months> AND <where>)`. `where` may only name columns both tables have.
 */
export function rollUpRows(
  tables: RollUpTables,
  columns: readonly string[],
  range: { from: string; to: string },
  where: readonly Prisma.Sql[] = [],
): Prisma.Sql {
  const split = splitIntoMonths(range.from, range.to);
  const selected = join(columns.map(identifier), ", ");
  const extra = where.length > 0 ? sql` AND ${join(where, " AND ")}` : empty;
  const parts: Prisma.Sql[] = [];
  if (split.dayRanges.length > 0) {
    const days = join(
      split.dayRanges.map((r) => sql`"day" BETWEEN ${r.from} AND ${r.to}`),
      " OR ",
    );
    parts.push(sql`SELECT "day" AS "day", ${selected} FROM ${identifier(tables.day)} WHERE (${days})${extra}`);
  }
  if (split.months) {
    parts.push(
      sql`SELECT "month" || '-01' AS "day", ${selected} FROM ${identifier(tables.month)}
        WHERE "month" BETWEEN ${split.months.from} AND ${split.months.to}${extra}`,
    );
  }
  if (parts.length === 0)
    parts.push(sql`SELECT "day" AS "day", ${selected} FROM ${identifier(tables.day)} WHERE 1 = 0`);
  return sql`(${join(parts, " UNION ALL ")})`;
}
