import { Suspense } from "react";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { defaultDashboardPeriod } from "@/lib/kpi/scorecard-queries";
import { parsePeriodKey, periodCovering } from "@/lib/periods/periods";
import { PERIOD_RANGE_MESSAGES, parsePeriodRange } from "@/lib/periods/range-params";
import { TextField } from "@/components/ui/field";
import { toWibDate } from "@/lib/calendar/working-days";
import { SegmentLoading } from "@/components/layout/segment-loading";
import { formatPeriod } from "@/lib/format/format";
import { CalendarStatusWidget, ScorecardWidget, StandardsWidget } from "./_components/dashboard-widgets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dasbor pimpinan / Leadership dashboard" };

/**
 * The capability is checked before any Suspense boundary, so a role without it still gets a real 403 (a segment
 * loading.tsx would stream the page and answer 200). The heading and the period form show at once; the calendar
 * status, the scorecard and the standards coverage each stream in behind their own skeleton, keyed by the search
 * parameters so a new period shows the skeletons again.
 */
export default async function LeadershipDashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ periode?: string; dari?: string; sampai?: string }>;
}) {
  const user = await requirePageCapability("viewDashboards", "/dashboard");
  const { periode: requested, dari, sampai } = await searchParams;
  const { t, locale } = await getTranslator("dashboard");
  const { t: tp } = await getTranslator("periods");
  const now = new Date();
  const today = toWibDate(now);
  // A date range (dari/sampai) wins over the picker; an exact month, quarter, semester or year becomes that period.
  const range = parsePeriodRange({ dari, sampai }, today);
  const parsed = requested ? parsePeriodKey(requested) : null;
  const period =
    range.ok && range.range
      ? periodCovering(range.range.from, range.range.to)
      : parsed && parsed.kind !== "custom"
        ? parsed
        : defaultDashboardPeriod();
  const label = (p: { labelId: string; labelEn: string }) => formatPeriod(p, locale);
  const thisYear = Number(today.slice(0, 4));
  const options = [
    String(thisYear),
    `${thisYear}-S1`,
    `${thisYear}-S2`,
    ...[1, 2, 3, 4].map((q) => `${thisYear}-Q${q}`),
    String(thisYear - 1),
    ...[1, 2, 3, 4].map((q) => `${thisYear - 1}-Q${q}`),
  ];
  const key = `${requested ?? ""}|${dari ?? ""}|${sampai ?? ""}`;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <Suspense key={`calendar|${key}`} fallback={<SegmentLoading compact lines={1} />}>
        <CalendarStatusWidget role={user.role} today={today} period={period} />
      </Suspense>
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
      <Suspense key={`scorecard|${key}`} fallback={<SegmentLoading cards={4} />}>
        <ScorecardWidget role={user.role} now={now} today={today} period={period} />
      </Suspense>
      <Suspense key={`standards|${key}`} fallback={<SegmentLoading compact lines={4} />}>
        <StandardsWidget today={today} />
      </Suspense>
    </div>
  );
}
