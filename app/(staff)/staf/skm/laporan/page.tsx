import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import {
  getSkmReportStaffStatus,
  listSkmPopulations,
  listSkmReports,
  type SkmReportStaffStatus,
} from "@/lib/skm/report-queries";
import { listOnTimePublicationStatus } from "@/lib/applications/on-time-publication";
import { formatCount, formatDate, formatDecimal, formatPercent } from "@/lib/format/format";
import { periodKeyLabel } from "@/lib/periods/periods";
import type { Locale } from "@/lib/i18n/locales";
import { getSkmWeightMode } from "@/lib/skm/summary-queries";
import { ReportForm, SimpleForm } from "./forms";
import { publishOnTimeRateAction, saveSkmReportAction, savePopulationAction, saveWeightModeAction } from "./actions";
import { ScrollTable } from "@/components/ui/scroll-table";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The frozen figure of a published period next to the live one, and how many responses it does not contain. */
function PublishedStatus({ status, t, locale }: { status: SkmReportStaffStatus; t: T; locale: Locale }) {
  if (!status.published) return null;
  const p = status.published;
  return (
    <div className="stack" data-testid={`report-status-${status.periodKey}`}>
      <p className="small">
        {t("publishedFigure", {
          version: p.version,
          date: formatDate(p.publishedAt, locale),
          by: p.publishedBy,
          ikm: formatDecimal(p.ikm, locale, 2),
          respondents: formatCount(p.respondents, locale),
        })}
      </p>
      {status.isStale ? (
        <>
          <p className="small">
            {t("liveFigure", {
              ikm: formatDecimal(status.live.ikm, locale, 2),
              respondents: formatCount(status.live.respondents, locale),
            })}
          </p>
          {status.notYetPublished > 0 ? (
            <p className="alert-info" data-testid="not-yet-published">
              {t("notYetPublished", { n: status.notYetPublished })}
            </p>
          ) : status.notYetPublished < 0 ? (
            <p className="alert-info" data-testid="not-yet-published">
              {t("removedSincePublished", { n: -status.notYetPublished })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="small muted">{t("upToDate")}</p>
      )}
    </div>
  );
}

export const dynamic = "force-dynamic";

export default async function SkmReportsAdminPage() {
  const user = await requirePageCapability("publishSkmReports", "/staf/skm/laporan");
  const { t, locale } = await getTranslator("skm");
  const periodName = (key: string) => periodKeyLabel(key, locale);
  const { t: tf } = await getTranslator("followUp");
  const [reports, populations, weightMode, onTimeStatus] = await Promise.all([
    listSkmReports(),
    listSkmPopulations(),
    getSkmWeightMode(),
    listOnTimePublicationStatus(new Date()),
  ]);
  const statuses = new Map(
    await Promise.all(
      reports
        .filter((r) => r.status === "PUBLISHED")
        .map(async (r) => [r.periodKey, await getSkmReportStaffStatus(r.periodKey)] as const),
    ),
  );
  const labels = {
    periodKey: t("periodKey"),
    followUpPlan: t("followUpPlan"),
    saveDraft: t("saveDraft"),
    publish: t("publish"),
    unpublish: t("unpublish"),
    unpublishConfirm: t("unpublishConfirm"),
    unpublishYes: t("unpublishYes"),
    republish: t("republish"),
  };
  return (
    <div className="stack">
      <h1>{t("reportsAdmin")}</h1>
      <p className="muted">{t("reportsAdminHint")}</p>
      <section className="card stack" aria-labelledby="new-report">
        <h2 id="new-report">{t("saveDraft")}</h2>
        <ReportForm action={saveSkmReportAction} labels={labels} idSuffix="new" />
      </section>
      {reports.map((r) => (
        <section key={r.id} className="card stack" aria-labelledby={`r-${r.periodKey}`}>
          <h2 id={`r-${r.periodKey}`}>
            {periodName(r.periodKey)} <span className="muted small">({r.periodKey})</span>{" "}
            <span className={r.status === "PUBLISHED" ? "badge badge-ok" : "badge"}>{t(`statuses.${r.status}`)}</span>
          </h2>
          {r.status === "PUBLISHED" ? <Link href={`/laporan/skm/${r.periodKey}`}>{t("viewPublic")}</Link> : null}
          <Link href={`/staf/tindak-lanjut?periode=${r.periodKey}`}>{tf("reportsLink")}</Link>
          {statuses.get(r.periodKey) ? (
            <PublishedStatus status={statuses.get(r.periodKey)!} t={t} locale={locale} />
          ) : null}
          <ReportForm
            action={saveSkmReportAction}
            labels={labels}
            periodKey={r.periodKey}
            followUpPlan={r.followUpPlan}
            isPublished={r.status === "PUBLISHED"}
            idSuffix={r.periodKey}
          />
        </section>
      ))}
      <section className="card stack" aria-labelledby="on-time-title">
        <h2 id="on-time-title">{t("onTimeAdminTitle")}</h2>
        <p className="muted small">{t("onTimeAdminHint")}</p>
        <SimpleForm action={publishOnTimeRateAction} submit={t("onTimePublish")}>
          <div className="field">
            <label htmlFor="on-time-key">{t("periodKey")}</label>
            <input id="on-time-key" name="periodKey" required />
          </div>
        </SimpleForm>
        <ul className="small">
          {onTimeStatus.map((s) => (
            <li key={s.periodKey} data-testid={`on-time-status-${s.periodKey}`}>
              {t("onTimePublishedFigure", {
                period: periodName(s.periodKey),
                rate: formatPercent(s.published.onTimeRate, locale),
                completed: formatCount(s.published.completed, locale),
                version: s.version,
                date: formatDate(s.publishedAt, locale),
                liveRate: formatPercent(s.live.onTimeRate, locale),
                liveCompleted: formatCount(s.live.completed, locale),
              })}
            </li>
          ))}
        </ul>
      </section>
      <div className="grid">
        <section className="card stack" aria-labelledby="population-title">
          <h2 id="population-title">{t("populationTitle")}</h2>
          <SimpleForm action={savePopulationAction} submit={t("saveDraft").split(" ")[0]!}>
            <div className="field">
              <label htmlFor="pop-key">{t("periodKey")}</label>
              <input id="pop-key" name="periodKey" required />
            </div>
            <div className="field">
              <label htmlFor="pop-value">{t("populationValue")}</label>
              <input id="pop-value" name="population" type="number" min={0} required />
            </div>
          </SimpleForm>
          <ScrollTable>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("colPeriod")}</th>
                  <th scope="col">{t("populationValue")}</th>
                </tr>
              </thead>
              <tbody>
                {populations.slice(0, 12).map((p) => (
                  <tr key={p.periodKey}>
                    <td>{p.periodKey}</td>
                    <td>{p.population}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
        {can(user.role, "manageSettings") ? (
          <section className="card stack" aria-labelledby="weight-title">
            <h2 id="weight-title">{t("weightTitle")}</h2>
            <SimpleForm action={saveWeightModeAction} submit={t("saveDraft").split(" ")[0]!}>
              <fieldset>
                <legend>{t("weightTitle")}</legend>
                {(["printed", "exact"] as const).map((m) => (
                  <label key={m} style={{ display: "block" }}>
                    <input type="radio" name="weightMode" value={m} defaultChecked={weightMode === m} />{" "}
                    {t(`weightModes.${m}`)}
                  </label>
                ))}
              </fieldset>
            </SimpleForm>
          </section>
        ) : null}
      </div>
    </div>
  );
}
