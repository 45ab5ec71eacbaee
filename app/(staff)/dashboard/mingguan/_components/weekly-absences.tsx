import { formatDate } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { lastWeekWindow } from "@/lib/attendance/month";
import { getAbsencesWithoutRecord } from "@/lib/attendance/queries";
import { AbsenceList } from "@/components/attendance/absence-list";

/** The weekly review's section: last week's absences without record, from the imported check-clock logs. */
export async function WeeklyAbsences({ now }: { now: Date }) {
  const { t, locale } = await getTranslator("attendance");
  const week = lastWeekWindow(toWibDate(now));
  const absences = await getAbsencesWithoutRecord(week);
  return (
    <section className="card stack" aria-labelledby="weekly-absences-title">
      <h2 id="weekly-absences-title">{t("weekly.title")}</h2>
      <p className="muted">
        {t("weekly.intro", { from: formatDate(week.from, locale), to: formatDate(week.to, locale) })}
      </p>
      <AbsenceList absences={absences} t={t} locale={locale} noUnit={t("overview.noUnit")} />
    </section>
  );
}
