import type { ReactNode } from "react";
import { formatCount, formatDate, formatDateTime } from "@/lib/format/format";
import Link from "next/link";
import { requireAgencyPage } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getAgencyQueue } from "@/lib/applications/agency-queue-queries";
import { AGENCY_QUEUE_TABLE, agencyQueueView } from "@/lib/applications/agency-queue-list";
import { loadListPage, listQueryOf } from "@/lib/table/paging";
import { defaultTableState, parseTableParams, type RawParams } from "@/lib/table/schemas";
import { toWibDate } from "@/lib/calendar/working-days";
import { DataTable } from "@/components/ui/data-table";
import { PagedTable } from "@/components/ui/paged-table";
import { AgencyClockBadge } from "@/components/agency/agency-clock-badge";

const PATH = "/staf/rekomendasi";

/** A titled part of the page. */
function QueueSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A technical agency's queue (issue 20): its files waiting for a recommendation, most overdue first — searched,
 * sorted and paged with the state in the URL (issue 16; the order is computed in code, see agency-queue-list.ts).
 */
export default async function AgencyQueuePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { agency } = await requireAgencyPage("viewAgencyQueue", PATH);
  const params = await searchParams;
  const recorded = params.tercatat;
  const { t, locale } = await getTranslator("agency");
  const queue = await getAgencyQueue(agency, new Date());
  const state = parseTableParams(AGENCY_QUEUE_TABLE, params);
  const page = await loadListPage(state, listQueryOf(agencyQueueView(queue.waiting, state)));
  const overdue = queue.waiting.filter((file) => file.clock.isOverdue).length;
  const day = (instant: Date) => formatDate(toWibDate(instant), locale);
  const kpis = [
    ["waiting", queue.waiting.length, "agency-waiting"],
    ["overdue", overdue, "agency-overdue"],
  ] as const;
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
        {kpis.map(([key, value, testId]) => (
          <div className="card" key={key}>
            <div className="muted">{t(`queue.${key}`)}</div>
            <div className="kpi-value" data-testid={testId}>
              {formatCount(value, locale)}
            </div>
          </div>
        ))}
      </div>
      <QueueSection id="h-waiting" title={t("queue.waitingTitle")}>
        <PagedTable
          path={PATH}
          state={state}
          defaults={defaultTableState(AGENCY_QUEUE_TABLE)}
          page={page}
          label={t("queue.waitingTitle")}
          searchLabel={t("queue.search")}
          searchPlaceholder="KDR-20260105-000123"
          testId="agency-queue"
          rowKey={(file) => file.registrationNo}
          rowHeader
          empty={state.q ? t("queue.noMatch") : t("queue.empty")}
          isFlagged={(file) => file.clock.isOverdue}
          rowData={(file) => ({ registration: file.registrationNo })}
          columns={[
            {
              header: t("queue.registrationNo"),
              sortKey: "registrationNo",
              cell: (file) => (
                <Link href={`${PATH}/${encodeURIComponent(file.registrationNo)}`}>{file.registrationNo}</Link>
              ),
            },
            {
              header: t("queue.licenseType"),
              sortKey: "licenseType",
              cell: (file) =>
                `${file.licenseType.code} — ${locale === "en" ? file.licenseType.nameEn : file.licenseType.name}`,
            },
            { header: t("queue.applicant"), sortKey: "applicant", cell: (file) => file.applicantName ?? "—" },
            {
              header: t("queue.area"),
              cell: (file) => (file.area ? `${file.area.kelurahan}, ${file.area.kecamatan}` : "—"),
            },
            { header: t("queue.since"), sortKey: "since", cell: (file) => day(file.clock.stageStartedAt) },
            { header: t("queue.dueDate"), cell: (file) => formatDate(file.clock.dueDate, locale) },
            {
              header: t("queue.clock"),
              sortKey: "remaining",
              cell: (file) => <AgencyClockBadge clock={file.clock} t={t} />,
            },
          ]}
        />
      </QueueSection>
      <QueueSection id="h-returned" title={t("queue.returnedTitle")}>
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
      </QueueSection>
      <QueueSection id="h-recent" title={t("queue.recentTitle")}>
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
      </QueueSection>
      <p className="muted">{t("queue.privacy")}</p>
    </div>
  );
}
