import Link from "next/link";
import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-table";

/** One column of a DataTable: its header and how a row fills its cell. */
export type DataColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** A title (tooltip) for the cell, e.g. the exact figure behind a rounded one. */
  title?: (row: Row) => string | undefined;
  /** "num" right-aligns figures with tabular digits. */
  className?: string;
  /** The header as plain text, shown beside each value when a phone stacks the rows; defaults to a string header. */
  label?: string;
  /** The `sort` value of the URL that orders the list by this column; the header becomes a sort link. */
  sortKey?: string;
};

/** How a sortable list is ordered now and where each header's sort link goes (see PagedTable). */
export type TableSorting = {
  column: string;
  direction: "asc" | "desc";
  hrefFor: (sortKey: string) => string;
};

type DataTableProps<Row> = {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** The first column's cells name their row (th scope="row"), as screen readers expect in a figure table. */
  rowHeader?: boolean;
  caption?: ReactNode;
  /** Shown instead of the table when there are no rows (e.g. "Tidak ada data"). */
  empty?: ReactNode;
  /** Names the scrollable region for assistive technology; the region takes keyboard focus so it can be scrolled. */
  label?: string;
  testId?: string;
  /** Marks a row that needs attention (e.g. past its deadline): highlighted, and data-flagged="true" for tests. */
  isFlagged?: (row: Row) => boolean;
  /** data-* attributes of a row (e.g. { registration: "…" } → data-registration), for scripts and tests. */
  rowData?: (row: Row) => Record<string, string>;
  /**
   * On a narrow phone each row becomes a small card of "header: value" lines, so every column stays readable
   * without sideways scrolling (the default for tables of more than three columns; narrower ones fit as they are).
   * false keeps the table layout and scrolls it inside its box.
   */
  stackOnPhone?: boolean;
  /** Makes the headers of columns with a `sortKey` into sort links, the sorted one marked with aria-sort. */
  sorting?: TableSorting;
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

function HeaderCell<Row>({ column, sorting }: { column: DataColumn<Row>; sorting?: TableSorting }) {
  const sortKey = sorting && column.sortKey;
  if (!sorting || !sortKey) {
    return (
      <th scope="col" className={column.className}>
        {column.header}
      </th>
    );
  }
  const isSorted = sorting.column === sortKey;
  return (
    <th scope="col" className={column.className} aria-sort={isSorted ? ARIA_SORT[sorting.direction] : undefined}>
      <Link href={sorting.hrefFor(sortKey)} className="sort-link" data-sort={sortKey}>
        {column.header}
        <span aria-hidden="true" className="sort-mark">
          {isSorted ? (sorting.direction === "asc" ? " ▲" : " ▼") : " ↕"}
        </span>
      </Link>
    </th>
  );
}

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([name, value]) => [`data-${name}`, value]));
}

/**
 * The attributes that have a value. An attribute passed as undefined renders nothing in HTML but is still written
 * into the page's RSC payload ("title":"$undefined"), once per cell: on a dashboard of several hundred cells that
 * is tens of kilobytes a phone downloads for nothing.
 */
function present(attributes: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) kept[name] = value;
  return kept;
}

/**
 * The staff screens' table: column headers with scope, optional row headers, a caption and an empty state. On a
 * phone the rows stack into labelled cards (CSS `.table-stack`, each cell's `data-label`); where stacking is off the
 * table scrolls inside its own box, never the page. A server component: cells render on the server, no JavaScript shipped.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  rowHeader = false,
  caption,
  empty,
  label,
  testId,
  isFlagged,
  rowData,
  stackOnPhone = columns.length > 3,
  sorting,
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p className="muted">{empty}</p>;
  // Only a table that stacks on a phone needs each cell's header (data-label) and its single content wrapper (the
  // stacked cell's grid); a narrow table writes neither, which keeps a dashboard's payload smaller.
  const labels = columns.map((column) =>
    stackOnPhone ? (column.label ?? (typeof column.header === "string" ? column.header : undefined)) : undefined,
  );
  const content = (node: ReactNode) => (stackOnPhone ? <div>{node}</div> : node);
  return (
    <ScrollTable label={label}>
      <table data-testid={testId} className={stackOnPhone ? "table-stack" : undefined}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <HeaderCell key={index} column={column} sorting={sorting} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const flagged = isFlagged?.(row) ?? false;
            return (
              <tr
                key={rowKey(row, rowIndex)}
                {...(flagged ? { className: "row-flagged", "data-flagged": "true" } : {})}
                {...dataAttributes(rowData?.(row))}
              >
                {columns.map((column, index) => {
                  const cell = present({
                    className: column.className,
                    title: column.title?.(row),
                    "data-label": labels[index],
                  });
                  return rowHeader && index === 0 ? (
                    <th scope="row" key={index} {...cell}>
                      {content(column.cell(row))}
                    </th>
                  ) : (
                    <td key={index} {...cell}>
                      {content(column.cell(row))}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
