import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { BreakdownRow } from "@/lib/breakdowns/min-n";
import type { Translator } from "@/lib/i18n/translate";

/**
 * A per-counter or per-officer table under the minimum-n rule: shown rows carry n and their figures, hidden rows
 * only the words "n < 30, tidak ditampilkan" in place of every figure (their n is not printed either).
 */
export function BreakdownTable<T>(props: {
  id: string;
  title: string;
  firstColumn: string;
  rows: Array<BreakdownRow<T>>;
  figures: Array<{ header: string; cell: (figures: T) => ReactNode }>;
  minN: number;
  hint: string;
  t: Translator;
  n: (value: number) => string;
}) {
  const { t } = props;
  const hiddenText = t("hidden", { minN: props.minN });
  const hiddenCount = props.rows.filter((row) => row.isHidden).length;
  return (
    <section className="card stack" aria-labelledby={`${props.id}-title`} data-testid={`breakdown-${props.id}`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p className="muted small">{props.hint}</p>
      <DataTable
        rows={props.rows}
        rowKey={(row) => row.key}
        rowHeader
        empty={t("none")}
        columns={[
          { header: props.firstColumn, cell: (row) => row.label },
          { header: t("colN"), cell: (row) => (row.isHidden ? hiddenText : props.n(row.n)), className: "num" },
          ...props.figures.map((column) => ({
            header: column.header,
            cell: (row: BreakdownRow<T>) =>
              row.isHidden ? <span className="muted">—</span> : column.cell(row.figures),
            className: "num",
          })),
        ]}
      />
      {hiddenCount > 0 ? (
        <p className="small" role="note">
          {t("hiddenCount", { count: hiddenCount, minN: props.minN })}
        </p>
      ) : null}
    </section>
  );
}
