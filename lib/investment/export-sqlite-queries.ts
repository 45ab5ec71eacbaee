import "server-only";
/**
 * The project export's page reader on SQLite, the embedded default, tuned for a million rows:
 * - its own read-only better-sqlite3 connection (WAL lets it read while the app writes), statements prepared once;
 * - keyset order (issued instant, rowid), which the finishedAt index holds already, so no sort step;
 * - SQLite joins each row's columns into one text (`joinedProjectSelect`), so three values per row cross into
 *   JavaScript instead of twenty, and a row needing no quoting or neutralising becomes its CSV line by replacing
 *   the separators (`joinedFieldsToCsvRow`). The rare row that does (a comma in a company name, a text starting
 *   with "=", a negative number) is read again with its typed columns and formatted with `toCsvRow`, so the output
 *   is byte for byte the general path's (tested).
 */
import type Database from "better-sqlite3";
import { CSV_LINE_BREAK, joinedFieldsToCsvRow, toCsvRow } from "../csv/safe-cell";
import { sqliteFilePath } from "../db/lifecycle";
import { getEnv } from "../env";
import {
  joinedProjectSelect,
  PROJECT_COLUMN_COUNT,
  projectsByRowidQuery,
  projectsFromRows,
  projectsPageQuery,
  type InvestmentFilterWhere,
  type ProjectCursor,
  type ProjectRow,
} from "./project-queries";
import type { CsvTextPage } from "./csv-stream";
import { projectCells } from "./export-columns";

/** Unit separator (U+001F): joins the columns of a row; a field holding it goes through the typed path. */
const SEPARATOR_CODE = 0x1f;
const SEPARATOR = String.fromCharCode(SEPARATOR_CODE);

type JoinedRow = [rowid: number, cursorAt: string, joined: string];

export type ProjectCsvReader = {
  fetchTextPage: (
    filter: InvestmentFilterWhere,
    cursor: ProjectCursor | null,
    limit: number,
  ) => CsvTextPage<ProjectCursor>;
  close: () => void;
};

export async function openSqliteProjectCsvReader(databaseUrl = getEnv().DATABASE_URL): Promise<ProjectCsvReader> {
  const { default: Sqlite } = await import("better-sqlite3");
  const connection = new Sqlite(sqliteFilePath(databaseUrl), { readonly: true, fileMustExist: true });
  const statements = new Map<string, Database.Statement>();
  const prepare = (text: string, isRaw: boolean) => {
    const cacheKey = `${isRaw}:${text}`;
    let statement = statements.get(cacheKey);
    if (!statement) {
      statement = connection.prepare(text);
      if (isRaw) statement.raw(true);
      statements.set(cacheKey, statement);
    }
    return statement;
  };

  /** The CSV lines of the rows the fast path left out, by rowid, from their typed columns. */
  const formatTyped = (rowids: number[]): Map<number, string> => {
    const query = projectsByRowidQuery(rowids);
    const rows = prepare(query.sql, false).all(...(query.values as unknown[])) as ProjectRow[];
    return new Map(projectsFromRows(rows).map(({ key, project }) => [Number(key), toCsvRow(projectCells(project))]));
  };

  return {
    fetchTextPage: (filter, cursor, limit) => {
      const query = projectsPageQuery(filter, cursor, limit, "sqlite", joinedProjectSelect(SEPARATOR_CODE));
      const rows = prepare(query.sql, true).all(...(query.values as unknown[])) as JoinedRow[];
      const lines: Array<string | null> = new Array(rows.length);
      const typed: number[] = [];
      for (let index = 0; index < rows.length; index++) {
        const line = joinedFieldsToCsvRow(rows[index][2], PROJECT_COLUMN_COUNT, SEPARATOR);
        if (line === null) typed.push(rows[index][0]);
        lines[index] = line;
      }
      const typedLines = typed.length > 0 ? formatTyped(typed) : null;
      let text = "";
      for (let index = 0; index < rows.length; index++) {
        text += (lines[index] ?? typedLines?.get(rows[index][0]) ?? "") + CSV_LINE_BREAK;
      }
      const last = rows.at(-1);
      return {
        text,
        rowCount: rows.length,
        next: rows.length === limit && last ? { finishedAt: last[1], key: last[0] } : null,
      };
    },
    close: () => connection.close(),
  };
}
