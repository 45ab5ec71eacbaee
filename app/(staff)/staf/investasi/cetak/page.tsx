import { formatDate } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { dashboardFilter } from "@/lib/investment/filter";
import { getInvestmentDashboard } from "@/lib/investment/dashboard";
import { DashboardView } from "../_components/dashboard-view";
import { filterQuery } from "../_components/filter-form";
import { PrintButton } from "@/components/ui/print-button";

/** A print view for slides: the dashboard without the filter form and navigation (hidden by @media print). */
export default async function InvestmentPrintPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability("viewAnalytics", "/staf/investasi/cetak");
  const { t, locale } = await getTranslator("investment");
  const today = toWibDate(new Date());
  const { filter } = dashboardFilter(await searchParams, today);
  const { t: tp } = await getTranslator("periods");
  const data = await getInvestmentDashboard(filter);
  return (
    <div className="stack investment-print">
      <div className="row no-print">
        <Link className="btn btn-secondary" href={`/staf/investasi?${filterQuery(filter)}`}>
          {t("print.back")}
        </Link>
        <PrintButton label={t("print.printNow")} />
      </div>
      <h1>{t("print.title", { from: formatDate(filter.from, locale), to: formatDate(filter.to, locale) })}</h1>
      <DashboardView data={data} filter={filter} t={t} tp={tp} locale={locale} today={today} />
    </div>
  );
}
