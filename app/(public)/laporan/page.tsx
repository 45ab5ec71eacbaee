import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { listPublishedSkmReports } from "@/lib/skm/report-query";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await getTranslator("skm");
  return { title: t("publicArchive") };
}

export default async function ReportArchivePage() {
  const { t, locale } = await getTranslator("skm");
  const reports = await listPublishedSkmReports();
  return (
    <div className="stack">
      <h1>{t("publicArchive")}</h1>
      <p>{t("publicArchiveHint")}</p>
      {reports.length === 0 ? (
        <p>{t("noReports")}</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {reports.map((r) => (
            <li key={r.period.key} className="card stack">
              <Link href={`/laporan/skm/${r.period.key}`}>
                <strong>{locale === "en" ? r.period.labelEn : r.period.labelId}</strong>
              </Link>
              {r.summary.hasData ? (
                <div className="row">
                  <span className="kpi-value">{r.summary.ikm!.toFixed(2).replace(".", ",")}</span>
                  <span className={`grade grade-${r.summary.grade}`}>{r.summary.grade}</span>
                  <span>{locale === "en" ? r.summary.performance?.en : r.summary.performance?.id}</span>
                </div>
              ) : (
                <p>{t("noData")}</p>
              )}
              <p className="muted">
                {t("respondents")}: {r.summary.respondents.toLocaleString("id-ID")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
