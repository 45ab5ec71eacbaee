import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDateTime } from "@/lib/format/format";
import { getKbliTableStatus } from "@/lib/investment/kbli-store";
import { KBLI_VERSIONS } from "@/lib/investment/kbli";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TemplateLink } from "@/components/imports/template-link";
import { KbliImportForm } from "@/components/investment/kbli-import-form";
import { importKbliTableAction, removeKbliTableAction } from "./actions";
import { textsFor } from "@/lib/i18n/translate";

const FORM_KEYS = ["importTitle", "importHelp", "version", "sourceLabel", "file", "importButton", "imported"] as const;

/** The KBLI tables validation uses, and the admin's import of the official table (issue 13). */
export default async function KbliTablePage() {
  await requirePageCapability("manageReferenceData", "/staf/admin/kbli");
  const { t, locale } = await getTranslator("investment");
  const { t: tc } = await getTranslator("common");
  const status = await getKbliTableStatus();
  const labels = textsFor(t, "kbliTable", FORM_KEYS);
  return (
    <div className="stack">
      <h1>{t("kbliTable.title")}</h1>
      <p className="muted">{t("kbliTable.intro")}</p>
      <section className="card stack" aria-labelledby="kbli-status-title">
        <h2 id="kbli-status-title">{t("kbliTable.statusTitle")}</h2>
        <DataTable
          rows={status}
          rowKey={(row) => row.version}
          rowHeader
          testId="kbli-status"
          label={t("kbliTable.statusTitle")}
          columns={[
            { header: t("kbliTable.version"), cell: (row) => `KBLI ${row.version}` },
            {
              header: t("kbliTable.state"),
              cell: (row) => (
                <span
                  className={row.isStrict ? "badge badge-ok" : "badge badge-warn"}
                  data-testid={`kbli-state-${row.version}`}
                >
                  {t(`kbliTable.state_${row.kind}`)}
                </span>
              ),
            },
            { header: t("kbliTable.codes"), cell: (row) => formatCount(row.codeCount, locale), className: "num" },
            { header: t("kbliTable.source"), cell: (row) => row.source ?? "—" },
            {
              header: t("kbliTable.importedAt"),
              cell: (row) =>
                row.importedAt ? `${row.importedBy ?? ""} · ${formatDateTime(row.importedAt, locale)}` : "—",
            },
            {
              header: t("kbliTable.unlisted"),
              cell: (row) =>
                row.unlisted.records === 0
                  ? t("kbliTable.noneUnlisted")
                  : t("kbliTable.unlistedCount", {
                      count: formatCount(row.unlisted.records, locale),
                      codes: row.unlisted.codes.slice(0, 10).join(", ") + (row.unlisted.codes.length > 10 ? " …" : ""),
                    }),
            },
          ]}
        />
        {status
          .filter((row) => row.kind === "loaded")
          .map((row) => (
            <form key={row.version} action={removeKbliTableAction}>
              <input type="hidden" name="version" value={row.version} />
              <ConfirmSubmit
                label={t("kbliTable.remove", { version: row.version })}
                question={t("kbliTable.removeConfirm", { version: row.version })}
                confirmLabel={t("kbliTable.removeYes")}
              />
            </form>
          ))}
      </section>
      <TemplateLink kind="kbli" label={tc("downloadTemplate")} />
      <KbliImportForm action={importKbliTableAction} labels={labels} versions={KBLI_VERSIONS} locale={locale} />
    </div>
  );
}
