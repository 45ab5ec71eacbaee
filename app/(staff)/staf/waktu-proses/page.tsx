import { formatCount, formatDate, formatDateRange, formatPercent } from "@/lib/format/format";
import { parsePeriodKey, periodKeyLabel } from "@/lib/periods/periods";
import { PERIOD_RANGE_MESSAGES, parsePeriodRange } from "@/lib/periods/range-params";
import { labelWithPartial } from "@/lib/periods/partial";
import { PartialNote } from "@/components/charts/partial-note";
import { Suspense } from "react";
import { z } from "zod";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { addCalendarDays, toWibDate } from "@/lib/calendar/working-days";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { listAreas, listLicenseTypes } from "@/lib/reference/queries";
import { ProcessingBarChart, ProcessingLineChart } from "@/components/applications/processing-charts";
import {
  agingBarLinks,
  feeDiscrepancyListHref,
  overdueListHref,
  type ProcessingChartContext,
} from "@/lib/applications/chart-links";
import Link from "next/link";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";
import { AgencyBallSection } from "./_components/agency-ball";
import { ProcessingFilters } from "./_components/processing-filters";
import { ProcessingBreakdowns } from "./_components/processing-breakdowns";
import { FeesSection } from "./_components/fees-section";
import { ProcessingSummary } from "./_components/processing-summary";
import { processingView, type ProcessingDashboardData } from "./_components/processing-view";
import { SegmentLoading } from "@/components/layout/segment-loading";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

const ZFilter = z.object({
  licenseType: z.string().optional().catch(undefined),
  kecamatan: z.string().optional().catch(undefined),
});

export default async function ProcessingDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePageCapability("viewProcessingTimes", "/staf/waktu-proses");
  const { t, locale } = await getTranslator("applications");
  const params = await searchParams;
  const query = ZFilter.parse(params);
  const today = toWibDate(new Date());
  const range = parsePeriodRange(params, today);
  const { t: tp } = await getTranslator("periods");
  const to = range.ok && range.range ? range.range.to : today;
  // Default: the two years of history, so the improvement trend is visible at a glance.
  const from = range.ok && range.range ? range.range.from : addCalendarDays(to, -729);
  const periodLabel = labelWithPartial(formatDateRange(from, to, locale), { from, to }, today, locale);
  const [licenseTypes, areas] = await Promise.all([listLicenseTypes(), listAreas()]);
  const licenseType = licenseTypes.find((lt) => lt.code === query.licenseType) ?? null;
  const kecamatan = areas.find((k) => k.code === query.kecamatan) ?? null;
  const filter = { from, to, licenseTypeId: licenseType?.id ?? null, kecamatanCode: kecamatan?.code ?? null };
  // Read once and shared: the summary, the trends and the fees each await this promise in their own boundary.
  const data = getProcessingDashboard(filter);
  const canOpenFiles = can(user.role, "viewApplications");
  const typeNames = new Map(licenseTypes.map((lt) => [lt.code, locale === "en" ? lt.nameEn : lt.name]));
  const context = { from, to, licenseType: licenseType?.code ?? null, kecamatan: kecamatan?.code ?? null, locale };
  const view = { licenseTypes, context, today };
  // Each widget streams in behind its own skeleton; the key shows the skeletons again for a new filter.
  const key = JSON.stringify(params);

  return (
    <div className="stack">
      <h1>{t("dashboard.title")}</h1>
      <p className="muted">{t("dashboard.intro")}</p>
      <DownloadLinks what={t("dashboard.title")} formats={PAGE_DOWNLOADS.processing} params={{ ...query, from, to }} />
      <ProcessingFilters
        t={t}
        from={from}
        to={to}
        rangeError={range.ok ? null : PERIOD_RANGE_MESSAGES[range.error][locale]}
        rangeErrorText={(message) => tp("rangeError", { message })}
        licenseTypes={licenseTypes.map((lt) => ({ code: lt.code, name: typeNames.get(lt.code) ?? lt.code }))}
        licenseType={licenseType?.code ?? ""}
        areas={areas}
        kecamatan={kecamatan?.code ?? ""}
      />
      <p className="muted" data-testid="processing-period">
        {periodLabel}
      </p>
      <Suspense key={`summary|${key}`} fallback={<SegmentLoading cards={6} lines={2} />}>
        <ProcessingSummary data={data} view={view} canOpenFiles={canOpenFiles} showAdminLink={user.role === "ADMIN"} />
      </Suspense>

      <Suspense key={`agency|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <AgencyBallSection filter={filter} canOpenFiles={canOpenFiles} />
      </Suspense>
      <Suspense key={`trends|${key}`} fallback={<SegmentLoading compact lines={6} />}>
        <ProcessingTrends data={data} view={view} canOpenFiles={canOpenFiles} />
      </Suspense>
      <Suspense key={`breakdowns|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <ProcessingBreakdowns filter={filter} periodLabel={periodLabel} />
      </Suspense>
      <Suspense key={`fees|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <ProcessingFees data={data} context={context} canOpenFiles={canOpenFiles} />
      </Suspense>
    </div>
  );
}

/** The monthly throughput, the open files by age and the overdue list (from the shared dashboard read). */
async function ProcessingTrends(props: {
  data: Promise<ProcessingDashboardData>;
  view: Omit<Parameters<typeof processingView>[1], "t" | "tp">;
  canOpenFiles: boolean;
}) {
  const { t, locale } = await getTranslator("applications");
  const { t: tp } = await getTranslator("periods");
  const data = await props.data;
  const { months, links, monthPartial } = processingView(data, { ...props.view, t, tp });
  const { today, context } = props.view;
  const { canOpenFiles } = props;
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const count = (value: number) => formatCount(value, locale);
  // The page lists the first few overdue files; every one of them is on the applications list.
  const allOverdue = overdueListHref(context, data.summary.overdue, canOpenFiles);

  return (
    <>
      <section className="card" aria-labelledby="h-months">
        <h2 id="h-months">{t("dashboard.throughput")}</h2>
        <ProcessingLineChart
          data={months}
          xKey="month"
          percent
          locale={locale}
          links={links.months}
          label={t("dashboard.throughput")}
          series={[
            { key: "completed", label: t("dashboard.completed"), color: "#1d4ed8", unit: "count" },
            { key: "onTimePercent", label: t("dashboard.onTimeRate"), color: "#15803d", unit: "percent" },
          ]}
        />
        <PartialNote text={monthPartial} />
        <DataTable
          testId="throughput-table"
          rows={data.throughput}
          rowKey={(m) => m.month}
          rowHeader
          columns={[
            {
              header: t("dashboard.month"),
              cell: (m) => labelWithPartial(periodKeyLabel(m.month, locale), parsePeriodKey(m.month)!, today, locale),
            },
            { header: t("dashboard.completed"), cell: (m) => count(m.completed), className: "num" },
            { header: t("dashboard.onTimeRate"), cell: (m) => percent(m.onTimeRate), className: "num" },
          ]}
        />
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="h-aging">
          <h2 id="h-aging">{t("dashboard.aging")}</h2>
          <ProcessingBarChart
            data={data.aging.buckets.map((b) => ({
              key: b.key,
              count: b.count - b.overdueCount,
              overdue: b.overdueCount,
            }))}
            xKey="key"
            locale={locale}
            links={agingBarLinks(
              context,
              data.aging.buckets,
              { backlog: t("dashboard.backlog"), overdue: t("dashboard.overdue") },
              canOpenFiles,
            )}
            label={t("dashboard.aging")}
            series={[
              { key: "count", label: t("dashboard.backlog"), color: "#1d4ed8", unit: "count" },
              { key: "overdue", label: t("dashboard.overdue"), color: "#b91c1c", unit: "count" },
            ]}
          />
          <DataTable
            rows={data.aging.buckets}
            rowKey={(b) => b.key}
            rowHeader
            columns={[
              { header: t("dashboard.bucket"), cell: (b) => b.key },
              { header: t("dashboard.backlog"), cell: (b) => count(b.count), className: "num" },
              { header: t("dashboard.overdue"), cell: (b) => count(b.overdueCount), className: "num" },
            ]}
          />
        </section>
        <section className="card" aria-labelledby="h-overdue">
          <h2 id="h-overdue">{t("dashboard.overdueList")}</h2>
          <DataTable
            testId="overdue-table"
            rows={data.overdueList}
            rowKey={(a) => a.registrationNo}
            empty={t("dashboard.noOverdue")}
            columns={[
              {
                header: t("list.registrationNo"),
                cell: (a) => <ApplicationLink registrationNo={a.registrationNo} linked={canOpenFiles} />,
              },
              { header: t("list.licenseType"), cell: (a) => a.licenseType },
              { header: t("list.stage"), cell: (a) => t(`stages.${a.currentStage}`) },
              { header: t("list.dueDate"), cell: (a) => formatDate(a.dueDate, locale) },
            ]}
          />
          {allOverdue && (
            <p>
              <Link href={allOverdue} data-testid="overdue-see-all">
                {t("dashboard.overdueSeeAll", { count: count(data.summary.overdue) })}
              </Link>
            </p>
          )}
        </section>
      </div>
    </>
  );
}

/** The fees collected (from the shared dashboard read); every one of the period's discrepancies is on the list. */
async function ProcessingFees(props: {
  data: Promise<ProcessingDashboardData>;
  context: ProcessingChartContext;
  canOpenFiles: boolean;
}) {
  const { fees } = await props.data;
  const allHref = feeDiscrepancyListHref(props.context, fees.count, props.canOpenFiles);
  return <FeesSection fees={fees} canOpenFiles={props.canOpenFiles} allHref={allHref} />;
}
