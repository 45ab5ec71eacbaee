import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { attendanceMonth } from "@/lib/attendance/month";
import { getPersonAttendance } from "@/lib/attendance/queries";
import { FiguresCards, StaffDaysTable } from "@/components/attendance/staff-days-view";
import { MonthForm } from "@/components/attendance/month-form";

/** One person's month of attendance: the page of "my attendance" and leadership's per-person view. */
export async function PersonMonth({
  userId,
  requestedMonth,
  isOwn,
}: {
  userId: string;
  requestedMonth: string | undefined;
  isOwn: boolean;
}) {
  const { t, locale } = await getTranslator("attendance");
  const month = attendanceMonth(requestedMonth, toWibDate(new Date()));
  const data = await getPersonAttendance(userId, month);
  if (!data) notFound();
  const monthLabel = locale === "id" ? month.labelId : month.labelEn;
  return (
    <div className="stack">
      <h1>{isOwn ? t("mine.title") : t("overview.personTitle", { name: data.profile.name })}</h1>
      <p>{t("mine.intro", { month: monthLabel, grace: data.graceMinutes })}</p>
      {data.profile.attendancePin === null && (
        <p className="alert alert-warn" role="status">
          {t("mine.noPin")}
        </p>
      )}
      <MonthForm month={month.month} label={t("month")} submitLabel={t("show")} />
      <FiguresCards figures={data.person.figures} t={t} locale={locale} />
      <StaffDaysTable days={data.person.days} t={t} locale={locale} />
    </div>
  );
}
