import { formatCount, formatDate, formatDateRange, formatDecimal, formatPercent } from "@/lib/format/format";
import { parsePeriodKey, periodKeyLabel } from "@/lib/periods/periods";
import { PERIOD_RANGE_MESSAGES, parsePeriodRange } from "@/lib/periods/range-params";
import { isPartialPeriod, labelWithPartial } from "@/lib/periods/partial";
import { PartialNote } from "@/components/charts/partial-note";
import { z } from "zod";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { addCalendarDays, toWibDate } from "@/lib/calendar/working-days";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { listAreas, listLicenseTypes } from "@/lib/reference/queries";
import { ProcessingBarChart, ProcessingLineChart } from "@/components/applications/processing-charts";
import { agingBarLinks, processingChartLinks } from "@/lib/applications/chart-links";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { AgencyBallSection } from "./_components/agency-ball";
import { ProcessingFilters } from "./_components/processing-filters";
import { ProcessingBreakdowns } from "./_components/processing-breakdowns";
import { FeesSection } from "./_components/fees-section";
import { DistributionSection } from "./_components/distribution-section";
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
  const data = await getProcessingDashboard({
    from,
    to,
    licenseTypeId: licenseType?.id ?? null,
    kecamatanCode: kecamatan?.code ?? null,
  });
  const { summary } = data;
  const canOpenFiles = can(user.role, "viewApplications");
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const count = (value: number) => formatCount(value, locale);
  const days = (value: number | null) => formatDecimal(value, locale, 2, { trim: true });
  const stageRows = summary.byStage.filter((s) => s.count > 0);
  const bottleneck = stageRows.reduce<(typeof stageRows)[number] | null>(
    (top, s) => (top === null || (s.medianDays ?? 0) > (top.medianDays ?? 0) ? s : top),
    null,
  );
  const typeNames = new Map(licenseTypes.map((lt) => [lt.code, locale === "en" ? lt.nameEn : lt.name]));
  const typeRows = summary.byLicenseType.map((row) => ({
    ...row,
    name: typeNames.get(row.licenseType) ?? row.licenseType,
    onTimePercent: row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10,
  }));
  // The running month is drawn lighter (a hollow point) and named under the chart with the day it counts to.
  const isRunning = (month: string) => isPartialPeriod(parsePeriodKey(month)!, today);
  const months = data.throughput.map((m) => ({
    month: `${periodKeyLabel(m.month, locale)}${isRunning(m.month) ? " *" : ""}`,
    completed: m.completed,
    onTimePercent: m.onTimeRate === null ? null : Math.round(m.onTimeRate * 1000) / 10,
    partial: isRunning(m.month) ? 1 : 0,
  }));
  const context = { from, to, licenseType: licenseType?.code ?? null, kecamatan: kecamatan?.code ?? null, locale };
  const links = processingChartLinks(
    context,
    { types: typeRows, months: data.throughput.map((m, i) => ({ ...m, label: months[i]!.month })) },
    { completed: t("dashboard.completed"), onTime: t("dashboard.onTimeRate") },
  ); // drill-down (issue 16)
  const running = data.throughput.find((m) => isRunning(m.month));
  const monthPartial = running
    ? tp("partialLegend", {
        period: labelWithPartial(periodKeyLabel(running.month, locale), parsePeriodKey(running.month)!, today, locale),
      })
    : null;

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
      <CalendarNotice warnings={summary.calendarWarnings} showAdminLink={user.role === "ADMIN"} />

      <div className="grid">
        {[
          ["completed", count(summary.completed), "kpi-completed"],
          ["onTimeRate", percent(summary.onTimeRate), "kpi-on-time"],
          ["median", days(summary.medianDays), "kpi-median"],
          ["p90", days(summary.p90Days), "kpi-p90"],
          ["backlog", count(summary.backlog), "kpi-backlog"],
          ["overdue", count(summary.overdue), "kpi-overdue"],
        ].map(([key, value, testId]) => (
          <div className="card" key={key}>
            <div className="muted">{t(`dashboard.${key}`)}</div>
            <div className="kpi-value" data-testid={testId}>
              {value}
            </div>
          </div>
        ))}
      </div>
      {summary.completed === 0 && <p className="alert alert-info">{t("dashboard.noData")}</p>}
      <section className="card" aria-labelledby="h-types">
        <h2 id="h-types">{t("dashboard.byLicenseType")}</h2>
        <p className="sr-only">{t("dashboard.chartHint")}</p>
        <ProcessingBarChart
          data={typeRows}
          xKey="name"
          layout="vertical"
          locale={locale}
          links={links.types}
          label={t("dashboard.byLicenseType")}
          series={[{ key: "onTimePercent", label: t("dashboard.onTimeRate"), color: "#1d4ed8", unit: "percent" }]}
        />
        <DataTable
          rows={typeRows}
          rowKey={(row) => row.licenseType}
          rowHeader
          columns={[
            { header: t("dashboard.licenseType"), cell: (row) => row.name },
            { header: t("dashboard.slaDays"), cell: (row) => row.slaDays, className: "num" },
            { header: t("dashboard.completed"), cell: (row) => count(row.completed), className: "num" },
            { header: t("dashboard.onTimeRate"), cell: (row) => percent(row.onTimeRate), className: "num" },
            { header: t("dashboard.median"), cell: (row) => days(row.medianDays), className: "num" },
            { header: t("dashboard.p90"), cell: (row) => days(row.p90Days), className: "num" },
          ]}
        />
      </section>

      <div className="grid">
        <DistributionSection distribution={data.distribution} context={context} canOpenFiles={canOpenFiles} />
        <section className="card" aria-labelledby="h-stage">
          <h2 id="h-stage">{t("dashboard.byStage")}</h2>
          {bottleneck && (
            <p className="alert alert-warn" data-testid="bottleneck">
              {t("dashboard.bottleneck", { stage: t(`stages.${bottleneck.stage}`) })}
            </p>
          )}
          <ProcessingBarChart
            data={stageRows.map((s) => ({
              stage: t(`stages.${s.stage}`),
              medianDays: s.medianDays,
              meanDays: s.meanDays,
            }))}
            xKey="stage"
            layout="vertical"
            locale={locale}
            series={[
              { key: "medianDays", label: t("dashboard.median"), color: "#b45309", unit: "days" },
              { key: "meanDays", label: t("dashboard.mean"), color: "#94a3b8", unit: "days" },
            ]}
          />
          <DataTable
            rows={stageRows}
            rowKey={(s) => s.stage}
            rowHeader
            columns={[
              { header: t("dashboard.stage"), cell: (s) => t(`stages.${s.stage}`) },
              { header: t("dashboard.median"), cell: (s) => days(s.medianDays), className: "num" },
              { header: t("dashboard.mean"), cell: (s) => days(s.meanDays), className: "num" },
            ]}
          />
        </section>
      </div>

      <AgencyBallSection
        filter={{ from, to, licenseTypeId: licenseType?.id ?? null, kecamatanCode: kecamatan?.code ?? null }}
        canOpenFiles={canOpenFiles}
      />

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
        </section>
      </div>

      <ProcessingBreakdowns
        filter={{ from, to, licenseTypeId: licenseType?.id ?? null, kecamatanCode: kecamatan?.code ?? null }}
        periodLabel={periodLabel}
      />

      <FeesSection fees={data.fees} canOpenFiles={canOpenFiles} />
    </div>
  );
}
