import { formatCount, formatDate, formatDecimal, formatPercent } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { complaintMetricsRange, handlingCategoryRows } from "@/lib/complaints/metrics-export";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";
import { PERIOD_RANGE_MESSAGES, parsePeriodRange } from "@/lib/periods/range-params";
import { isPartialPeriod, labelWithPartial } from "@/lib/periods/partial";
import { parsePeriodKey, periodKeyLabel } from "@/lib/periods/periods";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, CATEGORY_SKM_ELEMENT } from "@/lib/complaints/complaint-rules";
import { getComplaintKpis, getComplaintSummary, listOverdueComplaints } from "@/lib/complaints/queries";
import { TextField } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { listHandlingCategories } from "@/lib/complaints/handling-category-queries";

export const dynamic = "force-dynamic";

export default async function ComplaintMetricsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageCapability("viewComplaintMetrics", "/staf/pengaduan/metrik");
  const { t, locale } = await getTranslator("complaints");
  const { t: exportWords } = await getTranslator("exports");
  const today = toWibDate(new Date());
  const range = parsePeriodRange(await searchParams, today);
  const { from, to } = complaintMetricsRange(range.ok ? range.range : undefined, today);
  const { t: tp } = await getTranslator("periods");
  const [summary, kpis, overdue, handlingCategories] = await Promise.all([
    getComplaintSummary({ from, to, today }),
    getComplaintKpis({ from, to, today }),
    listOverdueComplaints(today, 20),
    listHandlingCategories({ includeInactive: true }),
  ]);
  const tierRows = handlingCategoryRows(summary, handlingCategories);
  const show = (v: number | null) => (v === null ? t("metrics.none") : formatDecimal(v, locale, 1, { trim: true }));
  const showPercent = (v: number | null) => (v === null ? t("metrics.none") : formatPercent(v / 100, locale));
  const maxReceived = Math.max(1, ...summary.trend.map((p) => p.received));
  const canHandle = can(user.role, "handleComplaints");
  // The running month: a lighter bar, and its name says up to which day it counts.
  const isRunning = (month: string) => {
    const period = parsePeriodKey(month);
    return period !== null && isPartialPeriod(period, today);
  };
  const monthLabel = (month: string) => {
    const period = parsePeriodKey(month);
    return period ? labelWithPartial(periodKeyLabel(month, locale), period, today, locale) : month;
  };
  return (
    <div className="stack">
      <h1>{t("metrics.title")}</h1>
      <p className="muted">{t("metrics.intro")}</p>
      <DownloadLinks
        what={exportWords("complaints.what")}
        formats={PAGE_DOWNLOADS.complaintMetrics}
        params={{ from, to }}
        testId="complaint-metrics-downloads"
      />
      <form method="get" className="card form-inline">
        {range.ok ? null : (
          <p className="alert alert-warn" role="alert" data-testid="range-error">
            {tp("rangeError", { message: PERIOD_RANGE_MESSAGES[range.error][locale] })}
          </p>
        )}
        <TextField label={t("metrics.from")} name="dari" type="date" defaultValue={from} />
        <TextField label={t("metrics.to")} name="sampai" type="date" defaultValue={to} />
        <button className="btn btn-secondary" type="submit">
          {t("metrics.show")}
        </button>
      </form>
      <CalendarNotice warnings={summary.calendarWarnings} showAdminLink={user.role === "ADMIN"} />
      <div className="grid">
        <section className="card">
          <h2>{t("metrics.received")}</h2>
          <p className="kpi-value" data-testid="kpi-received">
            {formatCount(summary.received, locale)}
          </p>
        </section>
        <section className="card">
          <h2>{t("metrics.resolvedPercent")}</h2>
          <p className="kpi-value" data-testid="kpi-on-time">
            {showPercent(summary.resolvedWithinDeadlinePercent)}
          </p>
        </section>
        <section className="card">
          <h2>{t("metrics.medianAnswer")}</h2>
          <p className="kpi-value" data-testid="kpi-median-answer">
            {show(summary.medianWorkingDaysToFirstAnswer)}
          </p>
        </section>
        <section className="card">
          <h2>{t("metrics.medianResolution")}</h2>
          <p className="kpi-value" data-testid="kpi-median-resolution">
            {show(summary.medianWorkingDaysToResolution)}
          </p>
        </section>
        <section className="card">
          <h2>{t("metrics.overdue")}</h2>
          <p className="kpi-value" data-testid="kpi-overdue">
            {kpis.overdueCount}
          </p>
        </section>
        <section className="card">
          <h2>{t("metrics.extended")}</h2>
          <p className="kpi-value" data-testid="kpi-extended">
            {summary.extended}
          </p>
          <p className="muted">{t("metrics.extendedNote", { within: summary.resolvedWithinExtendedDeadline })}</p>
        </section>
        <section className="card">
          <h2>{t("metrics.notOurService")}</h2>
          <p className="kpi-value" data-testid="kpi-not-ours">
            {summary.notOurService}
          </p>
        </section>
      </div>
      <section className="card">
        <h2>{t("metrics.byHandlingCategory")}</h2>
        <DataTable
          rows={tierRows}
          rowKey={(r) => r.code}
          empty={t("staff.none")}
          columns={[
            {
              header: t("staff.handlingCategory"),
              cell: (r) =>
                r.category ? (locale === "en" ? r.category.nameEn : r.category.name) : t("metrics.noCategory"),
            },
            { header: t("metrics.deadlineDays"), cell: (r) => r.category?.deadlineDays ?? "—", className: "num" },
            { header: t("metrics.received"), cell: (r) => r.figures.received, className: "num" },
            {
              header: t("metrics.resolvedPercent"),
              cell: (r) => (
                <span data-testid={`tier-on-time-${r.code}`}>
                  {showPercent(r.figures.resolvedWithinDeadlinePercent)}
                </span>
              ),
              className: "num",
            },
          ]}
        />
      </section>
      <div className="grid">
        <section className="card">
          <h2>{t("metrics.byCategory")}</h2>
          <DataTable
            rows={COMPLAINT_CATEGORIES}
            rowKey={(c) => c}
            columns={[
              { header: t("staff.category"), cell: (c) => t(`categories.${c}`) },
              { header: t("metrics.element"), cell: (c) => CATEGORY_SKM_ELEMENT[c] },
              { header: t("metrics.count"), cell: (c) => summary.byCategory[c], className: "num" },
            ]}
          />
        </section>
        <section className="card">
          <h2>{t("metrics.byStatus")}</h2>
          <DataTable
            rows={COMPLAINT_STATUSES}
            rowKey={(s) => s}
            columns={[
              { header: t("staff.status"), cell: (s) => t(`statuses.${s}`) },
              {
                header: t("metrics.count"),
                cell: (s) => <span data-testid={`status-count-${s}`}>{summary.byStatus[s]}</span>,
                className: "num",
              },
            ]}
          />
        </section>
      </div>
      <section className="card">
        <h2>{t("metrics.trend")}</h2>
        <DataTable
          rows={summary.trend}
          rowKey={(p) => p.month}
          rowHeader
          columns={[
            { header: t("metrics.month"), cell: (p) => monthLabel(p.month) },
            {
              header: t("metrics.received"),
              cell: (p) => (
                <>
                  <span
                    aria-hidden="true"
                    style={{
                      display: "inline-block",
                      height: "0.7rem",
                      width: `${Math.round((p.received / maxReceived) * 120)}px`,
                      background: "var(--primary)",
                      opacity: isRunning(p.month) ? 0.4 : 1,
                      marginRight: "0.4rem",
                    }}
                  />
                  {p.received}
                </>
              ),
            },
            {
              header: t("metrics.medianResolution"),
              cell: (p) => show(p.medianWorkingDaysToResolution),
              className: "num",
            },
            {
              header: t("metrics.resolvedPercent"),
              cell: (p) => showPercent(p.resolvedWithinDeadlinePercent),
              className: "num",
            },
          ]}
        />
      </section>
      <section className="card">
        <h2>{t("metrics.overdue")}</h2>
        {overdue.length === 0 ? (
          <p className="muted">{t("staff.none")}</p>
        ) : (
          <ul>
            {overdue.map((c) => (
              <li key={c.id}>
                {canHandle ? <Link href={`/staf/pengaduan/${c.id}`}>{c.ticketNo}</Link> : c.ticketNo} ·{" "}
                {t(`categories.${c.category}`)} · {t("staff.deadline")} {formatDate(c.deadlineOn, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
