import type { Translator } from "@/lib/i18n/translate";
import type { AgencyStageClock } from "@/lib/applications/agency-clock";

/** The agency clock of a waiting file: working days used of the agency SLA, flagged once overdue. */
export function AgencyClockBadge({ clock, t }: { clock: AgencyStageClock; t: Translator }) {
  const text = t("queue.daysOfSla", { days: clock.elapsedWorkingDays, sla: clock.agencySlaDays });
  if (clock.isOverdue)
    return (
      <span className="badge badge-bad">
        {text} · {t("queue.overdueBy", { days: -clock.remainingWorkingDays })}
      </span>
    );
  return <span className={clock.remainingWorkingDays <= 1 ? "badge badge-warn" : "badge"}>{text}</span>;
}
