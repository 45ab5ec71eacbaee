import type { ReactNode } from "react";

/** One column of a DataTable: its header and how a row fills its cell. */
export type DataColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** A title (tooltip) for the cell, e.g. the exact figure behind a rounded one. */
  title?: (row: Row) => string | undefined;
  /** "num" right-aligns figures with tabular digits. */
  className?: string;
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
};

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([name, value]) => [`data-${name}`, value]));
}

/**
 * The staff screens' table: a horizontally scrollable wrapper (narrow phones), column headers with scope, optional
 * row headers, a caption and an empty state. A server component: cells render on the server, no JavaScript shipped.
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
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role={label ? "region" : undefined} aria-label={label}>
      <table data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index} className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const flagged = isFlagged?.(row) ?? false;
            return (
              <tr
                key={rowKey(row, rowIndex)}
                className={flagged ? "row-flagged" : undefined}
                data-flagged={flagged ? "true" : undefined}
                {...dataAttributes(rowData?.(row))}
              >
                {columns.map((column, index) => {
                  const title = column.title?.(row);
                  return rowHeader && index === 0 ? (
                    <th scope="row" key={index} className={column.className} title={title}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index} className={column.className} title={title}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
