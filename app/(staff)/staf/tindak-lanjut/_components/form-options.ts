import "server-only";
import { getTranslator } from "@/lib/i18n/server";
import { listActiveStaff } from "@/lib/users/staff-queries";
import { COMPLAINT_CATEGORIES } from "@/lib/complaints/complaint-rules";
import { STAGES } from "@/lib/applications/constants";
import { SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { basisLabel } from "@/lib/follow-up/labels";
import type { ActionFieldsLabels } from "./action-fields-form";

/** Labels, basis choices (elements, complaint categories, stages) and owners for the action forms. */
export async function actionFormOptions(submit: "create" | "save") {
  const [{ t, locale }, { t: tc }, staff] = await Promise.all([
    getTranslator("followUp"),
    getTranslator("common"),
    listActiveStaff(),
  ]);
  const labels: ActionFieldsLabels = {
    periodKey: t("fields.periodKey"),
    periodKeyHint: t("fields.periodKeyHint"),
    basis: t("fields.sourceCode"),
    title: t("fields.title"),
    description: t("fields.description"),
    ownerUserId: t("fields.ownerUserId"),
    noOwner: t("noOwner"),
    ownerUnit: t("fields.ownerUnit"),
    ownerUnitHint: t("fields.ownerUnitHint"),
    dueDay: t("fields.dueDay"),
    submit: submit === "create" ? t("create") : t("save"),
    saved: t("saved"),
  };
  const group = (kind: "element" | "complaint_category" | "stage", codes: readonly string[]) => ({
    label: t(`sourceKinds.${kind}`),
    options: codes.map((code) => ({ value: `${kind}:${code}`, label: basisLabel(kind, code, locale) })),
  });
  return {
    labels,
    basisGroups: [
      group(
        "element",
        SKM_2017_QUESTIONNAIRE.elements.map((e) => e.code),
      ),
      group("complaint_category", COMPLAINT_CATEGORIES),
      group("stage", STAGES),
    ],
    staff: staff.map((u) => ({ value: u.id, label: `${u.name} (${tc(`roles.${u.role}`)})` })),
  };
}
