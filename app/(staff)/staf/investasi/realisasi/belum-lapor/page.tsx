import Link from "next/link";
import { formatDate } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { loadStaffList } from "@/lib/table/staff-list";
import { MISSING_REPORT_LIST } from "@/lib/table/staff-lists";
import { ListDownload } from "@/components/export/list-download";
import { PagedTable } from "@/components/ui/paged-table";
import { notFiledColumns } from "@/components/investment/not-filed-columns";

/** Every project that owes its latest LKPM report, paged (the dashboard shows the first ten). */
export default async function MissingReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(MISSING_REPORT_LIST.capability, MISSING_REPORT_LIST.path);
  const { t, locale } = await getTranslator("realisation");
  const now = new Date();
  const today = toWibDate(now);
  const list = await loadStaffList(MISSING_REPORT_LIST, await searchParams, now);
  return (
    <div className="stack">
      <h1>{t("notFiled.listTitle")}</h1>
      <p className="muted">{t("notFiled.listIntro", { date: formatDate(today, locale) })}</p>
      <p>
        <Link href="/staf/investasi/realisasi">{t("notFiled.back")}</Link>
      </p>
      <PagedTable
        {...list.table}
        label={t("notFiled.listTitle")}
        toolbar={<ListDownload list={MISSING_REPORT_LIST} loaded={list} />}
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
