import { formatCount, formatPercent } from "@/lib/format/format";
import type { ReactNode } from "react";
import type { AttendanceFigures } from "@/lib/attendance/classify";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "@/components/ui/data-table";

/** Rows of monthly figures (units or people) with a first column chosen by the caller. */
export function FiguresTable<Row extends { figures: AttendanceFigures }>({
  rows,
  rowKey,
  first,
  t,
  locale,
  testId,
  label,
}: {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  first: { header: string; cell: (row: Row) => ReactNode };
  t: Translator;
  locale: Locale;
  testId: string;
  label: string;
}) {
  const n = (v: number) => formatCount(v, locale);
  return (
    <DataTable
      label={label}
      rows={rows}
      rowKey={rowKey}
      rowHeader
      testId={testId}
      isFlagged={(r) => r.figures.absentDays > 0}
      columns={[
        first,
        { header: t("figures.workingDays"), cell: (r) => n(r.figures.workingDays), className: "num" },
        {
          header: t("figures.punctuality"),
          cell: (r) => formatPercent(r.figures.punctualityRate, locale),
          className: "num",
        },
        {
          header: t("figures.attendance"),
          cell: (r) => formatPercent(r.figures.attendanceRate, locale),
          className: "num",
        },
        { header: t("figures.lateMinutes"), cell: (r) => n(r.figures.totalLateMinutes), className: "num" },
        { header: t("figures.absent"), cell: (r) => n(r.figures.absentDays), className: "num" },
        { header: t("figures.leave"), cell: (r) => n(r.figures.leaveDays), className: "num" },
      ]}
    />
  );
}
