import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { OUTBOX_TABLE, listOutboxPage } from "@/lib/complaints/outbox-queries";
import { defaultTableState, parseTableParams } from "@/lib/table/schemas";
import { PagedTable } from "@/components/ui/paged-table";

export const dynamic = "force-dynamic";

const PATH = "/staf/pengaduan/kotak-keluar";

/** Administrators only: recipients are shown in full here (the outbox is what a gateway will send). */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability("viewMessageOutbox", PATH);
  const { t, locale } = await getTranslator("complaints");
  const state = parseTableParams(OUTBOX_TABLE, await searchParams);
  const page = await listOutboxPage(state);
  return (
    <div className="stack">
      <h1>{t("outbox.title")}</h1>
      <p className="muted">{t("outbox.intro")}</p>
      <PagedTable
        path={PATH}
        state={state}
        defaults={defaultTableState(OUTBOX_TABLE)}
        page={page}
        label={t("outbox.title")}
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
