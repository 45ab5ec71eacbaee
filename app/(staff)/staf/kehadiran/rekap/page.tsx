import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { attendanceMonth } from "@/lib/attendance/month";
import { getAttendanceOverview } from "@/lib/attendance/queries";
import { absencesWithoutRecord } from "@/lib/attendance/staff-days";
import { MonthForm } from "@/components/attendance/month-form";
import { FiguresTable } from "@/components/attendance/figures-table";
import { AbsenceList } from "@/components/attendance/absence-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rekap kehadiran / Attendance summary" };

export default async function AttendanceOverviewPage({ searchParams }: { searchParams: Promise<{ bulan?: string }> }) {
  await requirePageCapability("viewAttendance", "/staf/kehadiran/rekap");
  const { bulan } = await searchParams;
  const { t, locale } = await getTranslator("attendance");
  const month = attendanceMonth(typeof bulan === "string" ? bulan : undefined, toWibDate(new Date()));
  const { people, units } = await getAttendanceOverview(month);
  const noUnit = t("overview.noUnit");
  /** The props every figures table of the page shares, and the section that names it. */
  const tableOf = (key: "units" | "people") => ({
    t,
    locale,
    testId: `attendance-${key}`,
    label: t(`overview.${key}`),
  });
  const figures = (key: "units" | "people", table: ReactNode) => (
    <section className="stack" aria-labelledby={`${key}-title`}>
      <h2 id={`${key}-title`}>{t(`overview.${key}`)}</h2>
      {table}
    </section>
  );
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("overview.title")}</h1>
        <Link href={`/staf/kehadiran/loket?bulan=${month.month}`}>{t("overview.coverageLink")}</Link>
      </div>
      <p>{t("overview.intro", { month: locale === "id" ? month.labelId : month.labelEn })}</p>
      <MonthForm month={month.month} label={t("month")} submitLabel={t("show")} />
      {figures(
        "units",
        <FiguresTable
          rows={units}
          rowKey={(u) => u.unit ?? ""}
          first={{ header: t("overview.unit"), cell: (u) => `${u.unit ?? noUnit} (${u.members})` }}
          {...tableOf("units")}
        />,
      )}
      {figures(
        "people",
        <FiguresTable
          rows={people}
          rowKey={(p) => p.id}
          first={{
            header: t("overview.name"),
            cell: (p) => (
              <Link href={`/staf/kehadiran/pegawai/${p.id}?bulan=${month.month}`}>
                {p.name}
                {p.unit ? <span className="muted small"> · {p.unit}</span> : null}
              </Link>
            ),
          }}
          {...tableOf("people")}
        />,
      )}
      <section className="card stack" aria-labelledby="absences-title">
        <h2 id="absences-title">{t("overview.absences")}</h2>
        <AbsenceList absences={absencesWithoutRecord(people)} t={t} locale={locale} noUnit={noUnit} />
      </section>
    </div>
  );
}
