import { getTranslator } from "@/lib/i18n/server";
import type { DrillQuery } from "@/lib/drilldown/chart-link";
import { elementBarLink } from "@/lib/skm/element-links";
import { elementParamSchema } from "@/lib/skm/schemas";
import type { Questionnaire } from "@/lib/skm/questionnaires";
import type { SkmSliceFilter } from "@/lib/skm/summary-queries";
import type { SkmSummary } from "@/lib/skm/summary";
import { HorizontalBarChart } from "@/components/skm-dashboard/charts";
import { ChartCard } from "@/components/skm-dashboard/chart-card";
import { ElementDetail } from "./element-detail";

/**
 * The NRR per element (unsur), lowest first, the three priorities in red. Each bar opens the element's detail
 * (`unsur`, validated against the questionnaire's codes) for the same period and filters (drill-down, issue 16).
 */
export async function ElementsSection(props: {
  summary: SkmSummary;
  questionnaire: Questionnaire;
  /** The `unsur` query value as given. */
  unsur: string | string[] | undefined;
  drill: DrillQuery;
  filter: SkmSliceFilter;
  counters: Array<{ id: number; name: string }>;
  periodLabel: string;
  /** The period's name with its running mark, for the detail's sentences. */
  partialLabel: string;
}) {
  const { t, locale } = await getTranslator("skm");
  const { summary, drill } = props;
  const en = locale === "en";
  const sorted = summary.elements.filter((e) => e.nrr !== null).sort((a, b) => a.nrr! - b.nrr!);
  const codes = props.questionnaire.elements.map((e) => e.code) as [string, ...string[]];
  const focus = elementParamSchema(codes).safeParse(props.unsur);
  const focused = focus.success ? summary.elements.find((e) => e.code === focus.data) : undefined;
  return (
    <>
      {summary.hasData && (
        <ChartCard
          id="elements"
          title={t("elementsTitle")}
          description={`${t("elementsHint")} ${t("elementsLinkHint")}`}
          chart={
            <HorizontalBarChart
              ariaLabel={t("elementsTitle")}
              seriesName={t("colNrr")}
              locale={locale}
              domain={[1, 4]}
              decimals={2}
              data={sorted.map((e) => {
                const label = `${e.code} ${en ? e.nameEn : e.name}`;
                const link = elementBarLink(drill, { code: e.code, label, nrr: e.nrr }, t("colNrr"), locale);
                return { label, value: e.nrr, highlight: e.isWeakest, link };
              })}
            />
          }
          columns={[t("colCode"), t("colElement"), t("colNrr"), t("colWeighted"), t("colPriority")]}
          rows={sorted.map((e) => [e.code, en ? e.nameEn : e.name, e.nrr, e.weighted, e.isWeakest ? t("weakest") : ""])}
          tableLabel={t("showTable")}
          csvLabel={t("downloadCsv")}
          locale={locale}
          decimals={{ 2: 2, 3: 3 }}
          period={props.periodLabel}
        />
      )}
      {!focus.success && (
        <p className="alert alert-warn" role="status" data-testid="element-invalid">
          {t("elementInvalid", { codes: codes.join(", ") })}
        </p>
      )}
      {focused && (
        <ElementDetail
          element={focused}
          ranked={sorted}
          filter={props.filter}
          counters={props.counters}
          periodLabel={props.partialLabel}
          query={drill}
        />
      )}
    </>
  );
}
