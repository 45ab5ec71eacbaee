import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { getSettings } from "@/lib/settings/settings";
import { listLicenseTypes } from "@/lib/reference/queries";
import { listPublishedSkmReports } from "@/lib/skm/report-queries";
import { getPublishedOnTimeRate } from "@/lib/applications/on-time-publication";
import { formatCount, formatDate, formatDecimal, formatPercent, formatPeriod } from "@/lib/format/format";
import type { Metadata } from "next";

export const dynamic = "force-dynamic";

/** Public portal home: the office, its vision and charter, how to complain, and the services. */
export async function generateMetadata(): Promise<Metadata> {
  const [latest] = await listPublishedSkmReports();
  return latest ? { openGraph: { images: [`/laporan/skm/${latest.period.key}/gambar`] } } : {};
}

export default async function HomePage() {
  const { t, locale } = await getTranslator("portal");
  const [settings, types, reports, onTime] = await Promise.all([
    getSettings(["office.name", "office.address", "office.smsNumber", "office.maklumat", "office.maklumatPublished"]),
    listLicenseTypes({ activeOnly: true }),
    listPublishedSkmReports(),
    getPublishedOnTimeRate(),
  ]);
  const latest = reports[0];
  const published = types.filter((lt) => lt.standardPublished).length;
  return (
    <div className="stack">
      <section className="card">
        <h1>{t("heroTitle")}</h1>
        <p>{t("heroBody")}</p>
        <p>
          <strong>{t("vision")}</strong>
        </p>
        <div className="row">
          <Link className="btn" href="/layanan">
            {t("servicesTitle")}
          </Link>
          <Link className="btn btn-secondary" href="/pengaduan">
            {t("howToComplain")}
          </Link>
        </div>
        <p className="muted small">{t("servicesCount", { count: formatCount(published, locale) })}</p>
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="results">
          <h2 id="results">{t("resultsTitle")}</h2>
          {latest && latest.summary.ikm !== null ? (
            <>
              <p className="row">
                <span className="kpi-value" data-testid="public-ikm">
                  {formatDecimal(latest.summary.ikm, locale, 2)}
                </span>
                {latest.summary.grade && (
                  <span className={`grade grade-${latest.summary.grade}`}>{latest.summary.grade}</span>
                )}
              </p>
              <p className="small muted">
                {formatPeriod(latest.period, locale)} ·{" "}
                {t("respondents", { count: formatCount(latest.summary.respondents, locale) })}
              </p>
              <p>
                <Link href={`/laporan/skm/${latest.period.key}`}>{t("reports")}</Link>
              </p>
            </>
          ) : (
            <p>{t("resultsNone")}</p>
          )}
        </section>
        <section className="card" aria-labelledby="ontime">
          <h2 id="ontime">{t("onTimeTitle")}</h2>
          {onTime ? (
            <>
              <p className="kpi-value" data-testid="public-on-time">
                {formatPercent(onTime.onTimeRate, locale)}
              </p>
              <p className="small muted">
                {t("onTimePublished", {
                  period: formatPeriod(onTime.period, locale),
                  onTime: formatCount(onTime.onTime, locale),
                  completed: formatCount(onTime.completed, locale),
                  date: formatDate(onTime.publishedAt, locale),
                })}
                {onTime.previous
                  ? ` ${t("onTimeRevised", { date: formatDate(onTime.publishedAt, locale), previous: formatPercent(onTime.previous.onTimeRate, locale) })}`
                  : ""}
              </p>
            </>
          ) : (
            <p>{t("onTimeNone")}</p>
          )}
        </section>
      </div>
      {settings["office.maklumatPublished"] === "true" && (
        <section className="card" aria-labelledby="maklumat">
          <h2 id="maklumat">{t("maklumatTitle")}</h2>
          <blockquote style={{ margin: 0, fontStyle: "italic" }}>{settings["office.maklumat"]}</blockquote>
          <p className="muted small">{settings["office.name"]}</p>
        </section>
      )}
      <section className="card" aria-labelledby="complain">
        <h2 id="complain">{t("complainTitle")}</h2>
        <ul>
          <li>{t("complainSms", { number: settings["office.smsNumber"] })}</li>
          <li>
            <Link href="/pengaduan">{t("complainWeb")}</Link>
          </li>
          <li>{t("complainOffice", { address: settings["office.address"] })}</li>
        </ul>
      </section>
    </div>
  );
}
