import { formatCount, formatDate, formatDecimal, formatPeriod } from "@/lib/format/format";
import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getWeeklyReview } from "@/lib/kpi/weekly-review-queries";
import { PrintButton } from "@/components/ui/print-button";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";
import { FollowUpDueList } from "@/components/follow-up/due-list";
import { basisLabel } from "@/lib/follow-up/labels";
import { WeeklyAbsences } from "./_components/weekly-absences";
import { OverdueRecommendationsSection } from "@/components/agency/overdue-recommendations";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ColumnHeader } from "@/components/ui/column-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tinjauan mingguan / Weekly review" };

export default async function WeeklyReviewPage() {
  await requirePageCapability("viewDashboards", "/dashboard/mingguan");
  const { t, locale } = await getTranslator("dashboard");
  const { t: tf } = await getTranslator("followUp");
  const { t: ta } = await getTranslator("agency");
  const now = new Date();
  const r = await getWeeklyReview(now);
  const d = (date: string) => formatDate(date, locale);
  const num = (v: number | null, digits = 0) =>
    digits === 0 ? formatCount(v, locale) : formatDecimal(v, locale, digits);
  const dueItems = (items: typeof r.followUps.overdue) =>
    items.map((a) => ({
      id: a.id,
      title: a.title,
      basis: basisLabel(a.sourceKind, a.sourceCode, locale),
      owner: [a.ownerName, a.ownerUnit].filter(Boolean).join(" · "),
      dueDate: tf("weekly.dueOn", { date: d(a.dueDay) }),
    }));
  const rows: [string, string, string][] = [
    [t("weekly.newApplications"), num(r.thisWeek.newApplications), num(r.lastWeek.newApplications)],
    [t("weekly.issued"), num(r.thisWeek.issued), num(r.lastWeek.issued)],
    [t("weekly.respondents"), num(r.thisWeek.respondents), num(r.lastWeek.respondents)],
    [t("weekly.ikmWeek"), num(r.thisWeek.ikm, 2), num(r.lastWeek.ikm, 2)],
    [t("weekly.newComplaints"), num(r.thisWeek.newComplaints), num(r.lastWeek.newComplaints)],
  ];
  return (
    <article className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("weekly.title")}</h1>
        <PrintButton label={t("weekly.print")} />
      </div>
      <DownloadLinks what={t("weekly.title")} formats={PAGE_DOWNLOADS.weeklyReview} testId="weekly-downloads" />
      <p>
        {t("weekly.intro", {
          from: d(r.thisWeek.from),
          to: d(r.thisWeek.to),
          prevFrom: d(r.lastWeek.from),
          prevTo: d(r.lastWeek.to),
        })}
      </p>
      <ScrollTable>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("weekly.measure")}</th>
              <ColumnHeader num>{t("weekly.thisWeek")}</ColumnHeader>
              <ColumnHeader num>{t("weekly.lastWeek")}</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, now, before]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{now}</td>
                <td className="num">{before}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <div className="grid">
        <div className="card">
          <div className="muted">
            {t("weekly.ikmQuarter")} ({formatPeriod(r.quarter, locale)})
          </div>
          <div className="kpi-value">{num(r.ikmQuarter, 2)}</div>
        </div>
        <div className="card">
          <div className="muted">{t("weekly.overdueNow")}</div>
          <div className="kpi-value" data-testid="weekly-overdue">
            {num(r.overdueApplications)}
          </div>
        </div>
        <div className="card">
          <div className="muted">{t("weekly.overdueComplaints")}</div>
          <div className="kpi-value">{num(r.overdueComplaints)}</div>
        </div>
      </div>
      <OverdueRecommendationsSection data={r.overdueRecommendations} t={ta} locale={locale} />
      <section className="card">
        <h2>{t("weekly.weakest")}</h2>
        {r.weakest.length === 0 ? (
          <p>{t("weekly.none")}</p>
        ) : (
          <ol>
            {r.weakest.map((e) => (
              <li key={e.code}>
                {e.code} {locale === "id" ? e.name : e.nameEn}: NRR {num(e.nrr, 2)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="weekly-follow-up">
        <h2 id="weekly-follow-up">{tf("weekly.title")}</h2>
        <h3>
          {tf("weekly.overdue")} ({r.followUps.overdue.length})
        </h3>
        <FollowUpDueList
          items={dueItems(r.followUps.overdue)}
          empty={tf("weekly.none")}
          testId="weekly-follow-up-overdue"
        />
        <h3>
          {tf("weekly.dueSoon")} ({r.followUps.dueSoon.length})
        </h3>
        <FollowUpDueList
          items={dueItems(r.followUps.dueSoon)}
          empty={tf("weekly.none")}
          testId="weekly-follow-up-due"
        />
      </section>
      <section className="card">
        <h2>{t("weekly.notable")}</h2>
        {r.comments.length === 0 ? (
          <p>{t("weekly.none")}</p>
        ) : (
          <ul>
            {r.comments.map((c, i) => (
              <li key={i}>
                <span className="muted small">{d(c.surveyDate)}</span> — {c.comment}
              </li>
            ))}
          </ul>
        )}
      </section>
      <WeeklyAbsences now={now} />
    </article>
  );
}
