import Link from "next/link";
import type { ReactNode } from "react";
import { formatCount } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { nextDirection, pageLinks, tableHref, type TPage } from "@/lib/table/paging";
import { PAGE_SIZES, type TTableState } from "@/lib/table/schemas";
import { DataTable, type DataColumn } from "./data-table";

type PagedTableProps<Row> = {
  /** The page's address ("/staf/permohonan"); every link of the table goes there with the state in its query. */
  path: string;
  state: TTableState;
  /** The list's state without a query string: values equal to these are left out of links. */
  defaults: TTableState;
  page: TPage<Row>;
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row, index: number) => string | number;
  /** Names the table's scrolling region and its controls. */
  label: string;
  searchLabel: string;
  searchPlaceholder?: string;
  /** The page's other filters (e.g. the audit log's action): kept in every sort and page link and in the form. */
  filters?: Record<string, string | undefined>;
  /** More fields of the GET form beside the search box (each named like its key in `filters`). */
  filterFields?: ReactNode;
  /** A slot above the table, e.g. download links for the list as shown. */
  toolbar?: ReactNode;
  /** Shown above the table, e.g. why a filter was ignored. */
  notice?: ReactNode;
  empty?: ReactNode;
  testId?: string;
  rowHeader?: boolean;
  isFlagged?: (row: Row) => boolean;
  rowData?: (row: Row) => Record<string, string>;
};

/**
 * A staff list with its state in the URL (issue 16): a GET search form that works without JavaScript, sortable
 * headers (links with aria-sort), "20 dari 130", and previous/next/page links. The page reads the state with
 * `parseTableParams` and the rows with its domain's paged query; this component only draws. Server component.
 */
export async function PagedTable<Row>({
  path,
  state,
  defaults,
  page,
  label,
  searchLabel,
  searchPlaceholder,
  filters = {},
  filterFields,
  toolbar,
  notice,
  empty,
  testId,
  ...table
}: PagedTableProps<Row>) {
  const { t, locale } = await getTranslator("table");
  const href = (change: Partial<TTableState>) => tableHref(path, state, defaults, change, filters);
  const sortable = table.columns.filter((column) => column.sortKey);
  const idPrefix = testId ?? "table";
  return (
    <div className="stack paged-table" data-testid={testId ? `${testId}-view` : undefined}>
      <form method="get" action={path} className="card row table-search" role="search" aria-label={label}>
        <div className="field">
          <label htmlFor={`${idPrefix}-q`}>{searchLabel}</label>
          <input
            id={`${idPrefix}-q`}
            name="q"
            type="search"
            defaultValue={state.q}
            autoComplete="off"
            placeholder={searchPlaceholder}
          />
        </div>
        {filterFields}
        {sortable.length > 0 && (
          <>
            <div className="field">
              <label htmlFor={`${idPrefix}-sort`}>{t("sort")}</label>
              <select id={`${idPrefix}-sort`} name="sort" defaultValue={state.sort}>
                {sortable.map((column) => (
                  <option key={column.sortKey} value={column.sortKey}>
                    {column.label ?? (typeof column.header === "string" ? column.header : column.sortKey)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${idPrefix}-dir`}>{t("direction")}</label>
              <select id={`${idPrefix}-dir`} name="dir" defaultValue={state.dir}>
                <option value="asc">{t("ascending")}</option>
                <option value="desc">{t("descending")}</option>
              </select>
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={`${idPrefix}-size`}>{t("pageSize")}</label>
          <select id={`${idPrefix}-size`} name="size" defaultValue={String(state.size)}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {formatCount(size, locale)}
              </option>
            ))}
          </select>
        </div>
        <button className="btn" type="submit">
          {t("searchButton")}
        </button>
      </form>
      {notice}
      {toolbar}
      <p className="table-count" data-testid={testId ? `${testId}-count` : undefined}>
        <strong>
          {t("count", { shown: formatCount(page.rows.length, locale), total: formatCount(page.total, locale) })}
        </strong>
        {page.total > 0 && (
          <span className="muted">
            {" "}
            ({t("rows", { from: formatCount(page.from, locale), to: formatCount(page.to, locale) })})
          </span>
        )}
      </p>
      <DataTable
        {...table}
        rows={page.rows}
        label={label}
        testId={testId}
        empty={empty ?? t("none")}
        sorting={{
          column: state.sort,
          direction: state.dir,
          hrefFor: (sortKey) => href({ sort: sortKey, dir: nextDirection(state, sortKey), page: 1 }),
        }}
      />
      {page.pageCount > 1 && (
        <nav className="pager" aria-label={t("pager")}>
          <span className="muted">
            {t("pageOf", { page: formatCount(page.page, locale), pages: formatCount(page.pageCount, locale) })}
          </span>
          <ul>
            {page.page > 1 && (
              <li>
                <Link href={href({ page: page.page - 1 })} rel="prev">
                  {t("previous")}
                </Link>
              </li>
            )}
            {pageLinks(page.page, page.pageCount).map((number, index) =>
              number === null ? (
                <li key={`gap-${index}`} aria-hidden="true">
                  …
                </li>
              ) : (
                <li key={number}>
                  <Link
                    href={href({ page: number })}
                    aria-current={number === page.page ? "page" : undefined}
                    aria-label={t("page", { page: formatCount(number, locale) })}
                  >
                    {formatCount(number, locale)}
                  </Link>
                </li>
              ),
            )}
            {page.page < page.pageCount && (
              <li>
                <Link href={href({ page: page.page + 1 })} rel="next">
                  {t("next")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
