import { formatDate } from "@/lib/format/format";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listLeaves, listStaffProfiles } from "@/lib/attendance/queries";
import { LEAVE_KINDS } from "@/lib/attendance/schemas";
import { attendanceMonth } from "@/lib/attendance/month";
import { toWibDate } from "@/lib/calendar/working-days";
import { DataTable } from "@/components/ui/data-table";
import { RowActionButton } from "@/components/ui/row-action-button";
import { FieldsForm } from "@/components/ui/fields-form";
import { MonthForm } from "@/components/attendance/month-form";
import { addLeaveAction, deleteLeaveAction } from "../actions";
import { AdminNav } from "../_components/admin-nav";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cuti & dinas luar / Leave" };

export default async function AttendanceLeavePage({ searchParams }: { searchParams: Promise<{ bulan?: string }> }) {
  await requirePageCapability("manageAttendance", "/staf/admin/kehadiran/cuti");
  const { bulan } = await searchParams;
  const { t, locale } = await getTranslator("attendance");
  const today = toWibDate(new Date());
  const month = attendanceMonth(typeof bulan === "string" ? bulan : undefined, today);
  const [staff, leaves] = await Promise.all([listStaffProfiles(), listLeaves({ from: month.from, to: "9999-12-31" })]);
  return (
    <div className="stack">
      <h1>{t("leaveAdmin.title")}</h1>
      <AdminNav />
      <p>{t("leaveAdmin.intro")}</p>
      <FieldsForm
        action={addLeaveAction}
        inline
        submitLabel={t("leaveAdmin.add")}
        savedLabel={t("leaveAdmin.added")}
        fields={[
          {
            name: "userId",
            type: "select",
            label: t("leaveAdmin.person"),
            options: staff.map((u) => ({ value: u.id, label: u.name })),
          },
          {
            name: "kind",
            type: "select",
            label: t("leaveAdmin.kind"),
            options: LEAVE_KINDS.map((k) => ({ value: k, label: t(`leave.${k}`) })),
          },
          { name: "fromDay", type: "date", label: t("leaveAdmin.fromDay"), initial: today },
          { name: "toDay", type: "date", label: t("leaveAdmin.toDay"), initial: today },
          { name: "note", label: t("leaveAdmin.note") },
        ]}
      />
      <section className="stack" aria-labelledby="leave-list-title">
        <h2 id="leave-list-title">
          {t("leaveAdmin.list", { month: locale === "id" ? month.labelId : month.labelEn })}
        </h2>
        <MonthForm month={month.month} label={t("month")} submitLabel={t("show")} />
        <DataTable
          rows={leaves}
          rowKey={(l) => l.id}
          testId="attendance-leaves"
          empty={t("leaveAdmin.none")}
          columns={[
            { header: t("leaveAdmin.person"), cell: (l) => l.user.name },
            { header: t("leaveAdmin.kind"), cell: (l) => t(`leave.${l.kind}`) },
            { header: t("leaveAdmin.fromDay"), cell: (l) => formatDate(l.fromDay, locale) },
            { header: t("leaveAdmin.toDay"), cell: (l) => formatDate(l.toDay, locale) },
            { header: t("leaveAdmin.note"), cell: (l) => l.note || "—" },
            {
              header: <span className="sr-only">{t("leaveAdmin.delete")}</span>,
              cell: (l) => (
                <RowActionButton
                  action={deleteLeaveAction}
                  name="id"
                  value={l.id}
                  label={t("leaveAdmin.delete")}
                  rowLabel={`${l.user.name} ${l.fromDay}`}
                />
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
