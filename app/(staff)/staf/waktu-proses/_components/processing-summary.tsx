import { formatCount, formatDecimal, formatPercent } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { ProcessingBarChart } from "@/components/applications/processing-charts";
import { DataTable } from "@/components/ui/data-table";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { DistributionSection } from "./distribution-section";
import { processingView, type ProcessingDashboardData } from "./processing-view";

/**
 * The headline of the processing dashboard — calendar warnings, the six KPI cards, on-time rate per license type,
 * the distribution and the median per stage — from the page's one getProcessingDashboard read (a shared promise).
 */
export async function ProcessingSummary(props: {
  data: Promise<ProcessingDashboardData>;
  view: Omit<Parameters<typeof processingView>[1], "t" | "tp">;
  canOpenFiles: boolean;
  showAdminLink: boolean;
}) {
  const { t, locale } = await getTranslator("applications");
  const { t: tp } = await getTranslator("periods");
  const data = await props.data;
  const { summary } = data;
  const { typeRows, links } = processingView(data, { ...props.view, t, tp });
  const { context } = props.view;
  const { canOpenFiles } = props;
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const count = (value: number) => formatCount(value, locale);
  const days = (value: number | null) => formatDecimal(value, locale, 2, { trim: true });
  const stageRows = summary.byStage.filter((s) => s.count > 0);
  const bottleneck = stageRows.reduce<(typeof stageRows)[number] | null>(
    (top, s) => (top === null || (s.medianDays ?? 0) > (top.medianDays ?? 0) ? s : top),
    null,
  );

  return (
    <>
      <CalendarNotice warnings={summary.calendarWarnings} showAdminLink={props.showAdminLink} />

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
    </>
  );
}
