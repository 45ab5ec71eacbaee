import { Suspense } from "react";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { getScorecard, defaultDashboardPeriod } from "@/lib/kpi/scorecard-queries";
import { getStandardsCoverage } from "@/lib/kpi/standards-queries";
import { formatKpiValue } from "@/lib/kpi/format-kpi";
import { KPI_DEFINITIONS } from "@/lib/kpi/kpi-definitions";
import { parsePeriodKey, periodCovering } from "@/lib/periods/periods";
import { PERIOD_RANGE_MESSAGES, parsePeriodRange } from "@/lib/periods/range-params";
import { TextField } from "@/components/ui/field";
import { labelWithPartial, partialNote } from "@/lib/periods/partial";
import { detailHrefForPeriod } from "@/lib/kpi/detail-links";
import { toWibDate } from "@/lib/calendar/working-days";
import { KpiCard } from "@/components/kpi/kpi-card";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { getCalendarStatusForDashboard } from "@/lib/calendar/calendar-store";
import { DataTable } from "@/components/ui/data-table";
import { SegmentLoading } from "@/components/layout/segment-loading";
import { canOpen } from "@/lib/navigation";
import { formatCount, formatPercent, formatPeriod } from "@/lib/format/format";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dasbor pimpinan / Leadership dashboard" };

/**
 * The capability is checked before the Suspense boundary, so a role without it still gets a real 403 (a segment
 * loading.tsx would stream the page and answer 200); the figures then stream in behind a skeleton.
 */
export default async function LeadershipDashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ periode?: string; dari?: string; sampai?: string }>;
}) {
  const user = await requirePageCapability("viewDashboards", "/dashboard");
  const { periode: requested, dari, sampai } = await searchParams;
  return (
    <Suspense key={`${requested ?? ""}|${dari ?? ""}|${sampai ?? ""}`} fallback={<SegmentLoading cards={4} />}>
      <LeadershipDashboard role={user.role} requested={requested} range={{ dari, sampai }} />
    </Suspense>
  );
}

async function LeadershipDashboard({
  role,
  requested,
  range: rangeParams,
}: {
  role: Role;
  requested: string | undefined;
  range: { dari?: string; sampai?: string };
}) {
  const { t, locale } = await getTranslator("dashboard");
  const { t: tc } = await getTranslator("common");
  const { t: tp } = await getTranslator("periods");
  const now = new Date();
  // A date range (dari/sampai) wins over the picker; an exact month, quarter, semester or year becomes that period.
  const range = parsePeriodRange(rangeParams, toWibDate(now));
  const parsed = requested ? parsePeriodKey(requested) : null;
  const period =
    range.ok && range.range
      ? periodCovering(range.range.from, range.range.to)
      : parsed && parsed.kind !== "custom"
        ? parsed
        : defaultDashboardPeriod();
  const [scorecard, coverage, calendar] = await Promise.all([
    getScorecard(period, now),
    getStandardsCoverage(toWibDate(now)),
    getCalendarStatusForDashboard(toWibDate(now), period),
  ]);
  const label = (p: { labelId: string; labelEn: string }) => formatPeriod(p, locale);
  const today = toWibDate(now);
  const note = partialNote(scorecard.period, today, locale);
  const kpiPartial = note ? tp("partialKpi", { note }) : null;
  const thisYear = Number(toWibDate(now).slice(0, 4));
  const options = [
    String(thisYear),
    `${thisYear}-S1`,
    `${thisYear}-S2`,
    ...[1, 2, 3, 4].map((q) => `${thisYear}-Q${q}`),
    String(thisYear - 1),
    ...[1, 2, 3, 4].map((q) => `${thisYear - 1}-Q${q}`),
  ];
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {calendar.reminder && (
        <p className="alert alert-warn" role="status" data-testid="calendar-reminder">
          {t("calendarReminder", { year: calendar.reminder.year })}
        </p>
      )}
      <CalendarNotice warnings={calendar.warnings} showAdminLink={role === "ADMIN"} />
      <form method="get" className="period-form no-print">
        <div className="field">
          <label htmlFor="periode">{t("period")}</label>
          <select id="periode" name="periode" defaultValue={period.key}>
            {options.map((key) => {
              const p = parsePeriodKey(key);
              return p ? (
                <option key={key} value={key}>
                  {label(p)}
                </option>
              ) : null;
            })}
          </select>
        </div>
        <TextField
          name="dari"
          type="date"
          label={tp("from")}
          defaultValue={period.kind === "custom" ? period.from : ""}
        />
        <TextField
          name="sampai"
          type="date"
          label={tp("to")}
          defaultValue={period.kind === "custom" ? period.to : ""}
        />
        <button className="btn" type="submit">
          {t("show")}
        </button>
      </form>
      {range.ok ? null : (
        <p className="alert alert-warn" role="alert" data-testid="range-error">
          {tp("rangeError", { message: PERIOD_RANGE_MESSAGES[range.error][locale] })}
        </p>
      )}
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
    </div>
  );
}
