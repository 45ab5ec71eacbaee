import type { ReactNode } from "react";
import { getSetting } from "@/lib/settings/settings";
import { getSkmIkmByCounter } from "@/lib/skm/counter-breakdown-queries";
import type { SkmSliceFilter } from "@/lib/skm/summary-queries";
import { perCounterRows } from "@/lib/skm/counter-rows";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDecimal } from "@/lib/format/format";
import { BreakdownTable } from "@/components/dashboards/breakdown-table";

type Counters = Array<{ id: number; name: string }>;

/**
 * A per-counter (loket) table of the SKM dashboard for its period and filter: counters named, those below the
 * office's minimum n (setting dashboard.breakdownMinN) hidden.
 */
export async function SkmCounterTable<T extends { counterId: number }>(props: {
  id: string;
  title: string;
  data: readonly T[];
  n: (figures: T) => number;
  counters: Counters;
  periodLabel: string;
  figures: Array<{ header: string; cell: (figures: T) => ReactNode }>;
}) {
  const { t, locale } = await getTranslator("periods");
  const minN = await getSetting("dashboard.breakdownMinN");
  const rows = perCounterRows(props.data, props.counters, { n: props.n, unassigned: t("unassigned"), minN });
  return (
    <BreakdownTable<T>
      id={props.id}
      title={props.title}
      firstColumn={t("colCounter")}
      rows={rows}
      minN={minN}
      hint={t("breakdownHint", { period: props.periodLabel, minN })}
      t={t}
      n={(value) => formatCount(value, locale)}
      figures={props.figures}
    />
  );
}

/** IKM per counter (loket) for the dashboard's period and filter; counters below the minimum n are hidden. */
export async function SkmCounterBreakdown(props: { filter: SkmSliceFilter; counters: Counters; periodLabel: string }) {
  const { t, locale } = await getTranslator("periods");
  const figures = await getSkmIkmByCounter(props.filter);
  return (
    <SkmCounterTable
      id="skm-counters"
      title={t("byCounter")}
      data={figures}
      n={(f) => f.respondents}
      counters={props.counters}
      periodLabel={props.periodLabel}
      figures={[
        { header: t("colIkm"), cell: (f) => formatDecimal(f.ikm, locale, 2) },
        { header: t("colGrade"), cell: (f) => f.grade ?? "—" },
      ]}
    />
  );
}
