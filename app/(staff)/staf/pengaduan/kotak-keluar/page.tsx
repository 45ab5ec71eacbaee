import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadStaffList } from "@/lib/table/staff-list";
import { OUTBOX_LIST } from "@/lib/table/staff-lists";
import { ListDownload } from "@/components/export/list-download";
import { PagedTable } from "@/components/ui/paged-table";

export const dynamic = "force-dynamic";

/** Administrators only: recipients are shown in full here (the outbox is what a gateway will send). */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(OUTBOX_LIST.capability, OUTBOX_LIST.path);
  const { t, locale } = await getTranslator("complaints");
  const list = await loadStaffList(OUTBOX_LIST, await searchParams, new Date());
  return (
    <div className="stack">
      <h1>{t("outbox.title")}</h1>
      <p className="muted">{t("outbox.intro")}</p>
      <PagedTable
        {...list.table}
        label={t("outbox.title")}
        toolbar={<ListDownload list={OUTBOX_LIST} loaded={list} />}
        testId="outbox"
        searchLabel={t("outbox.search")}
        rowKey={(m) => m.id}
        empty={t("outbox.none")}
        columns={[
          { header: t("outbox.createdAt"), sortKey: "createdAt", cell: (m) => formatDateTime(m.createdAt, locale) },
          { header: t("outbox.recipient"), sortKey: "recipient", cell: (m) => m.recipient },
          { header: t("outbox.body"), cell: (m) => m.body },
          { header: t("outbox.status"), sortKey: "status", cell: (m) => t(`outbox.statuses.${m.status}`) },
        ]}
      />
    </div>
  );
}
