import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { CSV_BASE_HEADERS } from "@/lib/skm/import-csv";
import { ActionForm } from "@/components/skm/action-form";
import { importResponsesAction } from "../actions";

export default async function ImportResponsesPage() {
  await requirePageCapability("importData", "/staf/survei/impor");
  const { t } = await getTranslator("survey");
  return (
    <div className="stack">
      <h1>{t("staff.importTitle")}</h1>
      <p className="muted">{t("staff.importIntro", { headers: CSV_BASE_HEADERS.join(", ") })}</p>
      <ActionForm action={importResponsesAction} submitLabel={t("staff.importSubmit")} testId="import-form" fields={[{ name: "file", label: t("staff.importFile"), kind: "file", required: true }]} />
    </div>
  );
}
