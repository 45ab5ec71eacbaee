import { getTranslator } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/action-state";
import { OUTREACH_CHANNELS, OUTREACH_TOPICS } from "@/lib/outreach/schemas";
import { listAreas, listLicenseTypes } from "@/lib/reference/queries";
import { FieldsForm } from "@/components/ui/fields-form";

export type CampaignFormValues = Partial<
  Record<
    "name" | "channel" | "startDay" | "endDay" | "kecamatanCode" | "topic" | "licenseType" | "cost" | "note",
    string
  >
>;

/** The campaign form (record a new one, or correct one: `hidden` carries its id). */
export async function CampaignForm({
  action,
  initial = {},
  hidden,
  submitLabel,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial?: CampaignFormValues;
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const { t } = await getTranslator("outreach");
  const [areas, licenseTypes] = await Promise.all([listAreas(), listLicenseTypes({ activeOnly: true })]);
  const none = { value: "", label: t("form.choose") };
  return (
    <FieldsForm
      action={action}
      hidden={hidden}
      submitLabel={submitLabel}
      savedLabel={t("form.saved")}
      fields={[
        { name: "name", label: t("form.name"), initial: initial.name },
        {
          name: "channel",
          type: "select",
          label: t("channelLabel"),
          initial: initial.channel,
          options: OUTREACH_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })),
        },
        { name: "startDay", type: "date", label: t("form.startDay"), initial: initial.startDay },
        { name: "endDay", type: "date", label: t("form.endDay"), initial: initial.endDay },
        {
          name: "kecamatanCode",
          type: "select",
          label: t("form.kecamatan"),
          initial: initial.kecamatanCode,
          options: [none, ...areas.map((k) => ({ value: k.code, label: k.name }))],
        },
        {
          name: "topic",
          type: "select",
          label: t("topicLabel"),
          initial: initial.topic,
          options: OUTREACH_TOPICS.map((c) => ({ value: c, label: t(`topic.${c}`) })),
        },
        {
          name: "licenseType",
          type: "select",
          label: t("form.licenseType"),
          initial: initial.licenseType,
          options: [none, ...licenseTypes.map((l) => ({ value: l.code, label: `${l.code} · ${l.name}` }))],
        },
        { name: "cost", type: "number", label: t("form.cost"), step: "1", initial: initial.cost },
        { name: "note", type: "textarea", label: t("form.note"), initial: initial.note },
      ]}
    />
  );
}
