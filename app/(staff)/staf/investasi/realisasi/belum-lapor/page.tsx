import Link from "next/link";
import { formatDate } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { MISSING_REPORT_TABLE, listMissingReportsPage } from "@/lib/investment/missing-report-queries";
import { defaultTableState, parseTableParams } from "@/lib/table/schemas";
import { PagedTable } from "@/components/ui/paged-table";
import { notFiledColumns } from "@/components/investment/not-filed-columns";

const PATH = "/staf/investasi/realisasi/belum-lapor";

/** Every project that owes its latest LKPM report, paged (the dashboard shows the first ten). */
export default async function MissingReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability("viewAnalytics", PATH);
  const { t, locale } = await getTranslator("realisation");
  const today = toWibDate(new Date());
  const state = parseTableParams(MISSING_REPORT_TABLE, await searchParams);
  const page = await listMissingReportsPage(today, state);
  return (
    <div className="stack">
      <h1>{t("notFiled.listTitle")}</h1>
      <p className="muted">{t("notFiled.listIntro", { date: formatDate(today, locale) })}</p>
      <p>
        <Link href="/staf/investasi/realisasi">{t("notFiled.back")}</Link>
      </p>
      <PagedTable
        path={PATH}
        state={state}
        defaults={defaultTableState(MISSING_REPORT_TABLE)}
        page={page}
        label={t("notFiled.listTitle")}
        testId="lkpm-missing"
        searchLabel={t("notFiled.search")}
        rowKey={(p) => p.id}
        rowData={(p) => ({ registration: p.registrationNo, "last-due": p.lastDue ?? "" })}
        empty={t("notFiled.none")}
        columns={notFiledColumns(t, locale)}
      />
    </div>
  );
}
