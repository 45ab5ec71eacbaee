import { getTranslator } from "@/lib/i18n/server";
import { INFO_SOURCE_OPTIONS, type Questionnaire } from "@/lib/skm/questionnaires";
import type { SkmChannel } from "@/lib/skm/summary";
import type { SkmSliceFilter } from "@/lib/skm/summary-queries";
import type { getSkmDashboard } from "@/lib/skm/dashboard-queries";
import type { CalendarPeriodKind, Period, PeriodKind } from "@/lib/periods/periods";
import { labelWithPartial } from "@/lib/periods/partial";
import { drawnTrendPoints } from "@/lib/skm/trend-points";
import { parsePeriodKey } from "@/lib/periods/periods";
import { skmDrillQuery } from "@/lib/skm/element-links";
import { PartialNote } from "@/components/charts/partial-note";
import { HorizontalBarChart, IkmTrendChart } from "@/components/skm-dashboard/charts";
import { ChartCard } from "@/components/skm-dashboard/chart-card";
import { IkmHeadline } from "@/components/skm-dashboard/ikm-headline";
import { ElementsSection } from "./elements-section";

export type SkmDashboardData = Awaited<ReturnType<typeof getSkmDashboard>>;

/**
 * The figures of the SKM dashboard read by one getSkmDashboard call — IKM headline, trend, elements, respondent
 * profile and information sources — shown together in one <Suspense> of the page (the comments, read by the same
 * call, get the same promise in a boundary of their own).
 */
export async function SkmSummaryWidgets(props: {
  data: Promise<SkmDashboardData>;
  questionnaire: Questionnaire;
  /** The page's filter: period bounds, questionnaire, license type, counter and channel. */
  query: {
    from: string;
    to: string;
    questionnaire: string;
    licenseType?: string;
    counter?: string;
    channel?: SkmChannel;
  };
  kind: PeriodKind;
  period: Period;
  trendKind: CalendarPeriodKind;
  today: string;
  unsur: string | string[] | undefined;
  filter: SkmSliceFilter;
  counters: Array<{ id: number; name: string }>;
  periodLabel: string;
}) {
  const { t, locale } = await getTranslator("skm");
  const { t: tp } = await getTranslator("periods");
  const { questionnaire, query, kind, period, trendKind, today, periodLabel } = props;
  const data = await props.data;
  const { summary } = data;
  const en = locale === "en";
  const label = (o: { labelId: string; labelEn: string } | undefined, fallback: string) =>
    o ? (en ? o.labelEn : o.labelId) : fallback;
  const optionLabel = (options: readonly { value: string; labelId: string; labelEn: string }[], value: string) =>
    label(
      options.find((o) => o.value === value),
      value,
    );
  // The running period of the trend: "*" on its axis label, a hollow point, and the note under the chart; each
  // point opens the dashboard for its period with the same filters (drill-down, issue 16).
  const { questionnaire: code, licenseType, counter, channel } = query;
  const filters = { questionnaire: code, licenseType, counter, channel };
  const trend = drawnTrendPoints(data.trend, { today, en, trendKind, filters });
  const runningIndex = data.trend.findIndex((_, i) => trend[i]!.partial);
  const running = runningIndex === -1 ? null : data.trend[runningIndex]!;
  const trendPartial = running
    ? tp("partialLegend", {
        period: labelWithPartial(en ? running.labelEn : running.label, parsePeriodKey(running.key)!, today, locale),
      })
    : null;
  const profileCharts = [
    {
      id: "sex",
      title: t("sex"),
      rows: data.profile.sex.map((d) => [optionLabel(questionnaire.sexOptions, d.value), d.count] as [string, number]),
    },
    {
      id: "education",
      title: t("education"),
      rows: data.profile.education.map(
        (d) => [optionLabel(questionnaire.educationOptions, d.value), d.count] as [string, number],
      ),
    },
    {
      id: "occupation",
      title: t("occupation"),
      rows: data.profile.occupation.map(
        (d) => [optionLabel(questionnaire.occupationOptions, d.value), d.count] as [string, number],
      ),
    },
    { id: "age", title: t("age"), rows: data.profile.age.map((d) => [d.value, d.count] as [string, number]) },
  ];

  return (
    <>
      <IkmHeadline
        summary={summary}
        comparison={data.comparison}
        previous={data.previous}
        periodLabel={labelWithPartial(en ? period.labelEn : period.labelId, period, today, locale)}
        locale={en ? "en" : "id"}
        t={t}
      />

      <ChartCard
        id="trend"
        title={t("trendTitle")}
        chart={
          <>
            <IkmTrendChart data={trend} ariaLabel={t("trendTitle")} locale={locale} />
            <PartialNote text={trendPartial} />
          </>
        }
        columns={[t("colPeriod"), t("respondents"), t("ikm"), t("grade")]}
        rows={data.trend.map((p, i) => [trend[i]!.label, p.respondents, p.ikm, p.grade])}
        tableLabel={t("showTable")}
        csvLabel={t("downloadCsv")}
        locale={locale}
        decimals={{ 2: 2 }}
        period={periodLabel}
      />

      <ElementsSection
        summary={summary}
        questionnaire={questionnaire}
        unsur={props.unsur}
        drill={skmDrillQuery({ kind, period, ...query })}
        filter={props.filter}
        counters={props.counters}
        periodLabel={periodLabel}
        partialLabel={labelWithPartial(en ? period.labelEn : period.labelId, period, today, locale)}
      />

      {summary.hasData ? (
        <>
          <h2>{t("profileTitle")}</h2>
          <div className="grid">
            {profileCharts.map((c) => (
              <ChartCard
                key={c.id}
                id={`profile-${c.id}`}
                title={c.title}
                chart={
                  <HorizontalBarChart
                    ariaLabel={c.title}
                    seriesName={t("colCount")}
                    locale={locale}
                    labelWidth={110}
                    data={c.rows.map(([l, v]) => ({ label: l, value: v }))}
                  />
                }
                columns={[t("colCategory"), t("colCount")]}
                rows={c.rows}
                tableLabel={t("showTable")}
                csvLabel={t("downloadCsv")}
                locale={locale}
                period={periodLabel}
              />
            ))}
          </div>
          <ChartCard
            id="info-sources"
            title={t("infoTitle")}
            description={t("infoHint")}
            chart={
              <HorizontalBarChart
                ariaLabel={t("infoTitle")}
                seriesName={t("colCount")}
                locale={locale}
                data={data.infoSources.map((d) => ({
                  label: optionLabel(INFO_SOURCE_OPTIONS, d.value),
                  value: d.count,
                }))}
              />
            }
            columns={[t("colCategory"), t("colCount")]}
            rows={data.infoSources.map((d) => [optionLabel(INFO_SOURCE_OPTIONS, d.value), d.count])}
            tableLabel={t("showTable")}
            csvLabel={t("downloadCsv")}
            locale={locale}
            period={periodLabel}
          />
        </>
      ) : null}
    </>
  );
}
