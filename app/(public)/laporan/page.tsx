import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { listPublishedSkmReports } from "@/lib/skm/report-queries";
import { formatCount, formatDecimal, formatPeriod } from "@/lib/format/format";

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
                <strong>{formatPeriod(r.period, locale)}</strong>
              </Link>
              {r.summary.hasData ? (
                <div className="row">
                  <span className="kpi-value">{formatDecimal(r.summary.ikm, locale, 2)}</span>
                  <span className={`grade grade-${r.summary.grade}`}>{r.summary.grade}</span>
                  <span>{locale === "en" ? r.summary.performance?.en : r.summary.performance?.id}</span>
                </div>
              ) : (
                <p>{t("noData")}</p>
              )}
              <p className="muted">
                {t("respondents")}: {formatCount(r.summary.respondents, locale)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
