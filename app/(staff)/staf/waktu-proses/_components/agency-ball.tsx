import { formatDate, formatPercent } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import {
  OVERDUE_FILES_LISTED,
  getAgencyPerformance,
  type AgencyPerformanceFilter,
} from "@/lib/applications/agency-performance-queries";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";

/**
 * "Who has the ball" (issue 20): the technical agencies' recommendation times (P50/P90) and share within their SLA on
 * the files finished in the period, and what each holds today (waiting, overdue), with the overdue files.
 */
export async function AgencyBallSection({
  filter,
  canOpenFiles,
}: {
  filter: AgencyPerformanceFilter;
  /** Whether the reader may open a file (else the registration numbers are plain text, never a link to a 403). */
  canOpenFiles: boolean;
}) {
  const { t, locale } = await getTranslator("agency");
  const data = await getAgencyPerformance(filter, new Date());
  const percent = (rate: number | null) => formatPercent(rate, locale);
  return (
    <section className="card" aria-labelledby="h-agency" id="h-agency-section">
      <h2 id="h-agency">{t("dashboard.title")}</h2>
      <p className="muted">{t("dashboard.intro")}</p>
      {data.withinSlaPercent !== null && (
        <p data-testid="agency-within-sla">{t("dashboard.total", { percent: percent(data.withinSlaPercent / 100) })}</p>
      )}
      <DataTable
        testId="agency-performance"
        rows={data.rows}
        rowKey={(row) => row.agency}
        rowHeader
        empty={t("dashboard.none")}
        isFlagged={(row) => row.overdue > 0}
        rowData={(row) => ({ agency: row.agency })}
        columns={[
          { header: t("dashboard.agency"), cell: (row) => row.agency },
          { header: t("dashboard.completed"), cell: (row) => row.completed, className: "num" },
          { header: t("dashboard.withinSla"), cell: (row) => percent(row.withinSlaRate), className: "num" },
          { header: t("dashboard.p50"), cell: (row) => row.medianDays ?? "—", className: "num" },
          { header: t("dashboard.p90"), cell: (row) => row.p90Days ?? "—", className: "num" },
          { header: t("dashboard.waiting"), cell: (row) => row.waiting, className: "num" },
          { header: t("dashboard.overdue"), cell: (row) => row.overdue, className: "num" },
          { header: t("dashboard.oldest"), cell: (row) => row.oldestWaitingDays ?? "—", className: "num" },
        ]}
      />
      <h3>{t("dashboard.overdueTitle")}</h3>
      {data.overdueCount > OVERDUE_FILES_LISTED && (
        <p className="muted">
          {t("dashboard.overdueShown", { shown: OVERDUE_FILES_LISTED, count: data.overdueCount })}
        </p>
      )}
      <DataTable
        rows={data.overdueFiles}
        rowKey={(file) => file.registrationNo}
        empty={t("dashboard.noOverdue")}
        columns={[
          {
            header: t("queue.registrationNo"),
            cell: (file) => <ApplicationLink registrationNo={file.registrationNo} linked={canOpenFiles} />,
          },
          { header: t("queue.licenseType"), cell: (file) => file.licenseType },
          { header: t("dashboard.agency"), cell: (file) => file.agency },
          { header: t("queue.since"), cell: (file) => formatDate(file.startDay, locale) },
          { header: t("queue.dueDate"), cell: (file) => formatDate(file.dueDate, locale) },
          { header: t("dashboard.daysOver"), cell: (file) => file.daysOver, className: "num" },
        ]}
      />
    </section>
  );
}
