import { formatCount, formatDate, formatPercent, formatRupiah } from "@/lib/format/format";
import { Suspense } from "react";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { periodKeyLabel } from "@/lib/periods/periods";
import { BKPM_SECTORS } from "@/lib/investment/sectors";
import { realisationDashboardQuery } from "@/lib/investment/realisation-params";
import { getRealisationSeries } from "@/lib/investment/realisation-queries";
import { Alert, FigureCard } from "@/components/ui/card";
import { PeriodFilterForm } from "@/components/investment/period-group-fields";
import { RupiahShort } from "@/components/investment/rupiah";
import { RealisationChart } from "@/components/investment/realisation-chart";
import { DataTable } from "@/components/ui/data-table";
import { FieldsForm } from "@/components/ui/fields-form";
import { listLkpmDeadlines } from "@/lib/investment/lkpm-deadline-store";
import { listKecamatan } from "@/lib/reference/queries";
import { deleteLkpmDeadlineAction, saveLkpmDeadlineAction } from "./actions";
import { LowestRealisationProjects, NotFiledProjects, TableSkeleton } from "./_components/project-tables";

export default async function RealisationDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageCapability("viewAnalytics", "/staf/investasi/realisasi");
  const { t, locale } = await getTranslator("realisation");
  const today = toWibDate(new Date());
  const { query, errors } = realisationDashboardQuery(await searchParams, today);
  const thisYear = Number(today.slice(0, 4));
  const [points, kecamatan, deadlines] = await Promise.all([
    getRealisationSeries(query, today),
    query.groupBy === "kecamatan" ? listKecamatan() : Promise.resolve([]),
    listLkpmDeadlines([thisYear + 1, thisYear, thisYear - 1]),
  ]);
  const isAdmin = can(user.role, "manageReferenceData");
  // The periods whose deadline has passed recently or is coming: last year's through next year's first quarter.
  const shownDeadlines = deadlines.filter(
    (row) => row.ruleDeadline >= `${thisYear - 1}-01-01` && row.ruleDeadline <= `${thisYear + 1}-04-30`,
  );
  const sectors = new Map<string, string>(BKPM_SECTORS.map((s) => [s.code, s.name]));
  const districts = new Map(kecamatan.map((k) => [k.code, k.name]));
  const groupLabel = (value: string | null) => {
    if (value === null) return t("unknown");
    if (query.groupBy === "sector") return sectors.get(value) ?? value;
    if (query.groupBy === "kecamatan") return districts.get(value) ?? value;
    if (query.groupBy === "scale") return t(`scales.${value}`);
    return value;
  };
  const periodLabel = (key: string) => periodKeyLabel(key, locale);
  // Ratios and compliance are stored in tenths of a percent (875 = 87,5 %).
  const tenthsOfPercent = (value: number | null) => formatPercent(value === null ? null : value / 1000, locale);
  const ungrouped = query.groupBy === undefined ? points : [];
  const lastWithObligations = [...ungrouped].reverse().find((p) => p.obligated > 0);
  const last = ungrouped.at(-1);
  const hasData = points.some((p) => p.plannedInvestment > 0n);
  return (
    <div className="stack">
      <p>
        <Link href="/staf/investasi">← {t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <PeriodFilterForm kind="realisation" values={query} errors={errors} t={t} />
      {Object.keys(errors).length > 0 && <Alert tone="error">{Object.values(errors).join(" ")}</Alert>}
      {can(user.role, "reportInvestmentRealisation") && (
        <div className="row">
          <Link className="btn btn-secondary" href="/staf/investasi/realisasi/input">
            {t("input.link")}
          </Link>
        </div>
      )}
      <p className="small muted">{t("asOf", { date: formatDate(today, locale) })}</p>

      {last && (
        <div className="grid">
          <FigureCard id="lkpm-kpi-planned" title={t("kpi.planned")}>
            <p className="kpi-value">
              <RupiahShort value={last.plannedInvestment} locale={locale} />
            </p>
          </FigureCard>
          <FigureCard id="lkpm-kpi-realised" title={t("kpi.realised")}>
            <p className="kpi-value" data-testid="lkpm-realised-total">
              <RupiahShort value={last.realisedInvestment} locale={locale} />
            </p>
          </FigureCard>
          <FigureCard id="lkpm-kpi-ratio" title={t("kpi.ratio")}>
            <p className="kpi-value">{tenthsOfPercent(last.ratio)}</p>
          </FigureCard>
          <FigureCard id="lkpm-kpi-compliance" title={t("kpi.compliance")}>
            <p className="kpi-value">{tenthsOfPercent(lastWithObligations?.compliance ?? null)}</p>
            {lastWithObligations && (
              <>
                <p className="small">
                  {t("kpi.complianceOf", {
                    filed: formatCount(lastWithObligations.filed, locale),
                    obligated: formatCount(lastWithObligations.obligated, locale),
                    period: periodLabel(lastWithObligations.period),
                  })}
                </p>
                <p className="small muted">
                  {t("kpi.onTime", { count: formatCount(lastWithObligations.filedOnTime, locale) })}
                </p>
              </>
            )}
          </FigureCard>
        </div>
      )}

      <section className="card" aria-labelledby="lkpm-chart-title">
        <h2 id="lkpm-chart-title">
          {t("chart.title")} · {t(`intervals.${query.interval}`)}
        </h2>
        {!hasData ? (
          <p>{t("empty")}</p>
        ) : (
          ungrouped.length > 0 && (
            <RealisationChart
              points={ungrouped.map((p) => ({
                label: periodLabel(p.period),
                planned: p.plannedInvestment.toString(),
                realised: p.realisedInvestment.toString(),
                compliance: p.compliance === null ? null : p.compliance / 1000,
              }))}
              labels={{ planned: t("chart.planned"), realised: t("chart.realised"), compliance: t("chart.compliance") }}
              locale={locale}
              caption={t("chart.caption")}
            />
          )
        )}
        <h3>{t("table.title")}</h3>
        <DataTable
          testId="lkpm-table"
          rows={points}
          rowKey={(p) => `${p.period}-${p.group}`}
          columns={[
            { header: t("table.period"), cell: (p) => periodLabel(p.period) },
            ...(query.groupBy
              ? [{ header: t("table.group"), cell: (p: (typeof points)[number]) => groupLabel(p.group) }]
              : []),
            {
              header: t("table.planned"),
              cell: (p) => formatRupiah(p.plannedInvestment, locale),
              className: "num",
            },
            {
              header: t("table.realised"),
              cell: (p) => formatRupiah(p.realisedInvestment, locale),
              className: "num",
            },
            {
              header: t("table.realisedInPeriod"),
              cell: (p) => formatRupiah(p.realisedInPeriod, locale),
              className: "num",
            },
            { header: t("table.ratio"), cell: (p) => tenthsOfPercent(p.ratio), className: "num" },
            { header: t("table.obligated"), cell: (p) => formatCount(p.obligated, locale), className: "num" },
            { header: t("table.filed"), cell: (p) => formatCount(p.filed, locale), className: "num" },
            { header: t("table.filedOnTime"), cell: (p) => formatCount(p.filedOnTime, locale), className: "num" },
            {
              header: t("table.compliance"),
              cell: (p) => tenthsOfPercent(p.compliance),
              className: "num",
            },
          ]}
        />
      </section>

      <Suspense fallback={<TableSkeleton titleId="lkpm-lowest-title" title={t("lowest.title")} />}>
        <LowestRealisationProjects today={today} />
      </Suspense>

      <section className="card" aria-labelledby="lkpm-deadlines-title">
        <h2 id="lkpm-deadlines-title">{t("deadlines.title")}</h2>
        <p className="small muted">{t("deadlines.intro")}</p>
        <DataTable
          testId="lkpm-deadlines"
          rows={shownDeadlines}
          rowKey={(row) => row.period}
          rowData={(row) => ({ period: row.period, deadline: row.deadline })}
          columns={[
            { header: t("deadlines.period"), cell: (row) => `${t(`periods.${row.period.slice(5)}`)} ${row.year}` },
            { header: t("deadlines.rule"), cell: (row) => `${formatDate(row.ruleDeadline, locale)} (${row.rule})` },
            {
              header: t("deadlines.applies"),
              cell: (row) =>
                row.override ? (
                  <span>
                    <strong>{formatDate(row.override.deadline, locale)}</strong> — {row.override.reason}
                  </span>
                ) : (
                  formatDate(row.deadline, locale)
                ),
            },
          ]}
        />
        {isAdmin ? (
          <>
            <h3>{t("deadlines.overrideTitle")}</h3>
            <FieldsForm
              action={saveLkpmDeadlineAction}
              submitLabel={t("deadlines.save")}
              savedLabel={t("deadlines.saved")}
              fields={[
                {
                  name: "period",
                  label: t("deadlines.periodField"),
                  type: "select",
                  options: shownDeadlines.map((row) => ({
                    value: row.period,
                    label: `${t(`periods.${row.period.slice(5)}`)} ${row.year}`,
                  })),
                },
                { name: "deadline", label: t("deadlines.deadlineField"), type: "date" },
                { name: "reason", label: t("deadlines.reasonField"), type: "textarea" },
              ]}
            />
            {shownDeadlines.some((row) => row.override) ? (
              <FieldsForm
                action={deleteLkpmDeadlineAction}
                submitLabel={t("deadlines.remove")}
                savedLabel={t("deadlines.removed")}
                inline
                fields={[
                  {
                    name: "removePeriod",
                    label: t("deadlines.removePeriodField"),
                    type: "select",
                    options: shownDeadlines
                      .filter((row) => row.override)
                      .map((row) => ({
                        value: row.period,
                        label: `${t(`periods.${row.period.slice(5)}`)} ${row.year}`,
                      })),
                  },
                ]}
              />
            ) : null}
          </>
        ) : null}
      </section>

      <Suspense fallback={<TableSkeleton titleId="lkpm-notfiled-title" title={t("notFiled.title")} />}>
        <NotFiledProjects today={today} />
      </Suspense>
    </div>
  );
}
