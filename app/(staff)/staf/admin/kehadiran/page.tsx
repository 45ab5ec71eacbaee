import { formatCount, formatDateRange, formatDateTime } from "@/lib/format/format";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadStaffList } from "@/lib/table/staff-list";
import { ATTENDANCE_IMPORT_LIST } from "@/lib/table/staff-lists";
import { PagedTable } from "@/components/ui/paged-table";
import { LogImportForm } from "@/components/attendance/log-import-form";
import { importAttendanceLogAction } from "./actions";
import { AdminNav } from "./_components/admin-nav";
import { textsFor } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Impor log absensi / Import attendance logs" };

const LABELS = [
  "file",
  "format",
  "formatTab",
  "formatCsv",
  "importButton",
  "result",
  "unknownTitle",
  "unknownHint",
  "pin",
  "punches",
  "excelHint",
] as const;

export default async function AttendanceImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(ATTENDANCE_IMPORT_LIST.capability, ATTENDANCE_IMPORT_LIST.path);
  const { t, locale } = await getTranslator("attendance");
  const list = await loadStaffList(ATTENDANCE_IMPORT_LIST, await searchParams, new Date());
  const n = (v: number) => formatCount(v, locale);
  return (
    <div className="stack">
      <h1>{t("admin.title")}</h1>
      <AdminNav />
      <p>{t("admin.intro")}</p>
      <LogImportForm action={importAttendanceLogAction} labels={textsFor(t, "admin", LABELS)} />
      <section className="stack" aria-labelledby="history-title">
        <h2 id="history-title">{t("admin.history")}</h2>
        <PagedTable
          {...list.table}
          label={t("admin.history")}
          searchLabel={t("admin.searchImports")}
          rowKey={(i) => i.id}
          testId="attendance-imports"
          empty="—"
          columns={[
            { header: t("admin.importedAt"), sortKey: "importedAt", cell: (i) => formatDateTime(i.importedAt, locale) },
            { header: t("admin.by"), sortKey: "importedBy", cell: (i) => i.importedBy },
            { header: t("admin.fileName"), sortKey: "fileName", cell: (i) => `${i.fileName ?? "—"} (${i.format})` },
            { header: t("admin.days"), sortKey: "days", cell: (i) => formatDateRange(i.firstDay, i.lastDay, locale) },
            { header: t("admin.punches"), sortKey: "punches", cell: (i) => n(i.punchCount), className: "num" },
            { header: t("admin.added"), cell: (i) => n(i.added), className: "num" },
            { header: t("admin.duplicates"), cell: (i) => n(i.duplicates), className: "num" },
            {
              header: t("admin.unknownPins"),
              cell: (i) => (i.unknownPins.length === 0 ? "—" : i.unknownPins.map((u) => u.pin).join(", ")),
            },
          ]}
        />
      </section>
    </div>
  );
}
