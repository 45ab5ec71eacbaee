import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDateTime } from "@/lib/format/format";
import { getSetting } from "@/lib/settings/settings";
import { listOpenDataPublications } from "@/lib/open-data/queries";
import { ActionForm } from "@/components/skm/action-form";
import { DataTable } from "@/components/ui/data-table";
import { publishOpenDataAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function OpenDataPublishPage() {
  await requirePageCapability("publishOpenData", "/staf/admin/data-terbuka");
  const { t, locale } = await getTranslator("openData");
  const [publications, minN] = await Promise.all([listOpenDataPublications(), getSetting("openData.minN")]);
  return (
    <div className="stack">
      <h1>{t("staffTitle")}</h1>
      <p className="muted">{t("staffIntro", { minN })}</p>
      <ActionForm
        action={publishOpenDataAction}
        submitLabel={t("publish")}
        testId="open-data-publish"
        fields={[{ name: "periodKey", label: t("periodKey"), kind: "text", required: true }]}
      />
      <section className="stack" aria-labelledby="open-data-published">
        <h2 id="open-data-published">{t("publishedTitle")}</h2>
        <DataTable
          label={t("publishedTitle")}
          testId="open-data-publications"
          rows={publications}
          rowKey={(row) => row.periodKey}
          empty={t("none")}
          columns={[
            { header: t("colPeriod"), cell: (row) => `${row.labelId} (${row.periodKey})` },
            { header: t("colVersion"), cell: (row) => row.version },
            { header: t("colPublishedAt"), cell: (row) => formatDateTime(row.publishedAt, locale) },
            { header: t("colBy"), cell: (row) => row.publishedBy },
            { header: t("colRows"), cell: (row) => formatCount(row.rows, locale) },
            { header: t("colSuppressed"), cell: (row) => formatCount(row.suppressed, locale) },
          ]}
        />
      </section>
    </div>
  );
}
