import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listOutbox } from "@/lib/complaints/queries";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

/** Administrators only: recipients are shown in full here (the outbox is what a gateway will send). */
export default async function OutboxPage() {
  await requirePageCapability("viewMessageOutbox", "/staf/pengaduan/kotak-keluar");
  const { t, locale } = await getTranslator("complaints");
  const rows = await listOutbox(300);
  return (
    <div className="stack">
      <h1>{t("outbox.title")}</h1>
      <p className="muted">{t("outbox.intro")}</p>
      <DataTable
        rows={rows}
        rowKey={(m) => m.id}
        empty={t("outbox.none")}
        columns={[
          { header: t("outbox.createdAt"), cell: (m) => formatDateTime(m.createdAt, locale) },
          { header: t("outbox.recipient"), cell: (m) => m.recipient },
          { header: t("outbox.body"), cell: (m) => m.body },
          { header: t("outbox.status"), cell: (m) => t(`outbox.statuses.${m.status}`) },
        ]}
      />
    </div>
  );
}
