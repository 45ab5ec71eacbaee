import { formatCount, formatDate, formatPercent } from "@/lib/format/format";
import type { AttendanceFigures, DayStatus, StaffDay } from "@/lib/attendance/classify";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "@/components/ui/data-table";

const TONE: Partial<Record<DayStatus, string>> = {
  on_time: "badge badge-ok",
  late: "badge badge-warn",
  left_early: "badge badge-warn",
  absent: "badge badge-bad",
  on_leave: "badge",
};

/** The monthly figures of one person or unit as cards (t is the "attendance" namespace). */
export function FiguresCards({ figures, t, locale }: { figures: AttendanceFigures; t: Translator; locale: Locale }) {
  const cards: [string, string, string | null, string][] = [
    ["punctuality", formatPercent(figures.punctualityRate, locale), t("figures.punctualityHint"), "punctuality"],
    ["attendance", formatPercent(figures.attendanceRate, locale), t("figures.attendanceHint"), "attendance"],
    ["lateMinutes", formatCount(figures.totalLateMinutes, locale), null, "late-minutes"],
    ["absent", formatCount(figures.absentDays, locale), null, "absent"],
    ["leave", formatCount(figures.leaveDays, locale), null, "leave"],
    ["workingDays", formatCount(figures.workingDays, locale), null, "working-days"],
  ];
  return (
    <div className="grid">
      {cards.map(([key, value, hint, id]) => (
        <div className="card" key={key}>
          <div className="muted">{t(`figures.${key}`)}</div>
          <div className="kpi-value" data-testid={`attendance-${id}`}>
            {value}
          </div>
          {hint && <div className="muted small">{hint}</div>}
        </div>
      ))}
    </div>
  );
}

/** A status label: the leave kind for leave days. */
export function statusLabel(day: StaffDay, t: Translator): string {
  return day.status === "on_leave" && day.leave ? t(`leave.${day.leave}`) : t(`status.${day.status}`);
}

/** One person's days as a table. */
export function StaffDaysTable({ days, t, locale }: { days: readonly StaffDay[]; t: Translator; locale: Locale }) {
  return (
    <DataTable
      caption={t("day.caption")}
      rows={days}
      rowKey={(d) => d.date}
      rowHeader
      testId="attendance-days"
      isFlagged={(d) => d.status === "absent"}
      rowData={(d) => ({ date: d.date, status: d.status })}
      columns={[
        { header: t("day.date"), cell: (d) => formatDate(d.date, locale) },
        {
          header: t("day.status"),
          cell: (d) => <span className={TONE[d.status] ?? "muted"}>{statusLabel(d, t)}</span>,
        },
        { header: t("day.arrival"), cell: (d) => d.arrival ?? "—", className: "num" },
        { header: t("day.departure"), cell: (d) => d.departure ?? "—", className: "num" },
        { header: t("day.late"), cell: (d) => (d.lateMinutes > 0 ? d.lateMinutes : "—"), className: "num" },
        { header: t("day.early"), cell: (d) => (d.earlyMinutes ? d.earlyMinutes : "—"), className: "num" },
        { header: t("day.hours"), cell: (d) => (d.hours ? `${d.hours.start}–${d.hours.end}` : "—") },
      ]}
    />
  );
}
