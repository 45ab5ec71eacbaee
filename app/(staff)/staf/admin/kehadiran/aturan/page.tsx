import { formatDate } from "@/lib/format/format";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getAttendanceRules } from "@/lib/attendance/rules-store";
import { weekHoursFieldNames } from "@/lib/attendance/form-input";
import type { TWeekHours } from "@/lib/attendance/schemas";
import { FieldsForm, type FieldSpec } from "@/components/ui/fields-form";
import { DataTable } from "@/components/ui/data-table";
import { RowActionButton } from "@/components/ui/row-action-button";
import { addHoursOverrideAction, removeHoursOverrideAction, saveOfficeHoursAction } from "../actions";
import { AdminNav } from "../_components/admin-nav";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jam kantor / Office hours" };

/** Ramadan hours suggested for a new override (Mon–Thu 08:00–15:00, Fri 08:00–15:30); the admin adjusts them. */
const RAMADAN: TWeekHours = {
  "1": { start: "08:00", end: "15:00" },
  "2": { start: "08:00", end: "15:00" },
  "3": { start: "08:00", end: "15:00" },
  "4": { start: "08:00", end: "15:00" },
  "5": { start: "08:00", end: "15:30" },
};

export default async function AttendanceRulesPage() {
  await requirePageCapability("manageAttendance", "/staf/admin/kehadiran/aturan");
  const { t, locale } = await getTranslator("attendance");
  const rules = await getAttendanceRules();
  const hourFields = (prefix: string, hours: TWeekHours): FieldSpec[] =>
    weekHoursFieldNames(prefix).flatMap(({ day, start, end }) => [
      {
        name: start,
        type: "time",
        label: `${t(`rules.weekday.${day}`)} · ${t("rules.start")}`,
        initial: hours[day as keyof TWeekHours].start,
      },
      {
        name: end,
        type: "time",
        label: `${t(`rules.weekday.${day}`)} · ${t("rules.end")}`,
        initial: hours[day as keyof TWeekHours].end,
      },
    ]);
  return (
    <div className="stack">
      <h1>{t("rules.title")}</h1>
      <AdminNav />
      <p>{t("rules.intro")}</p>
      <FieldsForm
        action={saveOfficeHoursAction}
        inline
        submitLabel={t("staff.save")}
        savedLabel={t("rules.saved")}
        fields={[
          ...hourFields("h", rules.hours),
          { name: "graceMinutes", type: "number", label: t("rules.grace"), initial: String(rules.graceMinutes) },
        ]}
      />
      <section className="stack" aria-labelledby="overrides-title">
        <h2 id="overrides-title">{t("rules.overrides")}</h2>
        <DataTable
          rows={rules.overrides}
          rowKey={(o) => o.from}
          testId="attendance-overrides"
          empty={t("rules.noOverrides")}
          columns={[
            { header: t("rules.overrideName"), cell: (o) => o.name },
            { header: t("rules.from"), cell: (o) => formatDate(o.from, locale) },
            { header: t("rules.to"), cell: (o) => formatDate(o.to, locale) },
            {
              header: t("rules.weekday.1"),
              cell: (o) => `${o.hours["1"].start}–${o.hours["1"].end}`,
            },
            {
              header: t("rules.weekday.5"),
              cell: (o) => `${o.hours["5"].start}–${o.hours["5"].end}`,
            },
            {
              header: <span className="sr-only">{t("rules.remove")}</span>,
              cell: (o) => (
                <RowActionButton
                  action={removeHoursOverrideAction}
                  name="from"
                  value={o.from}
                  label={t("rules.remove")}
                  rowLabel={o.name}
                />
              ),
            },
          ]}
        />
        <h3>{t("rules.addOverride")}</h3>
        <FieldsForm
          action={addHoursOverrideAction}
          inline
          submitLabel={t("rules.addOverride")}
          savedLabel={t("rules.overrideAdded")}
          fields={[
            { name: "name", label: t("rules.overrideName"), initial: "Ramadan" },
            { name: "from", type: "date", label: t("rules.from") },
            { name: "to", type: "date", label: t("rules.to") },
            ...hourFields("o", RAMADAN),
          ]}
        />
      </section>
    </div>
  );
}
