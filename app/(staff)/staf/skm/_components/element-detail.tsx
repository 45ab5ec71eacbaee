import Link from "next/link";
import { getSkmElementByCounter } from "@/lib/skm/counter-breakdown-queries";
import type { SkmSliceFilter } from "@/lib/skm/summary-queries";
import type { SkmSummaryElement } from "@/lib/skm/summary";
import { drillHref, type DrillQuery } from "@/lib/drilldown/chart-link";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDecimal } from "@/lib/format/format";
import { SkmCounterTable } from "./counter-breakdown";

/**
 * One element (unsur) in detail, opened from its bar in the per-element chart (drill-down, issue 16): its NRR — the
 * bar's figure —, answers, weighted NRR and rank for the dashboard's period and filters, and its NRR per counter
 * (counters below the minimum n hidden, like the IKM per counter).
 */
export async function ElementDetail(props: {
  element: SkmSummaryElement;
  /** Elements with an NRR, lowest first (the chart's order). */
  ranked: readonly SkmSummaryElement[];
  filter: SkmSliceFilter;
  counters: Array<{ id: number; name: string }>;
  periodLabel: string;
  /** The dashboard's query without the element: where "close" leads. */
  query: DrillQuery;
}) {
  const { t, locale } = await getTranslator("skm");
  const { element } = props;
  const figures = await getSkmElementByCounter(props.filter, element.code);
  const name = `${element.code} ${locale === "en" ? element.nameEn : element.name}`;
  const rank = props.ranked.findIndex((candidate) => candidate.code === element.code) + 1;
  const facts = [
    [t("colNrr"), formatDecimal(element.nrr, locale, 2), "element-nrr"],
    [t("elementAnswers"), formatCount(element.count, locale), "element-answers"],
    [t("colWeighted"), formatDecimal(element.weighted, locale, 3), "element-weighted"],
    [t("elementRank"), rank > 0 ? t("elementRankValue", { rank, count: props.ranked.length }) : "—", "element-rank"],
  ] as const;
  return (
    <section className="card stack" aria-labelledby="unsur" data-testid="element-detail">
      <h2 id="unsur" tabIndex={-1}>
        {t("elementDetailTitle", { element: name })}
        {element.isWeakest && <span className="badge badge-bad"> {t("weakest")}</span>}
      </h2>
      <p className="muted">{t("elementDetailIntro", { period: props.periodLabel })}</p>
      <dl className="grid">
        {facts.map(([label, value, testId]) => (
          <div className="card" key={testId}>
            <dt className="muted">{label}</dt>
            <dd className="kpi-value" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <SkmCounterTable
        id="skm-element-counters"
        title={t("elementByCounter")}
        data={figures}
        n={(f) => f.answers}
        counters={props.counters}
        periodLabel={props.periodLabel}
        figures={[{ header: t("colNrr"), cell: (f) => formatDecimal(f.nrr, locale, 2) }]}
      />
      <p>
        <Link href={`${drillHref("/staf/skm", props.query)}#elements-title`}>{t("elementClose")}</Link>
      </p>
    </section>
  );
}
