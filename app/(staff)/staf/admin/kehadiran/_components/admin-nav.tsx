import { getTranslator } from "@/lib/i18n/server";
import { AttendanceAdminNav } from "@/components/attendance/admin-subnav";

/** The attendance admin pages' shared sub-navigation. */
export async function AdminNav() {
  const { t } = await getTranslator("attendance");
  return (
    <AttendanceAdminNav
      label={t("admin.subnav")}
      links={[
        { href: "/staf/admin/kehadiran", text: t("admin.importLink") },
        { href: "/staf/admin/kehadiran/aturan", text: t("admin.rulesLink") },
        { href: "/staf/admin/kehadiran/pegawai", text: t("admin.staffLink") },
        { href: "/staf/admin/kehadiran/cuti", text: t("admin.leaveLink") },
      ]}
    />
  );
}
