import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { listSkmPopulations, listSkmReports } from "@/lib/skm/report-query";
import { getSkmWeightMode } from "@/lib/skm/summary-query";
import { ReportForm, SimpleForm } from "./forms";
import { saveSkmReportAction, savePopulationAction, saveWeightModeAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SkmReportsAdminPage() {
  const user = await requirePageCapability("publishSkmReports", "/staf/skm/laporan");
  const { t } = await getTranslator("skm");
  const [reports, populations, weightMode] = await Promise.all([listSkmReports(), listSkmPopulations(), getSkmWeightMode()]);
  const labels = { periodKey: t("periodKey"), followUpPlan: t("followUpPlan"), saveDraft: t("saveDraft"), publish: t("publish"), unpublish: t("unpublish") };
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
            {r.periodKey} <span className={r.status === "PUBLISHED" ? "badge badge-ok" : "badge"}>{t(`statuses.${r.status}`)}</span>
          </h2>
          {r.status === "PUBLISHED" ? <Link href={`/laporan/skm/${r.periodKey}`}>{t("viewPublic")}</Link> : null}
          <ReportForm action={saveSkmReportAction} labels={labels} periodKey={r.periodKey} followUpPlan={r.followUpPlan} isPublished={r.status === "PUBLISHED"} idSuffix={r.periodKey} />
        </section>
      ))}
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
          <div className="table-wrap">
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
          </div>
        </section>
        {can(user.role, "manageSettings") ? (
          <section className="card stack" aria-labelledby="weight-title">
            <h2 id="weight-title">{t("weightTitle")}</h2>
            <SimpleForm action={saveWeightModeAction} submit={t("saveDraft").split(" ")[0]!}>
              <fieldset>
                <legend>{t("weightTitle")}</legend>
                {(["printed", "exact"] as const).map((m) => (
                  <label key={m} style={{ display: "block" }}>
                    <input type="radio" name="weightMode" value={m} defaultChecked={weightMode === m} /> {t(`weightModes.${m}`)}
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
