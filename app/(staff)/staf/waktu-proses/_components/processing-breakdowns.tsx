import { getSetting } from "@/lib/settings/settings";
import {
  getProcessingBreakdown,
  type ProcessingBreakdownFilter,
  type ProcessingGroupFigures,
} from "@/lib/applications/breakdown-queries";
import { listCounters } from "@/lib/reference/queries";
import { listUserNames } from "@/lib/users/list-queries";
import { applyMinN } from "@/lib/breakdowns/min-n";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDecimal, formatPercent } from "@/lib/format/format";
import { BreakdownTable } from "@/components/dashboards/breakdown-table";

/**
 * Files finished in the range per counter and per officer (the officer who registered them), each group shown only
 * from the minimum n up (lib/breakdowns/min-n.ts), so one officer's nine files are not read as a verdict.
 */
export async function ProcessingBreakdowns(props: { filter: ProcessingBreakdownFilter; periodLabel: string }) {
  const { t, locale } = await getTranslator("periods");
  const [minN, byCounter, byOfficer, counters] = await Promise.all([
    getSetting("dashboard.breakdownMinN"),
    getProcessingBreakdown(props.filter, "counter"),
    getProcessingBreakdown(props.filter, "officer"),
    listCounters(),
  ]);
  // Only the officers the table names (not every account of the office).
  const users = await listUserNames(byOfficer.flatMap((g) => (g.key ? [g.key] : [])));
  const counterNames = new Map(counters.map((c) => [String(c.id), c.name]));
  const userNames = new Map(users.map((u) => [u.id, u.name || u.email]));
  const rows = (groups: ProcessingGroupFigures[], names: Map<string, string>) =>
    applyMinN(
      groups.map((g) => ({
        key: g.key || "none",
        label: (g.key && names.get(g.key)) || t("unassigned"),
        n: g.completed,
        figures: g,
      })),
      minN,
    );
  const common = {
    minN,
    t,
    hint: t("breakdownHint", { period: props.periodLabel, minN }),
    n: (value: number) => formatCount(value, locale),
    figures: [
      {
        header: t("colOnTime"),
        cell: (f: ProcessingGroupFigures) => formatPercent(f.completed === 0 ? null : f.onTime / f.completed, locale),
      },
      { header: t("colMeanDays"), cell: (f: ProcessingGroupFigures) => formatDecimal(f.meanDays, locale, 2) },
    ],
  };
  return (
    <div className="grid">
      <BreakdownTable<ProcessingGroupFigures>
        id="processing-counters"
        title={t("byCounter")}
        firstColumn={t("colCounter")}
        rows={rows(byCounter, counterNames)}
        {...common}
      />
      <BreakdownTable<ProcessingGroupFigures>
        id="processing-officers"
        title={t("byOfficer")}
        firstColumn={t("colOfficer")}
        rows={rows(byOfficer, userNames)}
        {...common}
      />
    </div>
  );
}
