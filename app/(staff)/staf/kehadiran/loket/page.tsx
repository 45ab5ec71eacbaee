import { formatCount, formatDate, formatDecimal, formatPercent } from "@/lib/format/format";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { attendanceMonth } from "@/lib/attendance/month";
import { getCounterCoverageView } from "@/lib/attendance/coverage-queries";
import { MonthForm } from "@/components/attendance/month-form";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kesiapan loket / Counter coverage" };

export default async function CounterCoveragePage({ searchParams }: { searchParams: Promise<{ bulan?: string }> }) {
  await requirePageCapability("viewAttendance", "/staf/kehadiran/loket");
  const { bulan } = await searchParams;
  const { t, locale } = await getTranslator("attendance");
  const month = attendanceMonth(typeof bulan === "string" ? bulan : undefined, toWibDate(new Date()));
  const rows = await getCounterCoverageView(month);
  const n = (v: number) => formatCount(v, locale);
  const missed = rows.flatMap((r) =>
    r.coverage.days
      .filter((d) => d.status !== "staffed" && d.status !== "no_data")
      .map((d) => ({ ...d, counter: r.counter.name })),
  );
  return (
    <div className="stack">
      <h1>{t("coverage.title")}</h1>
      <p>{t("coverage.intro", { month: locale === "id" ? month.labelId : month.labelEn })}</p>
      <MonthForm month={month.month} label={t("month")} submitLabel={t("show")} />
      <DataTable
        label={t("coverage.title")}
        rows={rows}
        rowKey={(r) => r.counter.id}
        rowHeader
        testId="counter-coverage"
        rowData={(r) => ({ counter: r.counter.code })}
        columns={[
          { header: t("coverage.counter"), cell: (r) => `${r.counter.code} · ${r.counter.name}` },
          {
            header: t("coverage.staffed"),
            cell: (r) => `${n(r.coverage.staffedDays)} / ${n(r.coverage.recordedDays)}`,
            className: "num",
          },
          { header: t("coverage.rate"), cell: (r) => formatPercent(r.coverage.coverageRate, locale), className: "num" },
          { header: t("coverage.lateOpening"), cell: (r) => n(r.coverage.lateOpeningDays), className: "num" },
          { header: t("coverage.unstaffed"), cell: (r) => n(r.coverage.unstaffedDays), className: "num" },
          { header: t("coverage.noRoster"), cell: (r) => n(r.coverage.noRosterDays), className: "num" },
          { header: t("coverage.registered"), cell: (r) => n(r.queue.registered), className: "num" },
          { header: t("coverage.open"), cell: (r) => n(r.queue.open), className: "num" },
          { header: t("coverage.respondents"), cell: (r) => n(r.survey.respondents), className: "num" },
          {
            header: t("coverage.ikm"),
            cell: (r) => (r.survey.ikm === null ? "—" : formatDecimal(r.survey.ikm, locale, 2)),
            className: "num",
          },
        ]}
      />
      <p className="muted small">{t("coverage.rosterHint")}</p>
      <section className="card stack" aria-labelledby="missed-title">
        <h2 id="missed-title">{t("coverage.daysTitle")}</h2>
        <DataTable
          rows={missed}
          rowKey={(d) => `${d.counter}-${d.date}`}
          empty={t("overview.none")}
          columns={[
            { header: t("day.date"), cell: (d) => formatDate(d.date, locale) },
            { header: t("coverage.counter"), cell: (d) => d.counter },
            { header: t("day.status"), cell: (d) => t(`counterStatus.${d.status}`) },
            { header: t("coverage.firstArrival"), cell: (d) => d.firstArrival ?? "—", className: "num" },
          ]}
        />
      </section>
    </div>
  );
}
