import { formatCount } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { dashboardFilter } from "@/lib/investment/filter";
import { getInvestmentDashboard } from "@/lib/investment/dashboard";
import { Alert } from "@/components/ui/card";
import { DashboardView } from "./_components/dashboard-view";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";
import { FilterForm, filterParams, filterQuery } from "./_components/filter-form";

export default async function InvestmentDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageCapability("viewAnalytics", "/staf/investasi");
  const { t, locale } = await getTranslator("investment");
  const { t: realisation } = await getTranslator("realisation");
  const { t: exportWords } = await getTranslator("exports");
  const today = toWibDate(new Date());
  const { filter, errors } = dashboardFilter(await searchParams, today);
  const { t: tp } = await getTranslator("periods");
  const data = await getInvestmentDashboard(filter);
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
      <FilterForm filter={filter} errors={errors} kecamatan={data.kecamatan} t={t} />
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
      <p className="small muted">{t("download.hint", { count: formatCount(data.trend.totals.projects, locale) })}</p>
      <DashboardView data={data} filter={filter} t={t} tp={tp} locale={locale} today={today} />
    </div>
  );
}
