import { Suspense } from "react";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { listCounters, listLicenseTypes } from "@/lib/reference/queries";
import { toWibDate } from "@/lib/calendar/working-days";
import { getQuestionnaire, QUESTIONNAIRE_CODES } from "@/lib/skm/questionnaires";
import { SKM_CHANNELS } from "@/lib/skm/summary";
import { resolveDashboardPeriod } from "@/lib/skm/dashboard-params";
import { PERIOD_RANGE_MESSAGES } from "@/lib/periods/range-params";
import { labelWithPartial } from "@/lib/periods/partial";
import { SkmFilters } from "./_components/skm-filters";
import { SkmCounterBreakdown } from "./_components/counter-breakdown";
import { CommentsSection } from "./_components/comments-section";
import { SkmSummaryWidgets, type SkmDashboardData } from "./_components/summary-widgets";
import { SegmentLoading } from "@/components/layout/segment-loading";
import { getSkmDashboard } from "@/lib/skm/dashboard-queries";
import { resolveSkmFilter } from "@/lib/skm/summary-queries";
import { isAppError } from "@/lib/errors";
import { LowScoresSection } from "./_components/low-scores";
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
  // Read once and shared: the summary widgets and the comments each await this promise in their own boundary.
  const data = getSkmDashboard(filter, { trendKind, trendCount: trendKind === "year" ? 5 : 8, commentSearch: q });
  const en = locale === "en";
  // The downloads carry the dashboard's own query (period, questionnaire, licence type, counter, channel).
  const exportParams = query;
  const exportQuery = new URLSearchParams(
    Object.entries(exportParams).filter((e): e is [string, string] => typeof e[1] === "string"),
  ).toString();
  const periodLabel = periodInWords(period, locale);
  // Each widget streams in behind its own skeleton; the key shows the skeletons again for a new filter.
  const key = JSON.stringify(sp);

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
        values={query}
        exportQuery={exportQuery}
        canExportResponses={can(user.role, "exportData")}
      />

      <Suspense key={`summary|${key}`} fallback={<SegmentLoading cards={1} lines={4} />}>
        <SkmSummaryWidgets
          data={data}
          questionnaire={questionnaire}
          query={query}
          kind={kind}
          period={period}
          trendKind={trendKind}
          today={today}
          unsur={sp[ELEMENT_PARAM]}
          filter={filter}
          counters={counters}
          periodLabel={periodLabel}
        />
      </Suspense>

      <Suspense key={`counters|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <SkmCounterBreakdown
          filter={filter}
          counters={counters}
          periodLabel={labelWithPartial(en ? period.labelEn : period.labelId, period, today, locale)}
        />
      </Suspense>
      <Suspense key={`low|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <LowScoresSection />
      </Suspense>
      <Suspense key={`comments|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <SkmComments
          data={data}
          q={q}
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
      </Suspense>
      <p className="muted">
        <Link href="/laporan">{t("publishedReportsLink")}</Link>
      </p>
    </div>
  );
}

/** The period's comments, from the same getSkmDashboard read as the summary widgets. */
async function SkmComments(props: {
  data: Promise<SkmDashboardData>;
  q: string | undefined;
  keep: Record<string, string | undefined>;
}) {
  const { t, locale } = await getTranslator("skm");
  const { comments } = await props.data;
  return <CommentsSection t={t} locale={locale} q={props.q} comments={comments} keep={props.keep} />;
}
