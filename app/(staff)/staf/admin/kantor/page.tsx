import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getSettings } from "@/lib/settings/settings";
import { FieldsForm } from "@/components/ui/fields-form";
import { saveOfficeSettingsAction } from "./actions";

export default async function OfficeSettingsPage() {
  await requirePageCapability("manageSettings", "/staf/admin/kantor");
  const { t } = await getTranslator("admin");
  const s = await getSettings([
    "office.name",
    "office.address",
    "office.smsNumber",
    "office.maklumat",
    "office.maklumatPublished",
    "skm.kioskQueueDays",
    "skm.allowIncompletePaper",
    "skm.perceptionMinN",
  ]);
  const { t: tp } = await getTranslator("perception");
  return (
    <div className="stack">
      <h1>{t("office.title")}</h1>
      <FieldsForm
        action={saveOfficeSettingsAction}
        submitLabel={t("office.save")}
        savedLabel={t("office.saved")}
        fields={[
          { name: "name", label: t("office.name"), initial: s["office.name"] },
          { name: "address", label: t("office.address"), initial: s["office.address"] },
          { name: "smsNumber", label: t("office.smsNumber"), initial: s["office.smsNumber"] },
          { name: "maklumat", label: t("office.maklumat"), type: "textarea", initial: s["office.maklumat"] },
          {
            name: "maklumatPublished",
            label: t("office.maklumatPublished"),
            type: "checkbox",
            initial: s["office.maklumatPublished"],
          },
          {
            name: "kioskQueueDays",
            label: t("office.kioskQueueDays"),
            type: "number",
            hint: t("office.kioskQueueDaysHint"),
            initial: String(s["skm.kioskQueueDays"]),
          },
          {
            name: "allowIncompletePaper",
            label: t("office.allowIncompletePaper"),
            type: "checkbox",
            initial: s["skm.allowIncompletePaper"],
          },
          {
            name: "perceptionMinN",
            label: tp("minNSetting"),
            type: "number",
            hint: tp("minNSettingHint"),
            initial: String(s["skm.perceptionMinN"]),
          },
        ]}
      />
    </div>
  );
}
