import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { formatCount, formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { CSV_BASE_HEADERS } from "@/lib/skm/import-csv";
import { listResponseImports } from "@/lib/skm/response-import-store";
import { ActionForm } from "@/components/skm/action-form";
import { TemplateLink } from "@/components/imports/template-link";
import { DataTable } from "@/components/ui/data-table";
import { importResponsesAction, undoResponseImportAction } from "../actions";
import { confirmTexts } from "@/components/ui/confirm-texts";

export const dynamic = "force-dynamic";

export default async function ImportResponsesPage() {
  await requirePageCapability("importData", "/staf/survei/impor");
  const { t, locale } = await getTranslator("survey");
  const common = await getTranslator("common");
  const imports = await listResponseImports();
  return (
    <div className="stack">
      <h1>{t("staff.importTitle")}</h1>
      <p className="muted">{t("staff.importIntro", { headers: CSV_BASE_HEADERS.join(", ") })}</p>
      <TemplateLink kind="responses" label={common.t("downloadTemplate")} />
      <ActionForm
        action={importResponsesAction}
        submitLabel={t("staff.importSubmit")}
        testId="import-form"
        fields={[{ name: "file", label: t("staff.importFile"), kind: "file", required: true }]}
      />
      <section className="stack" aria-labelledby="imports-title">
        <h2 id="imports-title">{t("staff.importsTitle")}</h2>
        <p className="muted small">{t("staff.importsHint")}</p>
        <DataTable
          label={t("staff.importsTitle")}
          testId="imports-table"
          rows={imports}
          rowKey={(i) => i.id}
          empty={t("staff.importsNone")}
          columns={[
            { header: t("staff.colImportedAt"), cell: (i) => formatDateTime(i.importedAt, locale) },
            { header: t("staff.colImportedBy"), cell: (i) => i.importedBy },
            {
              header: t("staff.colFile"),
              cell: (i) => (
                <span title={i.contentHash}>
                  {i.fileName ?? "—"} · {i.contentHash.slice(0, 12)}
                </span>
              ),
            },
            { header: t("staff.colRows"), cell: (i) => formatCount(i.rowCount, locale) },
            { header: t("staff.colPeriodCovered"), cell: (i) => `${i.firstDay} – ${i.lastDay}` },
            {
              header: t("staff.colImportStatus"),
              cell: (i) =>
                i.undoneAt ? (
                  t("staff.importUndone", { date: formatDateTime(i.undoneAt, locale), by: i.undoneBy ?? "?" })
                ) : (
                  <form action={undoResponseImportAction}>
                    <input type="hidden" name="id" value={i.id} />
                    {t("staff.importActive")} <ConfirmSubmit {...confirmTexts(t, "staff.undoImport")} />
                  </form>
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}
