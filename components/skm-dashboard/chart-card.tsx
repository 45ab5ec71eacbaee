import type { ReactNode } from "react";
import { toCsv, type CsvValue } from "@/lib/csv/safe-cell";

/**
 * A chart with its numbers: the same rows as an accessible table (in a disclosure) and as a CSV download,
 * so every figure on the dashboard can be read without the picture and checked in a spreadsheet.
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
}) {
  const csv = "\uFEFF" + toCsv([props.columns, ...props.rows]);
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return (
    <section className="card stack" aria-labelledby={`${props.id}-title`} data-testid={`chart-${props.id}`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.description ? <p className="muted">{props.description}</p> : null}
      {props.chart}
      <details>
        <summary>{props.tableLabel}</summary>
        <div className="table-wrap">
          <table>
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
                    <td key={j}>{v === null ? "–" : String(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <a className="btn btn-secondary" href={href} download={`${props.id}.csv`}>
        {props.csvLabel}
      </a>
    </section>
  );
}
