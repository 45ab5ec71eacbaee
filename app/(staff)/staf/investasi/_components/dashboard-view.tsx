import { formatCount, formatDate, formatPercent, formatRupiah } from "@/lib/format/format";
import { parsePeriodKey, periodKeyLabel } from "@/lib/periods/periods";
import { isPartialPeriod, labelWithPartial } from "@/lib/periods/partial";
import { PartialNote } from "@/components/charts/partial-note";
import { groupLabeler } from "@/lib/investment/group-label";
import { investmentTrendLink } from "@/lib/investment/trend-chart-links";
import type { InvestmentDashboard } from "@/lib/investment/dashboard";
import type { TInvestmentFilter } from "@/lib/investment/schemas";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { RupiahShort } from "@/components/investment/rupiah";
import { TrendChart } from "@/components/investment/trend-chart";
import { DataTable } from "@/components/ui/data-table";
import { FigureCard } from "@/components/ui/card";

function percent(value: number, locale: Locale): string {
  return formatPercent(value, locale, 1, { signed: true });
}

export function DashboardView({
  data,
  filter,
  t,
  tp,
  locale,
  today,
}: {
  data: InvestmentDashboard;
  filter: TInvestmentFilter;
  t: Translator;
  /** The "periods" namespace (the running period's note). */
  tp: Translator;
  locale: Locale;
  today: string;
}) {
  const label = groupLabeler(t, data.kecamatan);
  const periodLabel = (key: string) => periodKeyLabel(key, locale);
  const isRunning = (key: string) => {
    const period = parsePeriodKey(key);
    return period !== null && isPartialPeriod(period, today);
  };
  const running = data.trend.points.find((p) => isRunning(p.period));
  const runningNote = running
    ? tp("partialLegend", {
        period: labelWithPartial(periodLabel(running.period), parsePeriodKey(running.period)!, today, locale),
      })
    : null;
  const { totals } = data.trend;
  const growthText = (value: number | null) =>
    value === null ? t("kpi.noGrowth") : t("kpi.growth", { value: percent(value, locale) });
  const groupLabels: Record<string, string> = { __all: t("kpi.investment") };
  for (const point of data.trend.points)
    if (point.group !== null) groupLabels[point.group] = label(filter.groupBy, point.group);
  const { target } = data;
  return (
    <div className="stack">
      <div className="grid">
        <FigureCard id="kpi-investment" title={t("kpi.investment")}>
          <p className="kpi-value" data-testid="total-investment">
            <RupiahShort value={totals.investment} locale={locale} />
          </p>
          <p className="small">{growthText(data.growth.investment)}</p>
          <p className="small muted">{t("kpi.lastYear", { value: formatRupiah(data.lastYear.investment, locale) })}</p>
        </FigureCard>
        <FigureCard id="kpi-projects" title={t("kpi.projects")}>
          <p className="kpi-value" data-testid="total-projects" data-count={totals.projects}>
            {formatCount(totals.projects, locale)}
          </p>
          <p className="small">{growthText(data.growth.projects)}</p>
          <p className="small muted">{t("kpi.lastYear", { value: formatCount(data.lastYear.projects, locale) })}</p>
        </FigureCard>
        <FigureCard id="kpi-workers" title={t("kpi.workers")}>
          <p className="kpi-value">{formatCount(totals.workers, locale)}</p>
          <p className="small">{growthText(data.growth.workers)}</p>
          <p className="small muted">{t("kpi.lastYear", { value: formatCount(data.lastYear.workers, locale) })}</p>
        </FigureCard>
        <FigureCard id="kpi-target" title={t("target.title", { year: target.year })}>
          {target.targets.investmentValue === null && target.targets.investmentJobs === null ? (
            <p>{t("target.none")}</p>
          ) : (
            <>
              {target.investmentProgress !== null && target.targets.investmentValue !== null && (
                <p>
                  <strong>{t("target.investment")}:</strong>{" "}
                  <RupiahShort value={target.actual.investment} locale={locale} />
                  <br />
                  <progress
                    max={1}
                    value={Math.min(1, target.investmentProgress)}
                    aria-label={t("target.investment")}
                  />{" "}
                  <span title={formatRupiah(target.targets.investmentValue, locale)}>
                    {t("target.progress", {
                      percent: formatPercent(target.investmentProgress, locale),
                      target: formatRupiah(target.targets.investmentValue, locale),
                    })}
                  </span>
                </p>
              )}
              {target.jobsProgress !== null && target.targets.investmentJobs !== null && (
                <p>
                  <strong>{t("target.jobs")}:</strong> {formatCount(target.actual.workers, locale)}
                  <br />
                  <progress max={1} value={Math.min(1, target.jobsProgress)} aria-label={t("target.jobs")} />{" "}
                  {t("target.progress", {
                    percent: formatPercent(target.jobsProgress, locale),
                    target: formatCount(target.targets.investmentJobs, locale),
                  })}
                </p>
              )}
            </>
          )}
        </FigureCard>
      </div>

      <section className="card" aria-labelledby="trend-title">
        <h2 id="trend-title">
          {t("chart.title")} · {t(`intervals.${filter.interval}`)}
        </h2>
        {totals.projects === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <TrendChart
            points={data.trend.points.map((p) => ({
              period: p.period,
              label: `${periodLabel(p.period)}${isRunning(p.period) ? " *" : ""}`,
              group: p.group,
              investment: p.investment.toString(),
              partial: isRunning(p.period),
              link: investmentTrendLink(filter, p, {
                category: [periodLabel(p.period), ...(filter.groupBy ? [label(filter.groupBy, p.group)] : [])].join(
                  " · ",
                ),
                series: t("kpi.investment"),
                locale,
              }),
            }))}
            groupLabels={groupLabels}
            locale={locale}
            caption={t("chart.caption")}
          />
        )}
        <PartialNote text={totals.projects === 0 ? null : runningNote} />
        <details>
          <summary>{t("chart.table")}</summary>
          <DataTable
            rows={data.trend.points}
            rowKey={(p) => `${p.period}-${p.group}`}
            columns={[
              { header: t("chart.period"), cell: (p) => periodLabel(p.period) },
              ...(filter.groupBy
                ? [
                    {
                      header: t("chart.group"),
                      cell: (p: (typeof data.trend.points)[number]) => label(filter.groupBy!, p.group),
                    },
                  ]
                : []),
              { header: t("kpi.projects"), cell: (p) => formatCount(p.projects, locale), className: "num" },
              { header: t("kpi.investment"), cell: (p) => formatRupiah(p.investment, locale), className: "num" },
              { header: t("kpi.workers"), cell: (p) => formatCount(p.workers, locale), className: "num" },
            ]}
          />
        </details>
      </section>

      <div className="grid investment-breakdowns">
        {(Object.keys(data.breakdowns) as Array<keyof InvestmentDashboard["breakdowns"]>).map((dimension) => (
          <section className="card" key={dimension} aria-labelledby={`breakdown-${dimension}`}>
            <h2 id={`breakdown-${dimension}`}>
              {t("breakdown.title", { dimension: t(`filters.${dimension}`).toLowerCase() })}
            </h2>
            <DataTable
              rows={data.breakdowns[dimension]}
              rowKey={(row) => String(row.group)}
              columns={[
                { header: t(`filters.${dimension}`), cell: (row) => label(dimension, row.group) },
                { header: t("kpi.projects"), cell: (row) => formatCount(row.projects, locale), className: "num" },
                {
                  header: t("kpi.investment"),
                  cell: (row) => formatRupiah(row.investment, locale),
                  title: (row) => formatRupiah(row.investment, locale),
                  className: "num",
                },
                {
                  header: t("breakdown.share"),
                  cell: (row) =>
                    totals.investment > 0n
                      ? formatPercent(Number((row.investment * 10000n) / totals.investment) / 10000, locale, 2)
                      : "—",
                  className: "num",
                },
                { header: t("kpi.workers"), cell: (row) => formatCount(row.workers, locale), className: "num" },
              ]}
            />
          </section>
        ))}
      </div>

      <section className="card" aria-labelledby="largest-title">
        <h2 id="largest-title">{t("largest.title")}</h2>
        <DataTable
          rows={data.largest}
          rowKey={(p) => p.id}
          columns={[
            { header: t("largest.registrationNo"), cell: (p) => p.registrationNo },
            { header: t("largest.applicant"), cell: (p) => p.applicantName ?? "—" },
            { header: t("largest.licenseType"), cell: (p) => p.licenseType },
            { header: t("largest.issued"), cell: (p) => formatDate(p.issuedDate, locale) },
            { header: t("largest.sector"), cell: (p) => label("sector", p.sector) },
            { header: t("largest.origin"), cell: (p) => p.origin ?? "—" },
            { header: t("largest.scale"), cell: (p) => label("scale", p.scale) },
            {
              header: t("largest.investment"),
              cell: (p) => formatRupiah(p.investmentValue, locale),
              className: "num",
            },
            {
              header: t("largest.workers"),
              cell: (p) => formatCount((p.workersLocal ?? 0) + (p.workersForeign ?? 0), locale),
              className: "num",
            },
          ]}
        />
      </section>
    </div>
  );
}
