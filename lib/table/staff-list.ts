import type { AuditAction } from "../audit/actions";
import type { Capability } from "../auth/roles";
import type { XlsxTable } from "../export/xlsx";
import type { ListSheetFilter } from "../export/list-sheets";
import type { Locale } from "../i18n/locales";
import { loadListPage, type ListQuery, type TPage } from "./paging";
import { defaultTableState, parseTableParams, type RawParams, type TTableConfig, type TTableState } from "./schemas";

/**
 * A staff list (issue 16) described once: where it is shown, who may see it, its URL state (`TTableConfig`), its
 * other filters, the domain query that counts and reads it, and — for lists with a download — the sheet its rows
 * become. The page builds its `PagedTable` from `loadStaffList`; the list's .xlsx route (`lib/api/list-export.ts`)
 * reads every row of the same query in the same order.
 */
export type StaffList<S extends string, Row, F = null> = {
  path: string;
  capability: Capability;
  table: TTableConfig<S>;
  /** Filters besides search/sort/page (the audit log's action, actor, days), read from the same URL. */
  filter?: StaffListFilter<F>;
  /** `viewerRole` is the reader's role, for lists that show some values to some roles only (masked phones). */
  query: (state: TTableState<S>, filter: F, now: Date, viewerRole: string | null) => ListQuery<Row>;
  download?: StaffListDownload<Row, F>;
};

/** A list with an Excel download. */
export type DownloadableList<S extends string, Row, F = null> = StaffList<S, Row, F> & {
  download: StaffListDownload<Row, F>;
};

export type StaffListFilter<F> = {
  parse: (raw: RawParams) => { filter: F; error: string | null };
  /** The filter as URL parameters, kept in the page's links and in its download link. */
  params: (filter: F) => Record<string, string | undefined>;
  /** The filter in words for the sheet's second line. */
  words: (filter: F, locale: Locale) => string[];
};

export type StaffListDownload<Row, F = null> = {
  /** The route of the .xlsx (declared as an API operation). */
  xlsx: string;
  audit: AuditAction;
  /** What is downloaded, a key of the `listExports` messages ("audit.what"), for the link's accessible name. */
  what: string;
  /** File name before "-YYYY-MM-DD.xlsx". */
  fileName: string;
  /** `listFilter` is the list's own filter, for a sheet that words it itself. */
  sheet: (rows: readonly Row[], locale: Locale, filter: ListSheetFilter, now: Date, listFilter: F) => XlsxTable;
};

/** A list with no filter besides its search, sort and page. */
export function staffList<S extends string, Row>(
  path: string,
  capability: Capability,
  table: TTableConfig<S>,
  query: (state: TTableState<S>, now: Date) => ListQuery<Row>,
): StaffList<S, Row> {
  return { path, capability, table, query: (state, _filter, now) => query(state, now) };
}

/**
 * An Excel download: `key` names its words in the `listExports` messages ("users" → "users.what"), `audit` the
 * audit action written for each download, `fileName` the file before "-YYYY-MM-DD.xlsx".
 */
export function xlsxDownload<Row, F = null>(
  key: string,
  xlsx: string,
  audit: AuditAction,
  fileName: string,
  sheet: StaffListDownload<Row, F>["sheet"],
): StaffListDownload<Row, F> {
  return { xlsx, audit, what: `${key}.what`, fileName, sheet };
}

export function withDownload<S extends string, Row, F>(
  list: StaffList<S, Row, F>,
  download: StaffListDownload<Row, F>,
): DownloadableList<S, Row, F> {
  return { ...list, download };
}

/** The list's state and filter from a query string; unknown values fall back to the defaults, never an error. */
export function readStaffList<S extends string, Row, F>(list: StaffList<S, Row, F>, raw: RawParams) {
  const state = parseTableParams(list.table, raw);
  const parsed = list.filter ? list.filter.parse(raw) : { filter: null as F, error: null };
  const params = list.filter ? list.filter.params(parsed.filter) : {};
  return { state, filter: parsed.filter, error: parsed.error, params };
}

export type LoadedStaffList<S extends string, Row, F> = ReturnType<typeof readStaffList<S, Row, F>> & {
  page: TPage<Row>;
  /** Spread into `PagedTable`: path, state, defaults, the page and the filters kept in its links. */
  table: {
    path: string;
    state: TTableState<S>;
    defaults: TTableState<S>;
    page: TPage<Row>;
    filters: Record<string, string | undefined>;
  };
  /** The download link's parameters: the list's search, order and filters (not the page). */
  downloadParams: Record<string, string | undefined>;
};

/**
 * Everything a list page repeats: read the URL state with the list's defaults, count and read the page in the
 * database, and the props of `PagedTable` and of its download link.
 */
export async function loadStaffList<S extends string, Row, F>(
  list: StaffList<S, Row, F>,
  raw: RawParams,
  now: Date,
  viewerRole: string | null = null,
): Promise<LoadedStaffList<S, Row, F>> {
  const read = readStaffList(list, raw);
  const page = await loadListPage(read.state, list.query(read.state, read.filter, now, viewerRole));
  const { state, params } = read;
  return {
    ...read,
    page,
    table: { path: list.path, state, defaults: defaultTableState(list.table), page, filters: params },
    downloadParams: { ...params, q: state.q || undefined, sort: state.sort, dir: state.dir },
  };
}
