import { formatDate, formatDateTime } from "@/lib/format/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAgencyPage } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getAgencyFile } from "@/lib/applications/agency-queue-queries";
import { toWibDate } from "@/lib/calendar/working-days";
import { AgencyClockBadge } from "@/components/agency/agency-clock-badge";
import { RecommendationForm } from "@/components/agency/recommendation-form";
import { recordRecommendationAction } from "../actions";

/** One waiting file as its agency sees it (what the office shares), with the decision form. */
export default async function AgencyFilePage({ params }: { params: Promise<{ registrationNo: string }> }) {
  const { registrationNo: raw } = await params;
  const registrationNo = decodeURIComponent(raw);
  const { agency } = await requireAgencyPage("viewAgencyQueue", `/staf/rekomendasi/${raw}`);
  const { t, locale } = await getTranslator("agency");
  const { t: ta } = await getTranslator("applications");
  const file = await getAgencyFile(agency, registrationNo, new Date());
  if (!file) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/staf/rekomendasi">← {t("file.back")}</Link>
      </p>
      <h1>{t("file.title", { no: file.registrationNo })}</h1>
      <p>
        <strong>{file.licenseType.code}</strong> — {locale === "en" ? file.licenseType.nameEn : file.licenseType.name}
      </p>
      <section className="card" aria-labelledby="h-file">
        <h2 id="h-file">{t("file.details")}</h2>
        <dl className="grid">
          <div>
            <dt>{t("queue.applicant")}</dt>
            <dd>
              {file.applicantName ?? "—"} ({ta(`kinds.${file.applicantKind}`)})
            </dd>
          </div>
          <div>
            <dt>{t("queue.area")}</dt>
            <dd>{file.area ? `${file.area.kelurahan}, ${file.area.kecamatan}` : "—"}</dd>
          </div>
          <div>
            <dt>{t("file.fileComplete")}</dt>
            <dd>{formatDate(toWibDate(file.fileCompleteAt), locale)}</dd>
          </div>
          <div>
            <dt>{t("queue.since")}</dt>
            <dd>{formatDateTime(file.clock.stageStartedAt, locale)}</dd>
          </div>
          <div>
            <dt>{t("queue.dueDate")}</dt>
            <dd data-testid="agency-due-date">{formatDate(file.clock.dueDate, locale)}</dd>
          </div>
          <div>
            <dt>{t("queue.clock")}</dt>
            <dd>
              <AgencyClockBadge clock={file.clock} t={t} />
            </dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="h-docs">
        <h2 id="h-docs">{t("file.documents")}</h2>
        <p className="muted">{t("file.documentsIntro")}</p>
        {file.documents.length === 0 ? (
          <p>{t("file.noDocuments")}</p>
        ) : (
          <ul data-testid="agency-documents">
            {file.documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        )}
      </section>
      {file.history.length > 0 && (
        <section className="card" aria-labelledby="h-history">
          <h2 id="h-history">{t("file.history")}</h2>
          <ul>
            {file.history.map((entry) => (
              <li key={entry.recordedAt.toISOString()}>
                {formatDateTime(entry.recordedAt, locale)} · {t(`decisions.${entry.decision}`)} · {entry.actorLabel}
                {entry.reason ? ` — ${entry.reason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="h-decide">
        <h2 id="h-decide">{t("file.decide")}</h2>
        <RecommendationForm
          action={recordRecommendationAction}
          registrationNo={file.registrationNo}
          labels={{
            legend: t("file.decision"),
            recommend: t("decisions.recommend"),
            return: t("decisions.return"),
            not_recommend: t("decisions.not_recommend"),
            reason: t("file.reason"),
            reasonHint: t("file.reasonHint"),
            submit: t("file.submit"),
          }}
        />
      </section>
    </div>
  );
}
