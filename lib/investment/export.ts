import "server-only";
/**
 * The investment CSV export: the filtered project list (paged by keyset, streamed) or the aggregated trend.
 * Columns are fixed and documented in the OpenAPI file; dates are WIB "YYYY-MM-DD", rupiah plain integers.
 */
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import type { TInvestmentExportQuery } from "./schemas";
import { databaseEngine } from "../env";
import { getDailyInvestment } from "./analytics-queries";
import { listProjectsPage, type InvestmentProject, type ProjectCursor } from "./project-queries";
import { csvTextStream, pagedCsvStream } from "./csv-stream";
import { openSqliteProjectCsvReader } from "./export-sqlite-queries";
import { bucketTrend, type TrendPoint } from "./trend";
import { PROJECT_EXPORT_HEADER, projectCells, TREND_EXPORT_HEADER } from "./export-columns";

export { PROJECT_EXPORT_HEADER, TREND_EXPORT_HEADER };

/** Rows per page read from the database: big enough to amortise a query, small enough to bound memory. */
export const EXPORT_PAGE_SIZE = 2000;

function trendCells(point: TrendPoint) {
  return [point.period, point.group, point.projects, point.investment, point.workers];
}

/** File name such as "investasi-proyek-2026-01-01_2026-12-31.csv". */
export function exportFileName(query: TInvestmentExportQuery): string {
  const kind = query.kind === "trend" ? `tren-${query.interval}` : "proyek";
  return `investasi-${kind}-${query.from}_${query.to}.csv`;
}

/** Starts an export: audit-logged at once (who, which filter), rows streamed as the client reads. */
export async function createInvestmentExport(
  query: TInvestmentExportQuery,
  actor: Actor,
  options: { pageSize?: number } = {},
): Promise<ReadableStream<Uint8Array>> {
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "export.investment",
    target: query.kind,
    detail: { ...query },
  });
  const { kind: _kind, interval: _interval, groupBy: _groupBy, ...filter } = query;
  if (query.kind === "trend") {
    return pagedCsvStream<TrendPoint, true>({
      header: TREND_EXPORT_HEADER,
      fetchPage: async () => {
        const rows = await getDailyInvestment(filter, query.groupBy);
        return { rows: bucketTrend(rows, query.interval, query, query.groupBy !== undefined), next: null };
      },
      toCells: trendCells,
    });
  }
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  if (databaseEngine() === "sqlite") {
    const reader = await openSqliteProjectCsvReader();
    return csvTextStream<ProjectCursor>({
      header: PROJECT_EXPORT_HEADER,
      fetchTextPage: async (cursor) => reader.fetchTextPage(filter, cursor, pageSize),
      onClose: reader.close,
    });
  }
  return pagedCsvStream<InvestmentProject, ProjectCursor>({
    header: PROJECT_EXPORT_HEADER,
    fetchPage: (cursor) => listProjectsPage(filter, cursor, pageSize),
    toCells: projectCells,
  });
}
