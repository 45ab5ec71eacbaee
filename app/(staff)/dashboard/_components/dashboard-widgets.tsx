import type { Role } from "@/lib/auth/roles";
import type { Period } from "@/lib/periods/periods";
import { getTranslator } from "@/lib/i18n/server";
import { getScorecard } from "@/lib/kpi/scorecard-queries";
import { getStandardsCoverage } from "@/lib/kpi/standards-queries";
import { formatKpiValue } from "@/lib/kpi/format-kpi";
import { KPI_DEFINITIONS } from "@/lib/kpi/kpi-definitions";
import { labelWithPartial, partialNote } from "@/lib/periods/partial";
import { detailHrefForPeriod } from "@/lib/kpi/detail-links";
import { KpiCard } from "@/components/kpi/kpi-card";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { getCalendarStatusForDashboard } from "@/lib/calendar/calendar-store";
import { DataTable } from "@/components/ui/data-table";
import { canOpen } from "@/lib/navigation";
import { formatCount, formatPercent, formatPeriod } from "@/lib/format/format";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

/**
 * The leadership dashboard's widgets, each read on its own and shown in its own <Suspense> of the page, so a slow
 * scorecard no longer holds the calendar reminder or the standards coverage (issue 19). `today` is the WIB date.
 */

/** The reminder to publish next year's calendar and the calendar warnings for the period. */
export async function CalendarStatusWidget({ role, today, period }: { role: Role; today: string; period: Period }) {
  const { t } = await getTranslator("dashboard");
  const calendar = await getCalendarStatusForDashboard(today, period);
  return (
    <>
      {calendar.reminder && (
        <p className="alert alert-warn" role="status" data-testid="calendar-reminder">
          {t("calendarReminder", { year: calendar.reminder.year })}
        </p>
      )}
      <CalendarNotice warnings={calendar.warnings} showAdminLink={role === "ADMIN"} />
    </>
  );
}

/** The period heading, its downloads and one card per KPI with grade, target, change and trend. */
export async function ScorecardWidget({
  role,
  now,
  today,
  period,
}: {
  role: Role;
  now: Date;
  today: string;
  period: Period;
}) {
  const { t, locale } = await getTranslator("dashboard");
  const { t: tc } = await getTranslator("common");
  const { t: tp } = await getTranslator("periods");
  const scorecard = await getScorecard(period, now);
  const label = (p: { labelId: string; labelEn: string }) => formatPeriod(p, locale);
  const note = partialNote(scorecard.period, today, locale);
  const kpiPartial = note ? tp("partialKpi", { note }) : null;
  return (
    <>
      <h2 data-testid="dashboard-period">
        {labelWithPartial(label(scorecard.period), scorecard.period, today, locale)}
      </h2>
      <DownloadLinks
        what={t("title")}
        formats={PAGE_DOWNLOADS.scorecard}
        params={{ periode: period.key }}
        testId="scorecard-downloads"
      />
      <div className="grid">
        {scorecard.entries.map((e) => {
          const cumulative =
            e.code === "investment_value" || e.code === "investment_jobs" || e.code === "permits_issued";
          const diff = e.change.difference;
          return (
            <KpiCard
              key={e.code}
              code={e.code}
              title={tc(`kpi.${e.code}`)}
              value={formatKpiValue(e.code, e.value, locale)}
              grade={e.grade}
              target={`${KPI_DEFINITIONS[e.code].direction === "higher" ? "≥" : "≤"} ${formatKpiValue(e.code, e.target, locale)}`}
              targetLabel={cumulative ? t("targetProRated") : t("target")}
              status={e.status}
              statusLabel={t(`status.${e.status}`)}
              change={
                diff === null
                  ? null
                  : `${diff >= 0 ? "+" : "-"}${formatKpiValue(e.code, Math.abs(diff), locale)} (${formatKpiValue(e.code, e.previous, locale)})`
              }
              changeLabel={t("changeVs", { period: label(scorecard.comparison) })}
              trend={e.trend.map((p) => p.value)}
              trendLabel={t("trend")}
              detailHref={canOpen(role, e.detailHref) ? detailHrefForPeriod(e.detailHref, scorecard.period) : undefined}
              partialNote={kpiPartial}
              detailLabel={t("detail")}
            />
          );
        })}
      </div>
    </>
  );
}

/** How many service types have a complete published service standard, overall and per group. */
export async function StandardsWidget({ today }: { today: string }) {
  const { t, locale } = await getTranslator("dashboard");
  const coverage = await getStandardsCoverage(today);
  return (
    <section className="card" aria-labelledby="standards">
      <h2 id="standards">{t("standards.title")}</h2>
      <p className="muted small">{t("standards.intro")}</p>
      <p className="kpi-value" data-testid="standards-coverage">
        {coverage.percent === null
          ? "—"
          : t("standards.coverage", { percent: formatPercent(coverage.percent / 100, locale) })}
      </p>
      {(["delivery", "management"] as const).map((group) => {
        const figures = coverage.groups[group];
        return figures.percent === null ? null : (
          <p key={group} data-testid={`standards-${group}`}>
            {t(`standards.${group}Coverage`, {
              percent: formatPercent(figures.percent / 100, locale),
              complete: formatCount(figures.completeTypes, locale),
            })}
          </p>
        );
      })}
      <DataTable
        rows={coverage.rows}
        rowKey={(r) => r.code}
        columns={[
          { header: t("standards.service"), cell: (r) => r.name },
          {
            header: t("standards.gaps"),
            cell: (r) =>
              r.isComplete ? (
                <span className="badge badge-ok">{t("standards.complete")}</span>
              ) : (
                r.gaps.map((g) => t(`standards.gap.${g}`)).join(", ")
              ),
          },
        ]}
      />
    </section>
  );
}
