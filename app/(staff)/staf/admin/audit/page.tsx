import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listAuditLog } from "@/lib/audit/audit";
import { DataTable } from "@/components/ui/data-table";

export default async function AuditPage() {
  await requirePageCapability("viewAuditLog", "/staf/admin/audit");
  const { t, locale } = await getTranslator("admin");
  const entries = await listAuditLog({ take: 300 });
  return (
    <div className="stack">
      <h1>{t("audit.title")}</h1>
      <DataTable
        rows={entries}
        rowKey={(e) => e.id}
        columns={[
          { header: t("audit.at"), cell: (e) => formatDateTime(e.at, locale) },
          { header: t("audit.actor"), cell: (e) => e.actor },
          { header: t("audit.action"), cell: (e) => <code>{e.action}</code> },
          { header: t("audit.target"), cell: (e) => e.target ?? "" },
          { header: t("audit.detail"), cell: (e) => e.detail ?? "", className: "small" },
        ]}
      />
    </div>
  );
}
