import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDateTime } from "@/lib/format/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { listOssImports } from "@/lib/oss/store";
import { DataTable } from "@/components/ui/data-table";
import { TemplateLink } from "@/components/imports/template-link";
import { OssImportForm } from "@/components/oss/oss-import-form";
import { undoOssImportAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function OssImportPage() {
  await requirePageCapability("importOssProjects", "/staf/investasi/oss");
  const { t, locale } = await getTranslator("oss");
  const common = await getTranslator("common");
  const imports = await listOssImports(20);
  const latestStanding = imports.find((record) => !record.undoneAt)?.id;
  const labels = Object.fromEntries(Object.keys(MESSAGES.id.oss).map((key) => [key, t(key)]));
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <TemplateLink kind="oss-projects" label={common.t("downloadTemplate")} />
      <OssImportForm labels={labels} locale={locale} />
      <section className="stack" aria-labelledby="oss-history-title">
        <h2 id="oss-history-title">{t("historyTitle")}</h2>
        <p className="small muted">{t("historyHint")}</p>
        <DataTable
          label={t("historyTitle")}
          testId="oss-imports"
          rows={imports}
          rowKey={(record) => record.id}
          empty={t("none")}
          columns={[
            { header: t("colImportedAt"), cell: (record) => formatDateTime(record.importedAt, locale) },
            { header: t("colImportedBy"), cell: (record) => record.importedBy },
            { header: t("colFile"), cell: (record) => `${record.fileName ?? "—"} (${record.format})` },
            { header: t("colRows"), cell: (record) => formatCount(record.rowCount, locale) },
            {
              header: t("colResult"),
              cell: (record) =>
                t("resultSummary", {
                  created: record.created,
                  updated: record.updated,
                  unchanged: record.unchanged,
                  linked: record.linked,
                }),
            },
            {
              header: t("colStatus"),
              cell: (record) =>
                record.undoneAt ? (
                  t("undone", { date: formatDateTime(record.undoneAt, locale), by: record.undoneBy ?? "?" })
                ) : record.id === latestStanding ? (
                  <form action={undoOssImportAction}>
                    <input type="hidden" name="id" value={record.id} />
                    <button className="btn btn-small btn-danger" type="submit">
                      {t("undo")}
                    </button>
                  </form>
                ) : (
                  t("standing")
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}
