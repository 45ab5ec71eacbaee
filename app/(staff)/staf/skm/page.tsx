import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { listCounters, listLicenseTypes } from "@/lib/reference/queries";
import { toWibDate } from "@/lib/calendar/working-days";
import { getQuestionnaire, QUESTIONNAIRE_CODES, INFO_SOURCE_OPTIONS } from "@/lib/skm/questionnaires";
import { SKM_CHANNELS } from "@/lib/skm/summary";
import { resolveDashboardPeriod } from "@/lib/skm/dashboard-params";
import { PERIOD_RANGE_MESSAGES } from "@/lib/periods/range-params";
import { labelWithPartial } from "@/lib/periods/partial";
import { drawnTrendPoints } from "@/lib/skm/trend-points";
import { parsePeriodKey } from "@/lib/periods/periods";
import { PartialNote } from "@/components/charts/partial-note";
import { SkmFilters } from "./_components/skm-filters";
import { SkmCounterBreakdown } from "./_components/counter-breakdown";
import { CommentsSection } from "./_components/comments-section";
import { getSkmDashboard } from "@/lib/skm/dashboard-queries";
import { resolveSkmFilter } from "@/lib/skm/summary-queries";
import { isAppError } from "@/lib/errors";
import { HorizontalBarChart, IkmTrendChart } from "@/components/skm-dashboard/charts";
import { ChartCard } from "@/components/skm-dashboard/chart-card";
import { IkmHeadline } from "@/components/skm-dashboard/ikm-headline";
import { LowScoresSection } from "./_components/low-scores";
import { ElementsSection } from "./_components/elements-section";
import { skmDrillQuery } from "@/lib/skm/element-links";
import { ELEMENT_PARAM } from "@/lib/skm/schemas";
import { periodInWords } from "@/lib/export/period-words";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function SkmDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageCapability("viewSkmDashboard", "/staf/skm");
  const sp = await searchParams;
  const { t, locale } = await getTranslator("skm");
  const today = toWibDate(new Date());
  const { t: tp } = await getTranslator("periods");
  const { kind, period, trendKind, rangeError } = resolveDashboardPeriod(
    {
      kind: one(sp.kind),
      period: one(sp.period),
      dari: one(sp.dari),
      sampai: one(sp.sampai),
      from: one(sp.from),
      to: one(sp.to),
    },
    today,
  );
  const questionnaireCode = QUESTIONNAIRE_CODES.find((c) => c === one(sp.questionnaire)) ?? "SKM-2017";
  const questionnaire = getQuestionnaire(questionnaireCode)!;
  const channel = SKM_CHANNELS.find((c) => c === one(sp.channel));
  const [licenseTypes, counters] = await Promise.all([listLicenseTypes(), listCounters()]);
  const query = {
    from: period.from,
    to: period.to,
    questionnaire: questionnaireCode,
    licenseType: one(sp.licenseType),
    counter: one(sp.counter),
    channel,
  };
  let filter;
  try {
    filter = await resolveSkmFilter(query);
  } catch (error) {
    if (!isAppError(error)) throw error;
    filter = await resolveSkmFilter({ ...query, licenseType: undefined, counter: undefined });
  }
  const q = one(sp.q)?.slice(0, 100);
  const data = await getSkmDashboard(filter, { trendKind, trendCount: trendKind === "year" ? 5 : 8, commentSearch: q });
  const { summary } = data;
  const en = locale === "en";
  const label = (o: { labelId: string; labelEn: string } | undefined, fallback: string) =>
    o ? (en ? o.labelEn : o.labelId) : fallback;
  const optionLabel = (options: readonly { value: string; labelId: string; labelEn: string }[], value: string) =>
    label(
      options.find((o) => o.value === value),
      value,
    );

  const exportParams = {
    from: period.from,
    to: period.to,
    questionnaire: questionnaireCode,
    licenseType: query.licenseType,
    counter: query.counter,
    channel,
  };
  const exportQuery = new URLSearchParams(
    Object.entries(exportParams).filter((e): e is [string, string] => typeof e[1] === "string"),
  ).toString();
  const periodLabel = periodInWords(period, locale);

  // The running period of the trend: "*" on its axis label, a hollow point, and the note under the chart; each
  // point opens the dashboard for its period with the same filters (drill-down, issue 16).
  const trend = drawnTrendPoints(data.trend, {
    today,
    en,
    trendKind,
    filters: { questionnaire: questionnaireCode, licenseType: query.licenseType, counter: query.counter, channel },
  });
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
    <div className="stack">
      <h1>{t("title")}</h1>
      <DownloadLinks what={t("title")} formats={PAGE_DOWNLOADS.skm} params={exportParams} testId="skm-downloads" />
      <SkmFilters
        kind={kind}
        period={period}
        today={today}
        en={en}
        t={t}
        tp={tp}
        rangeError={rangeError ? PERIOD_RANGE_MESSAGES[rangeError][locale] : null}
        licenseTypes={licenseTypes}
        counters={counters}
        values={{ ...query, channel, questionnaire: questionnaireCode }}
        exportQuery={exportQuery}
        canExportResponses={can(user.role, "exportData")}
      />

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
        unsur={sp[ELEMENT_PARAM]}
        drill={skmDrillQuery({ kind, period, ...query })}
        filter={filter}
        counters={counters}
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

      <SkmCounterBreakdown
        filter={filter}
        counters={counters}
        periodLabel={labelWithPartial(en ? period.labelEn : period.labelId, period, today, locale)}
      />
      <LowScoresSection />
      <CommentsSection
        t={t}
        locale={locale}
        q={q}
        comments={data.comments}
        keep={{
          kind,
          period: kind === "custom" ? undefined : period.key,
          dari: kind === "custom" ? period.from : undefined,
          sampai: kind === "custom" ? period.to : undefined,
          licenseType: query.licenseType,
          counter: query.counter,
          channel,
          questionnaire: questionnaireCode,
        }}
      />
      <p className="muted">
        <Link href="/laporan">{t("publishedReportsLink")}</Link>
      </p>
    </div>
  );
}
