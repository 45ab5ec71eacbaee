import { randomUUID } from "node:crypto";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listCounters, listLicenseTypes } from "@/lib/reference/queries";
import { toWibDate } from "@/lib/calendar/working-days";
import { getQuestionnaire, SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { ActionForm, type FormFieldSpec } from "@/components/skm/action-form";
import { savePaperResponseAction } from "../actions";

/** Keyboard-only entry of paper questionnaires (channel "paper"); ?versi=IKM-2004 for old 14-element forms. */
export default async function PaperEntryPage({ searchParams }: { searchParams: Promise<{ versi?: string }> }) {
  await requirePageCapability("enterPaperSurveys", "/staf/survei/kertas");
  const { t, locale } = await getTranslator("survey");
  const q = getQuestionnaire((await searchParams).versi ?? "") ?? SKM_2017_QUESTIONNAIRE;
  const [licenseTypes, counters] = await Promise.all([listLicenseTypes(), listCounters()]);
  const label = (o: { labelId: string; labelEn: string }) => (locale === "en" ? o.labelEn : o.labelId);
  const none = { value: "", label: t("staff.notGiven") };
  const fields: FormFieldSpec[] = [
    { name: "questionnaire", label: "", kind: "hidden", defaultValue: q.code },
    { name: "idem", label: "", kind: "hidden", defaultValue: randomUUID() },
    { name: "sessionCount", label: "", kind: "hidden", defaultValue: "0" },
    {
      name: "surveyDate",
      label: t("staff.surveyDate"),
      kind: "date",
      required: true,
      defaultValue: toWibDate(new Date()),
    },
    {
      name: "licenseType",
      label: t("staff.licenseType"),
      kind: "select",
      options: [
        none,
        ...licenseTypes.map((l) => ({ value: l.code, label: `${l.code} — ${locale === "en" ? l.nameEn : l.name}` })),
      ],
    },
    {
      name: "counter",
      label: t("staff.counter"),
      kind: "select",
      options: [none, ...counters.map((c) => ({ value: c.code, label: c.name }))],
    },
    ...q.elements.map((e): FormFieldSpec => ({
      name: e.code,
      label: t("staff.answer", { code: e.code, name: locale === "en" ? e.nameEn : e.nameId }),
      kind: "answer",
      focusAfterSave: e.code === "U1",
    })),
    { name: "age", label: t("staff.age"), kind: "number" },
    {
      name: "sex",
      label: t("staff.sex"),
      kind: "select",
      options: [none, ...q.sexOptions.map((o) => ({ value: o.value, label: label(o) }))],
    },
    {
      name: "education",
      label: t("staff.education"),
      kind: "select",
      options: [none, ...q.educationOptions.map((o) => ({ value: o.value, label: label(o) }))],
    },
    {
      name: "occupation",
      label: t("staff.occupation"),
      kind: "select",
      options: [none, ...q.occupationOptions.map((o) => ({ value: o.value, label: label(o) }))],
    },
    {
      name: "infoSource",
      label: t("staff.infoSource"),
      kind: "select",
      options: [none, ...q.infoSourceOptions.map((o) => ({ value: o.value, label: label(o) }))],
    },
    { name: "comment", label: t("staff.comment"), kind: "textarea" },
  ];
  return (
    <div className="stack">
      <h1>
        {t("staff.paperTitle")} · {q.code}
      </h1>
      <p className="muted">{t("staff.paperIntro")}</p>
      <ActionForm
        action={savePaperResponseAction}
        fields={fields}
        submitLabel={t("staff.savePaper")}
        testId="paper-form"
      />
    </div>
  );
}
