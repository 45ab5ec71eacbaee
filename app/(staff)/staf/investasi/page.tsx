import { Suspense } from "react";
import { formatCount } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { dashboardFilter } from "@/lib/investment/filter";
import { getInvestmentDashboard, type InvestmentDashboard } from "@/lib/investment/dashboard";
import { listKecamatan } from "@/lib/reference/queries";
import type { Locale } from "@/lib/i18n/locales";
import type { TInvestmentFilter } from "@/lib/investment/schemas";
import { SegmentLoading } from "@/components/layout/segment-loading";
import { Alert } from "@/components/ui/card";
import { DashboardView } from "./_components/dashboard-view";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";
import { FilterForm, filterParams, filterQuery } from "./_components/filter-form";

export default async function InvestmentDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The capability is checked before the Suspense boundary, so a role without it still gets a real 403.
  const user = await requirePageCapability("viewAnalytics", "/staf/investasi");
  const { t, locale } = await getTranslator("investment");
  const { t: realisation } = await getTranslator("realisation");
  const { t: exportWords } = await getTranslator("exports");
  const today = toWibDate(new Date());
  const { filter, errors } = dashboardFilter(await searchParams, today);
  // The figures are read in one go (getInvestmentDashboard, shared by the KPI cards, target, trend, breakdowns and
  // largest projects) and stream in behind one skeleton; the filter form shows at once with its own kecamatan list.
  const kecamatan = await listKecamatan();
  const dashboard = getInvestmentDashboard(filter);
  const query = filterQuery(filter);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <DownloadLinks
        what={exportWords("investment.what")}
        formats={PAGE_DOWNLOADS.investment}
        params={filterParams(filter)}
        testId="investment-downloads"
      />
      <FilterForm filter={filter} errors={errors} kecamatan={kecamatan} t={t} />
      {Object.keys(errors).length > 0 && <Alert tone="error">{Object.values(errors).join(" ")}</Alert>}
      <div className="row">
        <a
          className="btn btn-secondary"
          href={`/api/v1/investment/export.csv?${filterQuery(filter, { kind: "trend" })}`}
          download
        >
          {t("download.trend")}
        </a>
        <Link className="btn btn-secondary" href={`/staf/investasi/cetak?${query}`}>
          {t("download.print")}
        </Link>
        <Link className="btn btn-secondary" href="/staf/investasi/realisasi">
          {realisation("link")}
        </Link>
        {can(user.role, "manageSettings") && (
          <Link className="btn btn-secondary" href="/staf/investasi/target">
            {t("target.manage")}
          </Link>
        )}
      </div>
      <Suspense key={query} fallback={<SegmentLoading cards={3} />}>
        <InvestmentFigures dashboard={dashboard} filter={filter} locale={locale} today={today} />
      </Suspense>
    </div>
  );
}

async function InvestmentFigures(props: {
  dashboard: Promise<InvestmentDashboard>;
  filter: TInvestmentFilter;
  locale: Locale;
  today: string;
}) {
  const { t } = await getTranslator("investment");
  const { t: tp } = await getTranslator("periods");
  const data = await props.dashboard;
  return (
    <>
      <p className="small muted">
        {t("download.hint", { count: formatCount(data.trend.totals.projects, props.locale) })}
      </p>
      <DashboardView data={data} filter={props.filter} t={t} tp={tp} locale={props.locale} today={props.today} />
    </>
  );
}
