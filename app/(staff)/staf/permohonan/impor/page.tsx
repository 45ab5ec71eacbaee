import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { CANONICAL_COLUMNS, REQUIRED_COLUMNS } from "@/lib/applications/import-rows";
import { ImportApplicationsForm } from "@/components/applications/import-applications-form";
import { TemplateLink } from "@/components/imports/template-link";
import { textsFor } from "@/lib/i18n/translate";

const KEYS = [
  "file",
  "preview",
  "mapping",
  "mappingHint",
  "ignore",
  "missing",
  "mode",
  "allOrNothing",
  "validOnly",
  "start",
  "uploading",
  "processing",
  "done",
  "rejected",
  "errors",
  "line",
  "column",
  "reason",
  "failed",
  "calendarMissing",
  "calendarProvisional",
];

export default async function ImportApplicationsPage() {
  await requirePageCapability("importData", "/staf/permohonan/impor");
  const { t } = await getTranslator("applications");
  const common = await getTranslator("common");
  return (
    <div className="stack">
      <h1>{t("import.title")}</h1>
      <p className="muted">{t("import.intro")}</p>
      <TemplateLink kind="applications" label={common.t("downloadTemplate")} />
      <ImportApplicationsForm
        columns={[...CANONICAL_COLUMNS]}
        required={[...REQUIRED_COLUMNS]}
        labels={textsFor(t, "import", KEYS)}
      />
    </div>
  );
}
