import { formatDate, formatDateTime } from "@/lib/format/format";
import Link from "next/link";
import { requireAgencyPage } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getAgencyQueue } from "@/lib/applications/agency-queue-queries";
import { toWibDate } from "@/lib/calendar/working-days";
import { DataTable } from "@/components/ui/data-table";
import { AgencyClockBadge } from "@/components/agency/agency-clock-badge";

/** A technical agency's queue (issue 20): its files waiting for a recommendation, most overdue first. */
export default async function AgencyQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { agency } = await requireAgencyPage("viewAgencyQueue", "/staf/rekomendasi");
  const recorded = (await searchParams).tercatat;
  const { t, locale } = await getTranslator("agency");
  const queue = await getAgencyQueue(agency, new Date());
  const overdue = queue.waiting.filter((file) => file.clock.isOverdue).length;
  const day = (instant: Date) => formatDate(toWibDate(instant), locale);
  return (
    <div className="stack">
      <h1>{t("queue.title")}</h1>
      <p className="muted" data-testid="agency-name">
        {agency}
      </p>
      {typeof recorded === "string" && recorded && (
        <p className="alert alert-ok" role="status">
          {t("queue.recorded", { no: recorded })}
        </p>
      )}
      <p>{t("queue.intro")}</p>
      <div className="grid">
        <div className="card">
          <div className="muted">{t("queue.waiting")}</div>
          <div className="kpi-value" data-testid="agency-waiting">
            {queue.waiting.length}
          </div>
        </div>
        <div className="card">
          <div className="muted">{t("queue.overdue")}</div>
          <div className="kpi-value" data-testid="agency-overdue">
            {overdue}
          </div>
        </div>
      </div>
      <section aria-labelledby="h-waiting">
        <h2 id="h-waiting">{t("queue.waitingTitle")}</h2>
        <DataTable
          testId="agency-queue"
          rows={queue.waiting}
          rowKey={(file) => file.registrationNo}
          rowHeader
          empty={t("queue.empty")}
          isFlagged={(file) => file.clock.isOverdue}
          rowData={(file) => ({ registration: file.registrationNo })}
          columns={[
            {
              header: t("queue.registrationNo"),
              cell: (file) => (
                <Link href={`/staf/rekomendasi/${encodeURIComponent(file.registrationNo)}`}>{file.registrationNo}</Link>
              ),
            },
            {
              header: t("queue.licenseType"),
              cell: (file) =>
                `${file.licenseType.code} — ${locale === "en" ? file.licenseType.nameEn : file.licenseType.name}`,
            },
            { header: t("queue.applicant"), cell: (file) => file.applicantName ?? "—" },
            {
              header: t("queue.area"),
              cell: (file) => (file.area ? `${file.area.kelurahan}, ${file.area.kecamatan}` : "—"),
            },
            { header: t("queue.since"), cell: (file) => day(file.clock.stageStartedAt) },
            { header: t("queue.dueDate"), cell: (file) => formatDate(file.clock.dueDate, locale) },
            {
              header: t("queue.clock"),
              cell: (file) => <AgencyClockBadge clock={file.clock} t={t} />,
            },
          ]}
        />
      </section>
      <section aria-labelledby="h-returned">
        <h2 id="h-returned">{t("queue.returnedTitle")}</h2>
        <p className="muted">{t("queue.returnedIntro")}</p>
        <DataTable
          rows={queue.returned}
          rowKey={(file) => file.registrationNo}
          rowHeader
          empty={t("queue.noneReturned")}
          columns={[
            { header: t("queue.registrationNo"), cell: (file) => file.registrationNo },
            { header: t("queue.licenseType"), cell: (file) => file.licenseType.code },
            { header: t("queue.returnedAt"), cell: (file) => (file.returnedAt ? day(file.returnedAt) : "—") },
            { header: t("queue.reason"), cell: (file) => file.returnReason ?? "" },
          ]}
        />
      </section>
      <section aria-labelledby="h-recent">
        <h2 id="h-recent">{t("queue.recentTitle")}</h2>
        <DataTable
          testId="agency-recent"
          rows={queue.recent}
          rowKey={(row) => row.id}
          rowHeader
          empty={t("queue.noneRecent")}
          columns={[
            { header: t("queue.registrationNo"), cell: (row) => row.registrationNo },
            { header: t("queue.decision"), cell: (row) => t(`decisions.${row.decision}`) },
            { header: t("queue.reason"), cell: (row) => row.reason ?? "" },
            { header: t("queue.recordedAt"), cell: (row) => formatDateTime(row.recordedAt, locale) },
            { header: t("queue.by"), cell: (row) => row.actorLabel },
            {
              header: t("queue.workingDays"),
              cell: (row) => t("queue.daysOfSla", { days: row.workingDays, sla: row.agencySlaDays }),
              className: "num",
            },
          ]}
        />
      </section>
      <p className="muted">{t("queue.privacy")}</p>
    </div>
  );
}
