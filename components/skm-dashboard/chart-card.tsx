import type { ReactNode } from "react";
import { toCsv, type CsvValue } from "@/lib/csv/safe-cell";
import { formatCount, formatDecimal } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollTable } from "@/components/ui/scroll-table";

/**
 * A chart with its numbers: the same rows as an accessible table (in a disclosure) and as a CSV download,
 * so every figure on the dashboard can be read without the picture and checked in a spreadsheet. The table shows
 * numbers in the reader's format (`decimals` per column, counts by default); the CSV keeps plain numbers.
 */
export function ChartCard(props: {
  id: string;
  title: string;
  description?: string;
  chart: ReactNode;
  columns: string[];
  rows: CsvValue[][];
  tableLabel: string;
  csvLabel: string;
  locale: Locale;
  /** Decimals of each numeric column (by index); a column not listed holds whole counts. */
  decimals?: Record<number, number>;
  /** The period the chart shows, drawn under the title of its PNG download and in its file name. */
  period?: string;
}) {
  const cell = (value: CsvValue, column: number): string => {
    if (value === null) return "–";
    if (typeof value === "string") return value;
    const digits = props.decimals?.[column];
    return digits === undefined ? formatCount(value, props.locale) : formatDecimal(Number(value), props.locale, digits);
  };
  const csv = "\uFEFF" + toCsv([props.columns, ...props.rows]);
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return (
    <section
      className="card stack"
      aria-labelledby={`${props.id}-title`}
      data-testid={`chart-${props.id}`}
      data-png-period={props.period}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.description ? <p className="muted">{props.description}</p> : null}
      {props.chart}
      <details>
        <summary>{props.tableLabel}</summary>
        <ScrollTable>
          <table className="table-stack">
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j} data-label={props.columns[j]}>
                      <div>{cell(v, j)}</div>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
      <a className="btn btn-secondary" href={href} download={`${props.id}.csv`}>
        {props.csvLabel}
      </a>
    </section>
  );
}
