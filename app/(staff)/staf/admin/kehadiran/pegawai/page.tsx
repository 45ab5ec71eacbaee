import { formatDate } from "@/lib/format/format";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listCounterAssignments, listStaffProfiles } from "@/lib/attendance/queries";
import { listCounters } from "@/lib/reference/queries";
import { toWibDate } from "@/lib/calendar/working-days";
import { DataTable } from "@/components/ui/data-table";
import { RowActionButton } from "@/components/ui/row-action-button";
import { FieldsForm } from "@/components/ui/fields-form";
import { StaffProfileForm } from "@/components/attendance/staff-profile-form";
import { addCounterAssignmentAction, deleteCounterAssignmentAction, setAttendanceProfileAction } from "../actions";
import { AdminNav } from "../_components/admin-nav";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "PIN & jadwal loket / PINs & counter roster" };

export default async function AttendanceStaffPage() {
  await requirePageCapability("manageAttendance", "/staf/admin/kehadiran/pegawai");
  const { t, locale } = await getTranslator("attendance");
  const { t: tc } = await getTranslator("common");
  const [staff, roster, counters] = await Promise.all([listStaffProfiles(), listCounterAssignments(), listCounters()]);
  const labels = { pin: t("staff.pin"), unit: t("staff.unit"), save: t("staff.save"), saved: t("staff.saved") };
  return (
    <div className="stack">
      <h1>{t("staff.title")}</h1>
      <AdminNav />
      <p>{t("staff.intro")}</p>
      <DataTable
        rows={staff}
        rowKey={(u) => u.id}
        rowHeader
        testId="attendance-staff"
        columns={[
          {
            header: t("staff.name"),
            cell: (u) => (
              <>
                {u.name}
                <br />
                <span className="muted small">{tc(`roles.${u.role}`)}</span>
              </>
            ),
          },
          {
            header: `${t("staff.pin")} · ${t("staff.unit")}`,
            cell: (u) => (
              <StaffProfileForm
                action={setAttendanceProfileAction}
                userId={u.id}
                name={u.name}
                pin={u.attendancePin}
                unit={u.unit}
                labels={labels}
              />
            ),
          },
        ]}
      />
      <section className="stack" aria-labelledby="roster-title">
        <h2 id="roster-title">{t("staff.rosterTitle")}</h2>
        <p className="muted">{t("staff.rosterIntro")}</p>
        <FieldsForm
          action={addCounterAssignmentAction}
          inline
          submitLabel={t("staff.addRoster")}
          savedLabel={t("staff.rosterAdded")}
          fields={[
            {
              name: "counterId",
              type: "select",
              label: t("staff.counter"),
              options: counters
                .filter((c) => c.active)
                .map((c) => ({ value: String(c.id), label: `${c.code} · ${c.name}` })),
            },
            {
              name: "userId",
              type: "select",
              label: t("staff.officer"),
              options: staff.map((u) => ({ value: u.id, label: u.name })),
            },
            { name: "fromDay", type: "date", label: t("staff.fromDay"), initial: toWibDate(new Date()) },
            { name: "toDay", type: "date", label: t("staff.toDay") },
          ]}
        />
        <DataTable
          rows={roster}
          rowKey={(a) => a.id}
          testId="counter-roster"
          empty="—"
          columns={[
            { header: t("staff.counter"), cell: (a) => `${a.counter.code} · ${a.counter.name}` },
            {
              header: t("staff.officer"),
              cell: (a) => (
                <>
                  {a.user.name}
                  {a.user.attendancePin === null && <span className="badge badge-warn"> {t("staff.noPin")}</span>}
                </>
              ),
            },
            { header: t("staff.fromDay"), cell: (a) => formatDate(a.fromDay, locale) },
            {
              header: t("staff.toDay"),
              cell: (a) => (a.toDay ? formatDate(a.toDay, locale) : t("staff.untilFurther")),
            },
            {
              header: <span className="sr-only">{t("staff.delete")}</span>,
              cell: (a) => (
                <RowActionButton
                  action={deleteCounterAssignmentAction}
                  name="id"
                  value={a.id}
                  label={t("staff.delete")}
                  rowLabel={`${a.user.name} ${a.counter.code}`}
                />
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
