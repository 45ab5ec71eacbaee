import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getSettings } from "@/lib/settings/settings";
import { FieldsForm } from "@/components/ui/fields-form";
import { ActionForm } from "@/components/complaints/action-form";
import { saveOfficeLogoAction, saveOfficeSettingsAction } from "./actions";

export default async function OfficeSettingsPage() {
  await requirePageCapability("manageSettings", "/staf/admin/kantor");
  const { t } = await getTranslator("admin");
  const { t: tf } = await getTranslator("followUp");
  const { t: te } = await getTranslator("evidence");
  const s = await getSettings([
    "office.name",
    "office.address",
    "office.smsNumber",
    "office.maklumat",
    "office.maklumatPublished",
    "skm.kioskQueueDays",
    "skm.allowIncompletePaper",
    "skm.lowScoreMinN",
    "office.parent",
    "office.city",
    "office.headName",
    "office.headNip",
    "office.headPosition",
    "office.logo",
    "skm.perceptionMinN",
    "dashboard.breakdownMinN",
  ]);
  const { t: tpr } = await getTranslator("periods");
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
          { name: "parent", label: te("office.parent"), initial: s["office.parent"] },
          { name: "city", label: te("office.city"), initial: s["office.city"] },
          { name: "headName", label: te("office.headName"), initial: s["office.headName"] },
          { name: "headNip", label: te("office.headNip"), initial: s["office.headNip"] },
          { name: "headPosition", label: te("office.headPosition"), initial: s["office.headPosition"] },
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
            name: "lowScoreMinN",
            label: tf("lowScores.settingLabel"),
            type: "number",
            hint: tf("lowScores.settingHint"),
            initial: String(s["skm.lowScoreMinN"]),
          },
          {
            name: "perceptionMinN",
            label: tp("minNSetting"),
            type: "number",
            hint: tp("minNSettingHint"),
            initial: String(s["skm.perceptionMinN"]),
          },
          {
            name: "breakdownMinN",
            label: tpr("minNSetting"),
            type: "number",
            hint: tpr("minNSettingHint"),
            initial: String(s["dashboard.breakdownMinN"]),
          },
        ]}
      />
      <section className="card stack" aria-labelledby="logo-title">
        <h2 id="logo-title">{te("office.title")}</h2>
        {s["office.logo"] ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data URL from the settings, not a static asset
          <img src={s["office.logo"]} alt={te("office.logo")} style={{ maxWidth: 96, maxHeight: 96 }} />
        ) : (
          <p className="muted">{te("office.noLogo")}</p>
        )}
        <ActionForm
          action={saveOfficeLogoAction}
          submitLabel={te("office.uploadLogo")}
          savedLabel={te("office.logoSaved")}
        >
          <div className="field">
            <label htmlFor="office-logo">{te("office.logo")}</label>
            <input id="office-logo" name="logo" type="file" accept="image/png,image/jpeg" required />
          </div>
        </ActionForm>
        {s["office.logo"] ? (
          <ActionForm action={saveOfficeLogoAction} submitLabel={te("office.removeLogo")} variant="secondary">
            <input type="hidden" name="remove" value="true" />
          </ActionForm>
        ) : null}
      </section>
    </div>
  );
}
