import type { TSortDirection, TTableState } from "./schemas";

/** One page of a list: its rows, the total over all pages and where the page sits. */
export type TPage<Row> = {
  rows: Row[];
  total: number;
  page: number;
  pageCount: number;
  /** 1-based position of the first and last row shown (0 and 0 when the list is empty). */
  from: number;
  to: number;
};

/** Where page `page` of `size` rows starts in a list of `total`, with the page clamped to the last one. Pure. */
export function pageWindow(total: number, page: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const skip = (current - 1) * size;
  return {
    page: current,
    pageCount,
    skip,
    take: size,
    from: total === 0 ? 0 : skip + 1,
    to: Math.min(skip + size, total),
  };
}

/**
 * Loads one page through the owning domain's two queries (a count and a skip/take read, run together). A page past
 * the end (an old link to page 9 of a list that shrank) reads the last page instead of an empty one.
 */
export async function loadPage<Row>(
  state: Pick<TTableState, "page" | "size">,
  count: () => Promise<number>,
  read: (skip: number, take: number) => Promise<Row[]>,
): Promise<TPage<Row>> {
  const asked = pageWindow(Number.MAX_SAFE_INTEGER, state.page, state.size);
  const [total, rows] = await Promise.all([count(), read(asked.skip, asked.take)]);
  const window = pageWindow(total, state.page, state.size);
  const pageRows = window.skip === asked.skip ? rows : await read(window.skip, window.take);
  return { rows: pageRows, total, page: window.page, pageCount: window.pageCount, from: window.from, to: window.to };
}

/**
 * A list as its domain's query returns it for one search, filter and order: the count of every matching row and a
 * read of any window of them. The page reads one window (`loadListPage`); the list's download reads them all.
 */
export type ListQuery<Row> = {
  count: () => Promise<number>;
  read: (skip: number, take: number) => Promise<Row[]>;
};

/** One page of a list query (see `loadPage`). */
export function loadListPage<Row>(
  state: Pick<TTableState, "page" | "size">,
  query: ListQuery<Row>,
): Promise<TPage<Row>> {
  return loadPage(state, query.count, query.read);
}

/**
 * The page numbers a pager links to: the first, the last and up to `radius` either side of the current page, with
 * null where numbers are left out ("1 … 4 5 6 … 12"). Pure.
 */
export function pageLinks(page: number, pageCount: number, radius = 1): Array<number | null> {
  const links: Array<number | null> = [];
  for (let number = 1; number <= pageCount; number++) {
    const near = Math.abs(number - page) <= radius;
    if (number === 1 || number === pageCount || near) links.push(number);
    else if (links[links.length - 1] !== null) links.push(null);
  }
  return links;
}

/** The direction a click on a column's header sorts by: the other one if the list is sorted by it, else ascending. */
export function nextDirection(state: Pick<TTableState, "sort" | "dir">, column: string): TSortDirection {
  return state.sort === column ? (state.dir === "asc" ? "desc" : "asc") : "asc";
}

/**
 * The link to a list in `state` changed by `change`, keeping the page's other filters (`extra`). Values equal to the
 * defaults are left out, so the plain list stays at its plain address. Pure.
 */
export function tableHref(
  path: string,
  state: TTableState,
  defaults: TTableState,
  change: Partial<TTableState> = {},
  extra: Record<string, string | undefined> = {},
): string {
  const next = { ...state, ...change };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  if (next.q) params.set("q", next.q);
  if (next.sort !== defaults.sort || next.dir !== defaults.dir) {
    params.set("sort", next.sort);
    params.set("dir", next.dir);
  }
  if (next.size !== defaults.size) params.set("size", String(next.size));
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A list held in memory as a list query, for the few lists whose order is computed in code and cannot be asked of
 * the database (the agency queue's remaining working days): the caller loads the bounded set, filters and sorts it,
 * and pages it like any other list.
 */
export function listQueryOf<Row>(rows: readonly Row[]): ListQuery<Row> {
  return {
    count: async () => rows.length,
    read: async (skip, take) => rows.slice(skip, skip + take),
  };
}
