import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { getPublishedSkmReport } from "@/lib/skm/report-queries";
import { getQuestionnaire } from "@/lib/skm/questionnaires";
import { reportProfileRows } from "@/lib/skm/report-format";
import { formatCount, formatDate, formatDateRange, formatDecimal, formatPeriod } from "@/lib/format/format";
import { PrintButton } from "@/components/ui/print-button";
import Link from "next/link";
import { PublishedFollowUp } from "@/components/follow-up/published-follow-up";
import { ScrollTable } from "@/components/ui/scroll-table";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ periodKey: string }>; searchParams?: Promise<{ versi?: string | string[] }> };

/** `?versi=N` opens an earlier version of a revised report; anything else is the current one. */
async function requestedVersion(searchParams: Params["searchParams"]): Promise<number | undefined> {
  const raw = (await searchParams)?.versi;
  return typeof raw === "string" && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : undefined;
}
const fmtId = (v: number | null, d = 2) => formatDecimal(v, "id", d);

export async function generateMetadata({ params, searchParams }: Params): Promise<Metadata> {
  const { periodKey } = await params;
  const report = await getPublishedSkmReport(periodKey, { version: await requestedVersion(searchParams) });
  if (!report) return {};
  const { t } = await getTranslator("skm");
  const s = report.data.summary;
  const title = `${t("reportTitle")} — ${report.period.labelId}`;
  const description = s.hasData
    ? `IKM ${fmtId(s.ikm)} (${s.grade}, ${s.performance?.id}) · ${formatCount(s.respondents, "id")} ${t("respondents").toLowerCase()}`
    : t("noData");
  const image = `/laporan/skm/${report.period.key}/gambar`;
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      type: "article",
      images: [
        {
          url: image,
          width: 1200,
          height: 630,
          alt: t("shareImageAlt", { ikm: fmtId(s.ikm), grade: s.grade ?? "–", period: report.period.labelId }),
        },
      ],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function PublishedReportPage({ params, searchParams }: Params) {
  const { periodKey } = await params;
  const report = await getPublishedSkmReport(periodKey, { version: await requestedVersion(searchParams) });
  if (!report) notFound();
  const { t, locale } = await getTranslator("skm");
  const { t: ex } = await getTranslator("exports");
  const en = locale === "en";
  const fmt = (v: number | null, d = 2) => formatDecimal(v, locale, d);
  const s = report.data.summary;
  const questionnaire = getQuestionnaire(s.questionnaire)!;
  const profile = reportProfileRows(questionnaire, report.data.profile, en);
  const previous = report.versions.find((v) => v.version === report.version - 1);
  const latest = report.versions[0]!;
  return (
    <article className="stack skm-report" data-testid="skm-report">
      <style>{`@page { size: A4; margin: 18mm 16mm; } @media print { .site-header, .site-footer, .skip-link, .no-print { display: none !important; } .skm-report { font-size: 11pt; } .skm-report table { page-break-inside: avoid; } }`}</style>
      <header className="stack">
        <h1>
          {t("reportTitle")} — {formatPeriod(report.period, locale)}
        </h1>
        <p>
          {t("unit")}: <strong>{t("unitName")}</strong>
        </p>
        <p className="muted">
          {t("regulation", { value: s.regulation })} · {formatDateRange(report.period.from, report.period.to, locale)}
          {` · ${t("publishedAt", { date: formatDate(report.versions[report.versions.length - 1]!.publishedAt, locale) })}`}
        </p>
        {report.isCurrent && previous ? (
          <p className="alert-info" data-testid="report-revision">
            {t("revisedLine", {
              date: formatDate(report.publishedAt, locale),
              ikm: fmt(previous.ikm),
              respondents: formatCount(previous.respondents, locale),
              previousDate: formatDate(previous.publishedAt, locale),
            })}{" "}
            <Link href={`/laporan/skm/${report.period.key}?versi=${previous.version}`}>
              {t("viewPreviousVersion", { version: previous.version })}
            </Link>
          </p>
        ) : null}
        {!report.isCurrent ? (
          <p className="alert-info" data-testid="report-old-version">
            {t("olderVersionLine", {
              version: report.version,
              count: latest.version,
              date: formatDate(report.publishedAt, locale),
            })}{" "}
            <Link href={`/laporan/skm/${report.period.key}`}>{t("viewCurrentVersion")}</Link>
            {previous ? (
              <>
                {" · "}
                <Link href={`/laporan/skm/${report.period.key}?versi=${previous.version}`}>
                  {t("viewPreviousVersion", { version: previous.version })}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
        <p className="muted small">{t("frozenNote")}</p>
        <div className="no-print row">
          <PrintButton label={t("print")} variant="secondary" />
          <a
            className="btn btn-secondary"
            href={`/api/v1/skm/published/${report.period.key}/report.pdf${report.isCurrent ? "" : `?versi=${report.version}`}`}
            download
            aria-label={ex("skm.downloadPdfLabel", { period: formatPeriod(report.period, locale) })}
            data-testid="report-pdf"
          >
            {ex("skm.downloadPdf")}
          </a>
        </div>
      </header>
      {!s.hasData ? (
        <p>{t("noData")}</p>
      ) : (
        <>
          <section className="card row" aria-label={t("ikm")}>
            <span className="kpi-value" data-testid="report-ikm">
              {fmt(s.ikm)}
            </span>
            <span className={`grade grade-${s.grade}`}>{s.grade}</span>
            <span>
              {t("grade")}: {s.grade} — {en ? s.performance?.en : s.performance?.id}
            </span>
            <span data-testid="report-respondents">
              {t("respondents")}: {formatCount(s.respondents, locale)}
            </span>
            {s.ci95 ? <span>{t("ci", { low: fmt(s.ci95[0]), high: fmt(s.ci95[1]) })}</span> : null}
          </section>
          <section className="stack">
            <h2>{t("nrrTable")}</h2>
            <ScrollTable>
              <table className="table-stack">
                <thead>
                  <tr>
                    <th scope="col">{t("colCode")}</th>
                    <th scope="col">{t("colElement")}</th>
                    <th scope="col">{t("colNrr")}</th>
                    <th scope="col">{t("colWeighted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.elements.map((e) => (
                    <tr key={e.code}>
                      <td data-label={t("colCode")}>
                        <div>{e.code}</div>
                      </td>
                      <td data-label={t("colElement")}>
                        <div>{en ? e.nameEn : e.name}</div>
                      </td>
                      <td data-label={t("colNrr")}>
                        <div>{fmt(e.nrr, 4)}</div>
                      </td>
                      <td data-label={t("colWeighted")}>
                        <div>{fmt(e.weighted, 4)}</div>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t("total")}
                    </th>
                    <td>{fmt(s.index, 4)}</td>
                  </tr>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t("ikm")} (× 25)
                    </th>
                    <td>{fmt(s.ikm)}</td>
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
            <p className="muted">
              {t("weight", { value: fmt(s.weight.value, 4), mode: t(`weightModes.${s.weight.mode}`) })}
            </p>
          </section>
          <section className="stack">
            <h2>{t("reportProfile")}</h2>
            <div className="grid">
              {profile.map((group) => (
                <ScrollTable key={group.key}>
                  <table>
                    <caption>{t(group.key)}</caption>
                    <tbody>
                      {group.rows.map(([label, count]) => (
                        <tr key={label}>
                          <th scope="row">{label}</th>
                          <td>{formatCount(count, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              ))}
            </div>
          </section>
          <section className="stack">
            <h2>{t("weakestTitle")}</h2>
            <ol>
              {s.weakest.map((code) => {
                const e = s.elements.find((x) => x.code === code)!;
                return (
                  <li key={code}>
                    {code} {en ? e.nameEn : e.name} — NRR {fmt(e.nrr, 4)}
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
      <PublishedFollowUp
        section={report.snapshot.schemaVersion === 2 ? report.snapshot.followUp : null}
        locale={locale}
      />
      <section className="stack">
        <h2>{t("followUpTitle")}</h2>
        <div style={{ whiteSpace: "pre-wrap" }} data-testid="follow-up-plan">
          {report.followUpPlan}
        </div>
      </section>
    </article>
  );
}
