import { getSetting } from "@/lib/settings/settings";
import { getSkmIkmByCounter, type SkmCounterFigures } from "@/lib/skm/counter-breakdown-queries";
import type { SkmSliceFilter } from "@/lib/skm/summary-queries";
import { perCounterRows } from "@/lib/skm/counter-rows";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDecimal } from "@/lib/format/format";
import { BreakdownTable } from "@/components/dashboards/breakdown-table";

/** IKM per counter (loket) for the dashboard's period and filter; counters below the minimum n are hidden. */
export async function SkmCounterBreakdown(props: {
  filter: SkmSliceFilter;
  counters: Array<{ id: number; code: string; name: string }>;
  periodLabel: string;
}) {
  const { t, locale } = await getTranslator("periods");
  const [minN, figures] = await Promise.all([getSetting("dashboard.breakdownMinN"), getSkmIkmByCounter(props.filter)]);
  const rows = perCounterRows(figures, props.counters, { n: (f) => f.respondents, unassigned: t("unassigned"), minN });
  return (
    <BreakdownTable<SkmCounterFigures>
      id="skm-counters"
      title={t("byCounter")}
      firstColumn={t("colCounter")}
      rows={rows}
      minN={minN}
      hint={t("breakdownHint", { period: props.periodLabel, minN })}
      t={t}
      n={(value) => formatCount(value, locale)}
      figures={[
        { header: t("colIkm"), cell: (f) => formatDecimal(f.ikm, locale, 2) },
        { header: t("colGrade"), cell: (f) => f.grade ?? "—" },
      ]}
    />
  );
}
