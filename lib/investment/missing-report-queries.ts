import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { loadListPage, type ListQuery, type TPage } from "../table/paging";
import { defineTable, type TTableState } from "../table/schemas";
import {
  STAT_PROJECT_COLUMNS,
  countObligated,
  lastEndedPeriodDays,
  missingLatestStatSql,
  owesReportStatSql,
  toStatus,
  type ProjectStatusRow,
  type RealisationProjectStatus,
} from "./realisation-queries";

const { sql, raw, empty } = Prisma;

/** The full list of projects that owe their latest LKPM report: the oldest licence first, 50 a page. */
export const MISSING_REPORT_TABLE = defineTable(["issued", "registrationNo", "applicant", "scale"], "asc", 50);
export type MissingReportSort = (typeof MISSING_REPORT_TABLE.sorts)[number];

// Whitelisted ORDER BY expressions (never user text in SQL); a missing name sorts as "" on both engines.
const ORDER: Record<MissingReportSort, string> = {
  issued: 'a."finishedDay"',
  registrationNo: 'a."registrationNo"',
  applicant: `COALESCE(a."applicantName", '')`,
  scale: 'a."scale"',
};

/** `text` for a LIKE pattern, its wildcards taken literally. */
function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The projects that have not filed their latest owed LKPM report as of `today` (issue 16: the dashboard showed 10 of
 * 142 without saying so). Searched by registration-number prefix or applicant name (any case), sorted and counted in
 * SQL with the same portable text on SQLite and PostgreSQL; ties fall back to the registration number. Read from
 * LkpmProjectStat (one row per project that can owe reports, kept by triggers) like the dashboard's tables.
 */
export function missingReportListQuery(
  today: string,
  state: Pick<TTableState<MissingReportSort>, "q" | "sort" | "dir">,
): ListQuery<RealisationProjectStatus> {
  const db = getDb();
  const last = lastEndedPeriodDays(today);
  const search = state.q
    ? sql`AND (a."registrationNo" LIKE ${`${likeText(state.q.toUpperCase())}%`} ESCAPE '\\'
        OR LOWER(COALESCE(a."applicantName", '')) LIKE ${`%${likeText(state.q.toLowerCase())}%`} ESCAPE '\\')`
    : empty;
  const where = sql`${owesReportStatSql(last)} AND ${missingLatestStatSql(last)} ${search}`;
  const order = raw(`${ORDER[state.sort]} ${state.dir === "asc" ? "ASC" : "DESC"}, a."registrationNo" ASC`);
  return {
    // Without a search, the count the dashboard shows (range counts and roll-up rows, not a scan of the projects).
    count: async () => {
      if (!state.q) return (await countObligated(last)).missing;
      const rows = await db.$queryRaw<Array<{ n: number | bigint }>>`
        SELECT COUNT(*) AS n FROM "LkpmProjectStat" s JOIN "Application" a ON a."id" = s."applicationId" WHERE ${where}`;
      return Number(rows[0]?.n ?? 0);
    },
    read: async (skip, take) => {
      const rows = await db.$queryRaw<ProjectStatusRow[]>`
        SELECT ${STAT_PROJECT_COLUMNS} WHERE ${where} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`;
      return rows.map((row) => toStatus(row, today));
    },
  };
}

/** One page of the projects owing their latest LKPM report (see `missingReportListQuery`). */
export function listMissingReportsPage(
  today: string,
  state: TTableState<MissingReportSort>,
): Promise<TPage<RealisationProjectStatus>> {
  return loadListPage(state, missingReportListQuery(today, state));
}
